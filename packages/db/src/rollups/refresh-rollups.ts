import type { Prisma, PrismaClient } from "../client";
import { REFRESH_STEPS, type RefreshStep } from "./refresh-sql";

export interface RefreshSummary {
  /** The rollups' version after the refresh (unchanged when nothing was dirty). */
  version: number;
  /** True when the rollups were rebuilt from scratch (first refresh, after a TRUNCATE). */
  full: boolean;
  /** Publication cells (outlet x interval) recomputed; 0 = nothing had changed. */
  cells: number;
  /** Wall time of the refresh in ms. */
  ms: number;
}

/** Any constant shared by every refresh: refreshes of one database queue behind each other. */
const REFRESH_LOCK = 0x0f2a_0917;

/** The tables a large refresh re-analyses; the application role holds MAINTAIN on them for it (see grantAppAccess). */
export const ANALYZED_TABLES = ["RollupBucket", "RollupCount", "RollupClaim"] as const;
/** The table every refresh empties and then vacuums; the application role holds MAINTAIN on it too. */
export const VACUUMED_TABLES = ["RollupDirty"] as const;

/**
 * Brings the summary tables (RollupBucket, RollupCount, RollupClaim) up to
 * date with the facts. Triggers record each publication cell whose articles
 * or facts changed (RollupDirty); this recomputes exactly those cells, then
 * the month, year and outlet buckets above them, so the cost follows the size of
 * the change, not of the corpus. The first refresh (or one after a TRUNCATE)
 * rebuilds everything. It runs in one transaction: readers see the old
 * rollups until it commits, then the new ones and a new version.
 *
 * Call it after every import run and after re-analysis. Safe to call at any
 * time and from several processes (they queue on an advisory lock); a call
 * with nothing to do costs one short transaction and keeps the version.
 */
export async function refreshRollups(prisma: PrismaClient, options: { onStep?: (step: RefreshStep, ms: number) => void } = {}): Promise<RefreshSummary> {
  const summary = await prisma.$transaction(
    (tx) => refreshRollupsInTransaction(tx, options),
    // A first build of a large corpus takes a while; nothing else waits on it (readers see the old rollups).
    { timeout: 60 * 60_000, maxWait: 10 * 60_000 },
  );
  // The refresh emptied RollupDirty with a DELETE (readers must not be locked out). Until those rows are vacuumed,
  // every request's corpus version (max("id") of RollupDirty, see getCorpusVersion) walks all their dead index
  // entries: after a 100,000-article import, 950 pages and 2-5 ms per request, which doubled the p95 of the
  // cheapest routes (the reader's side panels) until autovacuum came by. VACUUM cannot run inside the transaction;
  // without MAINTAIN (PostgreSQL < 17) it only warns, and autovacuum does it later, as before.
  if (summary.cells > 0 || summary.full) await prisma.$executeRawUnsafe(`VACUUM ${VACUUMED_TABLES.map((t) => `"${t}"`).join(", ")}`);
  return summary;
}

/**
 * The same refresh inside a caller's transaction, for writes that must
 * reach the charts in the same commit as the facts they change (deleting an
 * import run's articles): readers never see the facts without their rollups.
 */
export async function refreshRollupsInTransaction(
  tx: Prisma.TransactionClient,
  options: { onStep?: (step: RefreshStep, ms: number) => void } = {},
): Promise<RefreshSummary> {
  const started = performance.now();
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`);
  // Big refreshes sort and hash millions of rows; give them room (this transaction only).
  await tx.$executeRawUnsafe(`SET LOCAL work_mem = '128MB'`);
  const run = async (step: RefreshStep, sql: string) => {
    const t = performance.now();
    await tx.$executeRawUnsafe(sql);
    options.onStep?.(step, performance.now() - t);
  };
  await run("take-dirty", REFRESH_STEPS.takeDirty);
  const [mode] = await tx.$queryRawUnsafe<{ full: boolean }[]>(REFRESH_STEPS.mode);
  const full = mode?.full ?? true;
  if (full) for (const sql of REFRESH_STEPS.clearAll) await run("clear", sql);
  await run("cells", full ? REFRESH_STEPS.allCells : REFRESH_STEPS.dirtyCells);
  const [{ n: cells } = { n: 0 }] = await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM _cells`);
  if (!full && cells === 0) {
    const version = await currentVersion(tx);
    return { version, full, cells: 0, ms: performance.now() - started };
  }
  for (const step of ["level0", "level1", "level2", "level3", "level4"] as const) {
    for (const [i, sql] of REFRESH_STEPS[step](full).entries()) await run(`${step}.${i}` as RefreshStep, sql);
  }
  // Fresh statistics after large changes, so the planner keeps using the indexes it should.
  if (full || cells > 1000) await run("analyze", `ANALYZE ${ANALYZED_TABLES.map((t) => `"${t}"`).join(", ")}`);
  const [state] = await tx.$queryRawUnsafe<{ version: number }[]>(REFRESH_STEPS.bumpVersion);
  return { version: state?.version ?? 0, full, cells, ms: performance.now() - started };
}

async function currentVersion(tx: Prisma.TransactionClient): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(`SELECT "version" FROM "RollupState" WHERE "id" = 1`);
  return rows[0]?.version ?? 0;
}
