import { Logger, makeWorkerUtils, runMigrations, type WorkerUtils } from "graphile-worker";
import type pg from "pg";

/**
 * The job queue is graphile-worker (a maintained PostgreSQL queue): jobs live
 * in the same database as the articles, in a schema of their own,
 * so they survive restarts and every worker pointed at the same
 * DATABASE_URL shares them. New jobs reach idle workers at once through
 * LISTEN/NOTIFY, and a batch of jobs is queued in one statement.
 */
/** The queue's schema: Framewatch's alone, so every worker pool in it is a Framewatch worker (see worker-liveness). */
export const QUEUE_SCHEMA = "framewatch_queue";
export const ANALYSE_TASK = "framewatch_analyse_files";
export const FINISH_TASK = "framewatch_finish_import_run";

/**
 * Files per job. A job analyses its files and stores them in one short
 * transaction: large enough that queue and commit costs vanish next to the
 * analysis (about 0.2 s of CPU per job), small enough that a killed worker
 * loses little work and two workers share even a small import.
 */
export const FILES_PER_JOB = 40;

export interface AnalysePayload {
  runId: number;
  /** ImportFile ids. */
  fileIds: number[];
}

export interface FinishPayload {
  runId: number;
}

/**
 * graphile-worker's own log lines: only warnings and errors, and only their first line, so a pool stays quiet in
 * a terminal and a database outage reads as one line per event, not a stack trace (a failed job's whole error is
 * kept in the queue's `last_error`).
 */
export const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") process.stderr.write(`[queue] ${message.split("\n")[0]!.replace(/:$/, "")}\n`);
});

/** Creates or upgrades the queue's schema (graphile-worker's own migrations; safe to run concurrently). */
export async function prepareImportQueue(pool: pg.Pool): Promise<void> {
  await runMigrations({ pgPool: pool, schema: QUEUE_SCHEMA, logger: quietLogger });
}

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Queues the analysis of staged files, FILES_PER_JOB per job, in one
 * statement through graphile-worker's SQL API, so a caller's transaction
 * commits staged files and their jobs together.
 */
export async function enqueueAnalysis(db: Queryable, runId: number, fileIds: readonly number[]): Promise<void> {
  if (fileIds.length === 0) return;
  const payloads: AnalysePayload[] = [];
  for (let i = 0; i < fileIds.length; i += FILES_PER_JOB) payloads.push({ runId, fileIds: fileIds.slice(i, i + FILES_PER_JOB) });
  await db.query(
    `SELECT FROM ${QUEUE_SCHEMA}.add_jobs(ARRAY(
       SELECT ROW($1::text, p, NULL, NULL, 5, NULL, NULL, NULL)::${QUEUE_SCHEMA}.job_spec FROM json_array_elements($2::json) AS p))`,
    [ANALYSE_TASK, JSON.stringify(payloads)],
  );
}

/**
 * Queues the end of a run once: whoever sees the last file done (a worker, or
 * the importer when nothing needed analysing) asks, and the job key makes
 * the asks one job.
 */
export async function enqueueFinish(db: Queryable, runId: number): Promise<void> {
  const payload: FinishPayload = { runId };
  await db.query(`SELECT FROM ${QUEUE_SCHEMA}.add_job($1, $2::json, job_key => $3, max_attempts => 10)`, [
    FINISH_TASK,
    JSON.stringify(payload),
    `framewatch_finish_import_run:${runId}`,
  ]);
}

export function makeQueueUtils(pool: pg.Pool): Promise<WorkerUtils> {
  return makeWorkerUtils({ pgPool: pool, schema: QUEUE_SCHEMA, logger: quietLogger });
}

/** True once the run is fully staged (or its staging was interrupted) and every file has an outcome (the run's counters): time to finish it. */
export async function isRunComplete(pool: pg.Pool | pg.PoolClient, runId: number): Promise<boolean> {
  const { rows } = await pool.query<{ complete: boolean }>(
    `SELECT ("stagedAt" IS NOT NULL OR "interruptedAt" IS NOT NULL) AND "finishedAt" IS NULL AND imported + unchanged + reanalysed + failed >= total AS complete
       FROM "ImportRun" WHERE id = $1`,
    [runId],
  );
  return rows[0]?.complete ?? false;
}
