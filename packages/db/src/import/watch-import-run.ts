import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";
import { enqueueFinish } from "./import-queue";
import type { ImportProgress, ImportSummary } from "./import-summary";

/** Where a run stands: one row, kept current by the staging and by every stored batch. */
export async function getImportProgress(pool: pg.Pool, runId: number): Promise<ImportProgress & { pending: number }> {
  const { rows } = await pool.query<{
    total: number;
    staged: boolean;
    finished: boolean;
    done: number;
    imported: number;
    unchanged: number;
    reanalysed: number;
    failed: number;
  }>(
    `SELECT total, "stagedAt" IS NOT NULL AS staged, "finishedAt" IS NOT NULL AS finished, imported + unchanged + reanalysed + failed AS done,
            imported, unchanged, reanalysed, failed
       FROM "ImportRun" WHERE id = $1`,
    [runId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Import run ${runId} does not exist.`);
  return { runId, ...row, pending: row.total - row.done };
}

/** The stored summary of a finished run. */
export async function getImportSummary(pool: pg.Pool, runId: number): Promise<ImportSummary> {
  const { rows } = await pool.query<Omit<ImportSummary, "runId">>(
    `SELECT kind, "interruptedAt" IS NOT NULL AS interrupted, total, imported, unchanged, reanalysed, failed, failures
       FROM "ImportRun" WHERE id = $1 AND "finishedAt" IS NOT NULL`,
    [runId],
  );
  if (!rows[0]) throw new Error(`Import run ${runId} has not finished.`);
  return { runId, ...rows[0] };
}

/**
 * Waits for a run to finish while the queue works on it, reporting progress.
 * Connection errors (the database restarting under `npm start`) are ridden
 * out for `patienceMs`: the run lives in the database, not in this process.
 */
export async function watchImportRun(
  pool: pg.Pool,
  runId: number,
  options: { onProgress?: (p: ImportProgress) => void; intervalMs?: number; patienceMs?: number; signal?: AbortSignal } = {},
): Promise<ImportSummary> {
  const interval = options.intervalMs ?? 500;
  let failingSince: number | null = null;
  let idle = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      const progress = await getImportProgress(pool, runId);
      failingSince = null;
      options.onProgress?.(progress);
      if (progress.finished) return await getImportSummary(pool, runId);
      // Belt and braces: the worker that stored the last file queues the finish; if it died
      // in between, its job runs again and does so, but asking twice costs nothing.
      if (progress.staged && progress.pending === 0 && ++idle % 10 === 0) await enqueueFinish(pool, runId);
    } catch (error) {
      failingSince ??= Date.now();
      if (Date.now() - failingSince > (options.patienceMs ?? 120_000)) throw error;
    }
    await sleep(interval);
  }
}
