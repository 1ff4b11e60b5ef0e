import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { bucketCondition, hasDateFilter, joinRollupDetail, outletBucketCondition } from "../rollups/select-buckets";
import { claimSource, DEFAULT_FACT_MODE, OUTER_ARTICLE, reviewedArticles, type FactMode } from "./fact-mode";
import { articleCondition, claimCondition, has, type Filters } from "./filters";

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

const ZERO: ClaimCounts = { inArticles: 0, hiddenByReferent: 0, hiddenByClaimantType: 0, kept: 0, plotted: 0 };

/**
 * How many claims the filters keep, hide and let the timeline place: from
 * the rollups (machine), corrected for the reviewed articles (applied), or
 * from the reviewed facts alone (reviewed).
 */
export async function countClaims(prisma: PrismaClient, filters: Filters = {}, mode: FactMode = DEFAULT_FACT_MODE): Promise<ClaimCounts> {
  if (mode === "reviewed") return countReviewedArticleClaims(prisma, filters, "reviewed");
  const [machine, before, after] = await Promise.all([
    countMachineClaims(prisma, filters),
    mode === "applied" ? countReviewedArticleClaims(prisma, filters, "machine") : ZERO,
    mode === "applied" ? countReviewedArticleClaims(prisma, filters, "applied") : ZERO,
  ]);
  const delta = (k: keyof ClaimCounts) => machine[k] - before[k] + after[k];
  return { inArticles: delta("inArticles"), hiddenByReferent: delta("hiddenByReferent"), hiddenByClaimantType: delta("hiddenByClaimantType"), kept: delta("kept"), plotted: delta("plotted") };
}

/** The same counts over the articles holding a standing claim decision only, from a mode's facts. */
async function countReviewedArticleClaims(prisma: PrismaClient, filters: Filters, mode: FactMode): Promise<ClaimCounts> {
  const refs = has(filters.referents) ? Prisma.sql`c."refersTo" NOT IN (${Prisma.join([...filters.referents])})` : Prisma.sql`FALSE`;
  const types = has(filters.claimantTypes) ? Prisma.sql`c."claimantType" NOT IN (${Prisma.join([...filters.claimantTypes])})` : Prisma.sql`FALSE`;
  const kept = claimCondition(filters, "c");
  const [row] = await prisma.$queryRaw<ClaimCounts[]>`
    SELECT count(*)::int AS "inArticles",
           count(*) FILTER (WHERE ${refs})::int AS "hiddenByReferent",
           count(*) FILTER (WHERE ${types})::int AS "hiddenByClaimantType",
           count(*) FILTER (WHERE ${kept})::int AS "kept",
           count(*) FILTER (WHERE ${kept} AND (c."low" IS NOT NULL OR c."high" IS NOT NULL) AND a."publishedEarliest" IS NOT NULL)::int AS "plotted"
      FROM "Article" a CROSS JOIN LATERAL (${claimSource(mode, OUTER_ARTICLE)}) c
     WHERE a."id" IN (${reviewedArticles("claim")}) AND ${articleCondition(filters)}`;
  return row ?? ZERO;
}

/** The machine's counts, from the rollups. */
async function countMachineClaims(prisma: PrismaClient, filters: Filters): Promise<ClaimCounts> {
  const refs = has(filters.referents) ? Prisma.sql`c."refersTo" NOT IN (${Prisma.join([...filters.referents])})` : Prisma.sql`FALSE`;
  const types = has(filters.claimantTypes) ? Prisma.sql`c."claimantType" NOT IN (${Prisma.join([...filters.claimantTypes])})` : Prisma.sql`FALSE`;
  const kept = claimCondition(filters, "c");
  const dated = hasDateFilter(filters);
  // A date filter already leaves undated articles out, so every kept number is placeable. Without one the
  // per-outlet totals (level 2) answer, less their undated articles (one level-1 bucket per outlet).
  const [row] = dated
    ? await prisma.$queryRaw<ClaimCounts[]>`
    SELECT coalesce(sum(c."claims"), 0)::int AS "inArticles",
           coalesce(sum(c."claims") FILTER (WHERE ${refs}), 0)::int AS "hiddenByReferent",
           coalesce(sum(c."claims") FILTER (WHERE ${types}), 0)::int AS "hiddenByClaimantType",
           coalesce(sum(c."claims") FILTER (WHERE ${kept}), 0)::int AS "kept",
           coalesce(sum(c."numbered") FILTER (WHERE ${kept}), 0)::int AS "plotted"
      FROM "RollupBucket" b ${joinRollupDetail("RollupClaim")}
     WHERE ${bucketCondition(filters)}`
    : await prisma.$queryRaw<ClaimCounts[]>`
    SELECT coalesce(sum(c."claims") FILTER (WHERE b."level" = 2), 0)::int AS "inArticles",
           coalesce(sum(c."claims") FILTER (WHERE b."level" = 2 AND ${refs}), 0)::int AS "hiddenByReferent",
           coalesce(sum(c."claims") FILTER (WHERE b."level" = 2 AND ${types}), 0)::int AS "hiddenByClaimantType",
           coalesce(sum(c."claims") FILTER (WHERE b."level" = 2 AND ${kept}), 0)::int AS "kept",
           (coalesce(sum(c."numbered") FILTER (WHERE b."level" = 2 AND ${kept}), 0)
             - coalesce(sum(c."numbered") FILTER (WHERE b."level" = 1 AND ${kept}), 0))::int AS "plotted"
      FROM "RollupBucket" b ${joinRollupDetail("RollupClaim")}
     WHERE (${bucketCondition(filters)}) OR (b."level" = 1 AND b."latestMonth" IS NULL AND ${outletBucketCondition(filters)})`;
  return row ?? ZERO;
}
