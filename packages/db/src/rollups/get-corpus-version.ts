import type { PrismaClient } from "../client";

export interface CorpusVersion {
  /** Bumped by every refresh that changed the rollups: data read from them is valid while it stays. */
  rollups: number;
  /**
   * Changes whenever a fact is written (the triggers' RollupDirty rows) and at
   * every refresh: data read from the fact tables (lists, evidence) is valid
   * while it stays.
   */
  facts: string;
  /**
   * The newest review decision's id: every recorded decision changes it, so
   * data read in a mode that applies reviews (the default) is never served
   * stale after one. Re-attachment and detachment happen inside a
   * re-analysis, which changes `facts` (and `rollups` at its refresh).
   */
  reviews: number;
}

/**
 * What getCorpusVersion asks. `max("id")` reads the end of RollupDirty's primary key, which stays a few pages
 * only while the rows a refresh deleted are vacuumed away (refreshRollups does it; see there). Exported for the
 * test that checks what it reads.
 */
export const CORPUS_VERSION_SQL = `SELECT coalesce((SELECT "version" FROM "RollupState" WHERE "id" = 1), 0)::int AS rollups,
       (SELECT max("id") FROM "RollupDirty")::text AS pending,
       coalesce((SELECT max("id") FROM "ReviewDecision"), 0)::int AS reviews`;

/**
 * The versions caches key on. One indexed lookup: cheap enough to ask on
 * every request, so a cache is never stale once an import has refreshed the
 * rollups (and lists are fresh even while it runs).
 */
export async function getCorpusVersion(prisma: PrismaClient): Promise<CorpusVersion> {
  const rows = await prisma.$queryRawUnsafe<{ rollups: number; pending: string | null; reviews: number }[]>(CORPUS_VERSION_SQL);
  const rollups = rows[0]?.rollups ?? 0;
  return { rollups, facts: `${rollups}.${rows[0]?.pending ?? 0}`, reviews: rows[0]?.reviews ?? 0 };
}
