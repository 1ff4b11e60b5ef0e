import { Prisma } from "../generated/prisma/client";
import { UNKNOWN_OUTLET_ID, type Filters } from "../queries/filters";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(iso: string | null | undefined): string | null {
  if (!iso || !ISO_DAY.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) ? null : iso;
}

const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

/** Last day of the month holding `iso`. */
export function monthEnd(iso: string): string {
  const d = new Date(`${iso}T00:00:00.000Z`);
  return isoOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** First and last day of the year holding `iso`. */
const yearStart = (iso: string): string => `${iso.slice(0, 4)}-01-01`;
const yearEnd = (iso: string): string => `${iso.slice(0, 4)}-12-31`;

/** First day of the month holding `iso`. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** True when the filters restrict publication dates (a valid `from` or `to`). */
export function hasDateFilter(filters: Filters): boolean {
  return day(filters.from) !== null || day(filters.to) !== null;
}

/** The outlet filter as a condition on `RollupBucket b` (outlet 0 = unknown); TRUE without one. */
export function outletBucketCondition(filters: Filters = {}): Prisma.Sql {
  const ids = filters.outletIds ?? [];
  return ids.length > 0 ? Prisma.sql`b."outletId" IN (${Prisma.join(ids.map((id) => (id === UNKNOWN_OUTLET_ID ? 0 : id)))})` : Prisma.sql`TRUE`;
}

/** The filter's dates, ordered; null where not given (or not a day). */
function dateRange(filters: Filters): { from: string | null; to: string | null } {
  let from = day(filters.from);
  let to = day(filters.to);
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to };
}

const bounds = (from: string | null, to: string | null) => ({
  F: from ? Prisma.sql`${from}::date` : Prisma.sql`'-infinity'::date`,
  T: to ? Prisma.sql`${to}::date` : Prisma.sql`'infinity'::date`,
});

/**
 * True for a month bucket (level 1, 4 or the cells of a level-1 bucket, which share its months) whose articles all
 * pass the date filter; TRUE without one.
 */
function monthBucketInside(filters: Filters): Prisma.Sql {
  const { from, to } = dateRange(filters);
  if (!from && !to) return Prisma.sql`TRUE`;
  const { F, T } = bounds(from, to);
  return Prisma.sql`b."latestMonth" >= ${F} AND b."earliestMonthEnd" <= ${T}`;
}

/**
 * A condition on `RollupBucket b` that picks buckets holding exactly the
 * articles the outlet and date filters keep, each article once:
 *
 * - no date filter: one bucket per outlet (level 2);
 * - a date filter [from, to] (an article is kept when its publication
 *   interval overlaps it, to the day), coarsest first:
 *   - the year buckets (level 4) lying wholly inside it (every article passes);
 *   - the month buckets (level 1) lying wholly inside it whose year bucket
 *     does not: only in `from`'s year (when `from` is not the 1st of January)
 *     or in `to`'s year (when `to` is not the 31st of December);
 *   - the exact cells (level 0) of the other month buckets whose articles
 *     pass. Those cells can only have their latest day in `from`'s month or
 *     their earliest day in `to`'s month, so two narrow index ranges find them.
 *
 * A year bucket inside the filter has all its month buckets inside, and a
 * month bucket inside has all its cells kept, so no article is counted twice.
 * The work is bounded by outlets x (years² in range + the months of two years
 * + the cells of two months), whatever the size of the corpus. The claims
 * timeline, which needs each bucket's month, reads timelineRegions instead.
 */
export function bucketCondition(filters: Filters = {}): Prisma.Sql {
  const outlet = outletBucketCondition(filters);
  const { from, to } = dateRange(filters);
  if (!from && !to) return Prisma.sql`${outlet} AND b."level" = 2`;
  const { F, T } = bounds(from, to);
  const inside = monthBucketInside(filters);
  const edgeMonths: Prisma.Sql[] = [];
  // A month bucket's `latest` lies in its latestMonth (`earliest` in the month of earliestMonthEnd): the bounds on
  // them let the (level, latest) and (level, earliest) indexes find these.
  if (from && !from.endsWith("-01-01")) edgeMonths.push(Prisma.sql`(b."latestMonth" <= ${yearEnd(from)}::date AND b."latest" BETWEEN ${F} AND ${yearEnd(from)}::date)`);
  if (to && !to.endsWith("-12-31")) edgeMonths.push(Prisma.sql`(b."earliestMonthEnd" >= ${yearStart(to)}::date AND b."earliest" BETWEEN ${yearStart(to)}::date AND ${T})`);
  const levels = [Prisma.sql`(b."level" = 4 AND ${inside})`];
  if (edgeMonths.length > 0) levels.push(Prisma.sql`(b."level" = 1 AND ${inside} AND (${Prisma.join(edgeMonths, " OR ")}))`);
  levels.push(Prisma.sql`(b."level" = 0 AND ${edgeCells(from, to)})`);
  return Prisma.sql`${outlet} AND (${Prisma.join(levels, " OR ")})`;
}

