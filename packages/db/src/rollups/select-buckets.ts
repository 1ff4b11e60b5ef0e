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

/**
 * A condition on `RollupBucket b` that picks buckets holding exactly the
 * articles the outlet and date filters keep, each article once:
 *
 * - no date filter: one bucket per outlet (level 2), or for the timeline one
 *   per outlet and month of the interval's middle (level 3, with one bucket
 *   of undated articles);
 * - a date filter [from, to] (an article is kept when its publication
 *   interval overlaps it, to the day): the month buckets lying wholly inside
 *   it (every article passes), plus the exact cells (level 0) of the other
 *   month buckets whose articles pass. Those cells can only have their
 *   latest day in `from`'s month or their earliest day in `to`'s month, so
 *   two narrow index ranges find them.
 *
 * The work is bounded by outlets x months in range plus the cells of two
 * months, whatever the size of the corpus.
 */
export function bucketCondition(filters: Filters = {}, options: BucketSelection = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [outletBucketCondition(filters)];
  let from = day(filters.from);
  let to = day(filters.to);
  if (from && to && from > to) [from, to] = [to, from];
  if (!from && !to) {
    parts.push(options.timeline ? Prisma.sql`b."level" = 3` : Prisma.sql`b."level" = 2`);
    return Prisma.join(parts, " AND ");
  }
  const F = from ? Prisma.sql`${from}::date` : Prisma.sql`'-infinity'::date`;
  const T = to ? Prisma.sql`${to}::date` : Prisma.sql`'infinity'::date`;
  const edges: Prisma.Sql[] = [];
  if (from) {
    edges.push(Prisma.sql`(b."latest" BETWEEN ${F} AND ${monthEnd(from)}::date AND b."latestMonth" < ${F} AND b."earliest" <= ${T})`);
  }
  if (to) {
    edges.push(Prisma.sql`(b."earliest" BETWEEN ${monthStart(to)}::date AND ${T} AND b."earliestMonthEnd" > ${T} AND b."latest" >= ${F})`);
  }
  parts.push(
    Prisma.sql`((b."level" = 1 AND b."latestMonth" >= ${F} AND b."earliestMonthEnd" <= ${T}) OR (b."level" = 0 AND (${Prisma.join(edges, " OR ")})))`,
  );
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
