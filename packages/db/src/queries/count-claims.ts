import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { bucketCondition } from "../rollups/select-buckets";
import { claimCondition, has, type Filters } from "./filters";

export interface ClaimCounts {
  /** Claims in the articles the outlet/date filters keep, before the claim-level filters. */
  inArticles: number;
  /** Of those, how many the referent / claimant-type filter hides (a claim may be hidden by both). */
  hiddenByReferent: number;
  hiddenByClaimantType: number;
  /** Claims the filters keep. */
  kept: number;
  /** Of those, the ones a timeline can place: a number and a dated article. */
  plotted: number;
}

/** How many claims the filters keep, hide and let the timeline place (from the rollups). */
export async function countClaims(prisma: PrismaClient, filters: Filters = {}): Promise<ClaimCounts> {
  const refs = has(filters.referents) ? Prisma.sql`c."refersTo" NOT IN (${Prisma.join([...filters.referents])})` : Prisma.sql`FALSE`;
  const types = has(filters.claimantTypes) ? Prisma.sql`c."claimantType" NOT IN (${Prisma.join([...filters.claimantTypes])})` : Prisma.sql`FALSE`;
  const kept = claimCondition(filters, "c");
  const [row] = await prisma.$queryRaw<ClaimCounts[]>`
    SELECT coalesce(sum(c."claims"), 0)::int AS "inArticles",
           coalesce(sum(c."claims") FILTER (WHERE ${refs}), 0)::int AS "hiddenByReferent",
           coalesce(sum(c."claims") FILTER (WHERE ${types}), 0)::int AS "hiddenByClaimantType",
           coalesce(sum(c."claims") FILTER (WHERE ${kept}), 0)::int AS "kept",
           coalesce(sum(c."numbered") FILTER (WHERE ${kept} AND b."earliest" IS NOT NULL), 0)::int AS "plotted"
      FROM "RollupBucket" b JOIN "RollupClaim" c ON c."bucketId" = b."id"
     WHERE ${bucketCondition(filters, { timeline: true })}`;
  return row ?? { inArticles: 0, hiddenByReferent: 0, hiddenByClaimantType: 0, kept: 0, plotted: 0 };
}