/**
 * The exact cells (level 0) whose articles all pass the date filter although their month bucket does not lie wholly
 * inside it: their latest day in `from`'s month or their earliest day in `to`'s month (two narrow index ranges).
 */
function edgeCells(from: string | null, to: string | null): Prisma.Sql {
  const { F, T } = bounds(from, to);
  const edges: Prisma.Sql[] = [];
  if (from) edges.push(Prisma.sql`(b."latest" BETWEEN ${F} AND ${monthEnd(from)}::date AND b."latestMonth" < ${F} AND b."earliest" <= ${T})`);
  if (to) edges.push(Prisma.sql`(b."earliest" BETWEEN ${monthStart(to)}::date AND ${T} AND b."earliestMonthEnd" > ${T} AND b."latest" >= ${F})`);
  return edges.length > 0 ? Prisma.sql`(${Prisma.join(edges, " OR ")})` : Prisma.sql`FALSE`;
}

/** Part of what the claims timeline reads: the buckets of one level that pass `where` (a condition on `b`). */
export interface TimelineRegion {
  level: 0 | 1 | 3;
  where: Prisma.Sql;
}

/**
 * The buckets the claims timeline reads for the filters, as regions holding every kept article once, each bucket
 * with its month of the middle (the timeline's bins):
 *
 * - no date filter: the (outlet, month of the middle) buckets (level 3);
 * - a date filter [from, to]: an article whose middle lies in [from, to] passes whatever its interval (the middle
 *   lies inside the interval), so the level-3 buckets of the months lying wholly inside hold only passing articles.
 *   The passing articles whose middle lies in another month (`from`'s or `to`'s month, or beyond, with a long
 *   interval across an edge) come from the month buckets inside the filter and the exact edge cells, as for the
 *   other charts.
 *
 * The work is bounded by outlets x the months in range (what the timeline can draw) plus the month shapes and cells
 * around the two edges. A condition reads only columns a bucket shares with its children (outlet and months), so it
 * holds for them too: applied mode replaces a bucket holding a reviewed article by its children.
 */
export function timelineRegions(filters: Filters = {}): TimelineRegion[] {
  const outlet = outletBucketCondition(filters);
  const { from, to } = dateRange(filters);
  if (!from && !to) return [{ level: 3, where: outlet }];
  const { F, T } = bounds(from, to);
  const midInside = Prisma.sql`(b."midMonth" >= ${F} AND (b."midMonth" + interval '1 month' - interval '1 day')::date <= ${T})`;
  return [
    { level: 3, where: Prisma.sql`${outlet} AND ${midInside}` },
    { level: 1, where: Prisma.sql`${outlet} AND ${monthBucketInside(filters)} AND NOT ${midInside}` },
    { level: 0, where: Prisma.sql`${outlet} AND ${edgeCells(from, to)} AND NOT ${midInside}` },
  ];
}

/**
 * Joins a detail table of the rollups to the selected buckets `b`, as `c`:
 * one index lookup per bucket. The planner cannot tell how few buckets a
 * date filter keeps (its conditions are correlated) and would otherwise
 * scan the whole detail table; OFFSET 0 keeps it from flattening the
 * lateral subquery back into a plain join. Conditions on `c` given as
 * `where` are checked inside the lookup, on the index where they can be,
 * so rows they drop are never fetched.
 */
export function joinRollupDetail(table: "RollupCount" | "RollupClaim", where: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (SELECT * FROM ${Prisma.raw(`"${table}"`)} c WHERE c."bucketId" = b."id" AND ${where} OFFSET 0) c`;
}
