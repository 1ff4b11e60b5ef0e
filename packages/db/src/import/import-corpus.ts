import { createPgPool } from "./create-pg-pool";
import { createOwnedImportRun } from "./own-import-run";
import { prepareImportQueue } from "./import-queue";
import type { ImportSummary } from "./import-summary";
import { drainImportQueue } from "./run-import-worker";
import { stageImportRun, type ReadOptions, type UrlOptions } from "./stage-import-run";
import { stageReanalysisRun } from "./stage-reanalysis-run";
import { watchImportRun } from "./watch-import-run";

/**
 * Imports files and waits for the result, working the queue in this
 * process: the whole pipeline (staging, jobs, workers' storage, the
 * finishing step) without a worker pool. For tests and scripts; the CLI
 * stages, runs a pool and watches instead.
 */
export async function importCorpus(
  databaseUrl: string,
  inputs: string[],
  options: { cwd?: string; maxFileBytes?: number } & ReadOptions & UrlOptions = {},
): Promise<ImportSummary> {
  const pool = createPgPool(databaseUrl, 3);
  try {
    await prepareImportQueue(pool);
    const run = await createOwnedImportRun(pool);
    try {
      const { runId } = await stageImportRun(pool, inputs, { ...options, runId: run.runId });
      await drainImportQueue(databaseUrl);
      // Other workers sharing the queue (a running `npm start`) may still hold some of this run's jobs.
      return await watchImportRun(pool, runId, { intervalMs: 100 });
    } finally {
      await run.release();
    }
  } finally {
    await pool.end();
  }
}

/** Re-analyses articles stored by an older extractor, in this process; null when all are current. */
export async function reanalyseStored(databaseUrl: string): Promise<ImportSummary | null> {
  const pool = createPgPool(databaseUrl, 2);
  try {
    await prepareImportQueue(pool);
    const run = await stageReanalysisRun(pool);
    if (!run) return null;
    await drainImportQueue(databaseUrl);
    return await watchImportRun(pool, run.runId, { intervalMs: 100 });
  } finally {
    await pool.end();
  }
}
