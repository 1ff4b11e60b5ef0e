import type { PrismaClient } from "../client";

/** One outlet's review progress: machine facts with a standing decision out of all its machine facts. */
export interface OutletReviewProgress {
  /** Outlet id; 0 for articles whose outlet is unknown. */
  outletId: number;
  outlet: string | null;
  /** Claims and attack mentions of the outlet's articles (from the rollups: as fresh as the charts). */
  total: number;
  /** Of those, the ones with a standing decision (accepted, corrected or rejected). Added facts are not counted. */
  reviewed: number;
}

/**
 * Per-outlet progress of the review, most facts first. Totals come from the
 * level-2 rollups (one bucket per outlet), so nothing counts 1.1 M claims;
 * reviewed counts come from the standing decisions, which are sparse.
 */
export async function getReviewProgress(prisma: PrismaClient): Promise<OutletReviewProgress[]> {
  const rows = await prisma.$queryRaw<OutletReviewProgress[]>`
    WITH totals AS (
      SELECT b."outletId", sum(b."claims" + b."attacks")::int AS total FROM "RollupBucket" b WHERE b."level" = 2 GROUP BY b."outletId"
    ), reviewed AS (
      SELECT coalesce(a."outletId", 0) AS "outletId", count(*)::int AS reviewed
        FROM "ReviewDecision" d JOIN "Article" a ON a."id" = d."articleId"
       WHERE d."supersededById" IS NULL AND d."detachedAt" IS NULL AND (d."claimId" IS NOT NULL OR d."attackId" IS NOT NULL)
       GROUP BY 1
    )
    SELECT t."outletId", o."name" AS outlet, t.total, coalesce(r.reviewed, 0)::int AS reviewed
      FROM totals t LEFT JOIN reviewed r ON r."outletId" = t."outletId" LEFT JOIN "Outlet" o ON o."id" = t."outletId"
     WHERE t.total > 0
     ORDER BY t.total DESC, t."outletId"`;
  return rows;
}
