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

export interface BucketSelection {
  /**
   * The claims timeline needs each bucket's month; without a date filter it
   * reads the per-month buckets (level 3) instead of the per-outlet totals
   * (level 2). Only claim statistics exist at level 3.
   */
  timeline?: boolean;
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
export function monthBucketInside(filters: Filters): Prisma.Sql {
  const { from, to } = dateRange(filters);
  if (!from && !to) return Prisma.sql`TRUE`;
  const { F, T } = bounds(from, to);
  return Prisma.sql`b."latestMonth" >= ${F} AND b."earliestMonthEnd" <= ${T}`;
}

/**
 * A condition on `RollupBucket b` that picks buckets holding exactly the
 * articles the outlet and date filters keep, each article once:
 *
 * - no date filter: one bucket per outlet (level 2), or for the timeline one
 *   per outlet and month of the interval's middle (level 3, with one bucket
 *   of undated articles);
 * - a date filter [from, to] (an article is kept when its publication
 *   interval overlaps it, to the day), coarsest first:
 *   - the year buckets (level 4) lying wholly inside it (every article passes);
 *   - the month buckets (level 1) lying wholly inside it whose year bucket
 *     does not: only in `from`'s year (when `from` is not the 1st of January)
 *     or in `to`'s year (when `to` is not the 31st of December). The
 *     timeline, which needs each bucket's month of the middle, takes every
 *     month bucket inside instead of the years;
 *   - the exact cells (level 0) of the other month buckets whose articles
 *     pass. Those cells can only have their latest day in `from`'s month or
 *     their earliest day in `to`'s month, so two narrow index ranges find them.
 *
 * A year bucket inside the filter has all its month buckets inside, and a
 * month bucket inside has all its cells kept, so no article is counted twice.
 * The work is bounded by outlets x (years² in range + the months of two years
 * + the cells of two months), whatever the size of the corpus (the timeline:
 * outlets x months in range, the most it can draw).
 */
export function bucketCondition(filters: Filters = {}, options: BucketSelection = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [outletBucketCondition(filters)];
  const { from, to } = dateRange(filters);
  if (!from && !to) {
    parts.push(options.timeline ? Prisma.sql`b."level" = 3` : Prisma.sql`b."level" = 2`);
    return Prisma.join(parts, " AND ");
  }
  const { F, T } = bounds(from, to);
  const inside = monthBucketInside(filters);
  const edgeMonths: Prisma.Sql[] = [];
  const edgeCells: Prisma.Sql[] = [];
  if (from) {
    // A month bucket's `latest` lies in its latestMonth: the bound on it lets the (level, latest) index find them.
    if (!from.endsWith("-01-01")) edgeMonths.push(Prisma.sql`(b."latestMonth" <= ${yearEnd(from)}::date AND b."latest" BETWEEN ${F} AND ${yearEnd(from)}::date)`);
    edgeCells.push(Prisma.sql`(b."latest" BETWEEN ${F} AND ${monthEnd(from)}::date AND b."latestMonth" < ${F} AND b."earliest" <= ${T})`);
  }
  if (to) {
    if (!to.endsWith("-12-31")) edgeMonths.push(Prisma.sql`(b."earliestMonthEnd" >= ${yearStart(to)}::date AND b."earliest" BETWEEN ${yearStart(to)}::date AND ${T})`);
    edgeCells.push(Prisma.sql`(b."earliest" BETWEEN ${monthStart(to)}::date AND ${T} AND b."earliestMonthEnd" > ${T} AND b."latest" >= ${F})`);
  }
  const levels: Prisma.Sql[] = [];
  if (options.timeline) {
    // The timeline bins by the month of the middle, which the year buckets do not keep.
    levels.push(Prisma.sql`(b."level" = 1 AND ${inside})`);
  } else {
    levels.push(Prisma.sql`(b."level" = 4 AND ${inside})`);
    if (edgeMonths.length > 0) levels.push(Prisma.sql`(b."level" = 1 AND ${inside} AND (${Prisma.join(edgeMonths, " OR ")}))`);
  }
  levels.push(Prisma.sql`(b."level" = 0 AND (${Prisma.join(edgeCells, " OR ")}))`);
  parts.push(Prisma.sql`(${Prisma.join(levels, " OR ")})`);
  return Prisma.join(parts, " AND ");
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
