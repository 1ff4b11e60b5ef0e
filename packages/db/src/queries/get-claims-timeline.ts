import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { bucketCondition, hasDateFilter, joinRollupDetail } from "../rollups/select-buckets";
import { countClaims, type ClaimCounts } from "./count-claims";
import { claimCondition, has, type Filters } from "./filters";
import { binClaimMonths, type ClaimBin, type ClaimMonth } from "./bin-claim-months";
import { listPlottedClaims, type TimelineClaim } from "./list-claims";

/**
 * Most claims the timeline draws one by one. Beyond it the chart draws one
 * mark per colour group, time bin and unit instead, and the analyst zooms
 * (dates) or filters down to individual claims.
 */
export const MAX_CLAIM_MARKS = 1000;
/** Most time bins across the aggregated timeline. */
export const MAX_CLAIM_BINS = 48;

export type ClaimsTimeline =
  | ({ mode: "claims"; claims: TimelineClaim[] } & ClaimCounts)
  | ({ mode: "bins"; bins: ClaimBin[]; binMonths: number } & ClaimCounts);

/**
 * What the claims timeline draws for the filters: every placeable claim
 * (without sentences) when there are at most `maxMarks`, else per-month
 * aggregates from the rollups, binned so the chart draws at most `maxMarks`
 * marks whatever the corpus size. Bins group by claimant type or outlet (the
 * chart's colour).
 */
export async function getClaimsTimeline(
  prisma: PrismaClient,
  filters: Filters = {},
  options: { groupBy?: "claimantType" | "outlet"; maxMarks?: number } = {},
): Promise<ClaimsTimeline> {
  const maxMarks = options.maxMarks ?? MAX_CLAIM_MARKS;
  const counts = await countClaims(prisma, filters);
  if (counts.plotted <= maxMarks) {
    return { mode: "claims", claims: await listPlottedClaims(prisma, filters, maxMarks), ...counts };
  }
  const months = await listClaimMonths(prisma, filters, options.groupBy ?? "claimantType");
  const { bins, binMonths } = binClaimMonths(months, MAX_CLAIM_BINS, maxMarks);
  return { mode: "bins", bins, binMonths, ...counts };
}

/** Placeable claims per colour group, unit and month (the middle of their publication interval), from the rollups. */
export async function listClaimMonths(prisma: PrismaClient, filters: Filters, groupBy: "claimantType" | "outlet"): Promise<ClaimMonth[]> {
  const group = groupBy === "outlet" ? Prisma.sql`b."outletId"::text` : Prisma.sql`c."claimantType"`;
  const slice = hasDateFilter(filters) ? claimCondition(filters, "c") : level3Slice(filters, groupBy);
  return prisma.$queryRaw<ClaimMonth[]>`
    SELECT ${group} AS "group", c."unit", to_char(b."midMonth", 'YYYY-MM-DD') AS month, sum(c."numbered")::int AS count,
           min(c."minValue") AS min, max(c."maxValue") AS max, sum(c."sumValue")::float8 AS sum,
           sum(c."sumLogValue")::float8 AS "sumLog", sum(c."positive")::int AS positive
      FROM "RollupBucket" b ${joinRollupDetail("RollupClaim", Prisma.sql`c."numbered" > 0 AND ${slice}`)}
     WHERE ${bucketCondition(filters, { timeline: true })} AND b."earliest" IS NOT NULL
     GROUP BY 1, 2, 3`;
}

/**
 * The claim filters on level-3 rows (the timeline without a date filter).
 * There, rows marked "*" already sum over every claimant type and/or every
 * referent, so a dimension that is neither filtered nor the colour reads one
 * row instead of one per value (and never counts a claim twice).
 */
function level3Slice(filters: Filters, groupBy: "claimantType" | "outlet"): Prisma.Sql {
  const types = has(filters.claimantTypes)
    ? Prisma.sql`c."claimantType" IN (${Prisma.join([...filters.claimantTypes])})`
    : groupBy === "claimantType"
      ? Prisma.sql`c."claimantType" <> '*'`
      : Prisma.sql`c."claimantType" = '*'`;
  const referents = has(filters.referents) ? Prisma.sql`c."refersTo" IN (${Prisma.join([...filters.referents])})` : Prisma.sql`c."refersTo" = '*'`;
  return Prisma.sql`${types} AND ${referents}`;
}
