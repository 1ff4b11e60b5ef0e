import { EventEmitter } from "node:events";
import { run, runOnce, type TaskList, type WorkerEvents } from "graphile-worker";
import type pg from "pg";
import { createPrismaClient, type PrismaClient } from "../client";
import { analyseFiles } from "./analyse-files";
import { createPgPool } from "./create-pg-pool";
import { finishImportRun } from "./finish-import-run";
import {
  ANALYSE_TASK,
  enqueueFinish,
  FINISH_TASK,
  isRunComplete,
  makeQueueUtils,
  QUEUE_SCHEMA,
  quietLogger,
  type AnalysePayload,
  type FinishPayload,
} from "./import-queue";
import { holdLivenessLock, releaseJobsOfDeadWorkers } from "./worker-liveness";

export interface ImportWorker {
  /** graphile-worker's pool id: what the queue records as `locked_by` of this worker's jobs. */
  workerId: () => string | null;
  /** Jobs and files this worker has done so far. */
  stats: () => { jobs: number; files: number };
  /** Finishes the job in hand (graphile-worker's graceful shutdown), then closes the connections. */
  stop: () => Promise<void>;
  /** Settles when the worker has stopped. */
  done: Promise<void>;
}

/** How often a running worker looks for jobs left behind by dead workers. */
const SWEEP_INTERVAL_MS = 5_000;
/**
 * A graceful stop waits for the job in hand and hands back what it holds; with the database
 * gone that can wait forever. After this long the worker closes anyway: whatever it held is
 * released by the other workers' sweep.
 */
const STOP_TIMEOUT_MS = 15_000;
/** How long a worker whose database session ended waits for graphile-worker to stop before closing anyway. */
const LOST_STOP_MS = 1_000;

/**
 * One queue worker: runs one job at a time, since analysis is CPU-bound
 * JavaScript and one process uses one core. `corpus worker` and
 * `corpus serve` start one such process per core; any number of them, on
 * any machine with the same DATABASE_URL, share the queue.
 */
export async function startImportWorker(databaseUrl: string): Promise<ImportWorker> {
  const pool = createPgPool(databaseUrl, 4);
  const session = await pool.connect();
  const liveness = livenessOf(session);
  const utils = await makeQueueUtils(pool);
  const sweep = () => releaseJobsOfDeadWorkers(pool, utils).catch((error: unknown) => quietLogger.error(`sweep failed: ${String(error)}`));
  await sweep();
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
  timer.unref();

  const prisma = lazyPrisma(databaseUrl);
  const stats = { jobs: 0, files: 0 };
  const runner = await run(
    { pgPool: pool, schema: QUEUE_SCHEMA, concurrency: 1, noHandleSignals: true, logger: quietLogger, pollInterval: 2_000, events: liveness.events },
    importTasks(pool, prisma.get, stats, liveness.held),
  );

  let stopping: Promise<void> | null = null;
  let closed: Promise<void> | null = null;
  const close = () => (closed ??= closeOnce());
  const closeOnce = async () => {
    clearInterval(timer);
    await Promise.resolve(utils.release()).catch(() => {});
    // Destroyed, not returned to the pool: the lock it holds must go with the worker.
    session.release(true);
    await prisma.close();
    await pool.end().catch(() => {});
  };
  /** Waits for the job in hand and hands back what the worker holds, but never longer than `ms`. */
  const stopRunner = (ms: number) => Promise.race([runner.stop().catch(() => {}), new Promise<void>((r) => setTimeout(r, ms).unref())]);

  // graphile-worker rides out a database that is gone, polling for ever; this worker stops
  // instead once its liveness session ends (database stopped, link broken): the others
  // already count it dead and take its jobs, and its supervisor starts a fresh one.
  let lost = false;
  const sessionLost = new Promise<never>((_, reject) =>
    session.once("end", () => {
      lost = !closed;
      if (!closed) reject(new Error("import worker lost its database session (the database stopped, or the link to it broke)"));
    }),
  );
  const done = Promise.race([runner.promise, sessionLost]).then(close, async (error: unknown) => {
    // With the database gone there is nothing to hand back: a graceful stop would only delay
    // the exit (and a `corpus serve` being stopped) by STOP_TIMEOUT_MS.
    await stopRunner(lost ? LOST_STOP_MS : STOP_TIMEOUT_MS);
    await close();
    throw error;
  });
  return {
    workerId: liveness.poolId,
    stats: () => ({ ...stats }),
    stop: () =>
      (stopping ??= Promise.race([
        runner.stop().then(() => done),
        // A worker that lost its database is ending on its own, sooner than a graceful stop would.
        done,
        new Promise<void>((r) => setTimeout(r, STOP_TIMEOUT_MS).unref()),
      ])
        .catch(() => {})
        .then(close)),
    done,
  };
}

/**
 * Works the queue in this process until it is empty, then returns: for
 * tests and scripts that want an import done without starting a pool.
 */
export async function drainImportQueue(databaseUrl: string): Promise<void> {
  const pool = createPgPool(databaseUrl, 3);
  const session = await pool.connect();
  const liveness = livenessOf(session);
  const prisma = lazyPrisma(databaseUrl);
  const utils = await makeQueueUtils(pool);
  try {
    await releaseJobsOfDeadWorkers(pool, utils);
    await runOnce(
      { pgPool: pool, schema: QUEUE_SCHEMA, noHandleSignals: true, logger: quietLogger, events: liveness.events },
      importTasks(pool, prisma.get, { jobs: 0, files: 0 }, liveness.held),
    );
  } finally {
    await utils.release();
    // runOnce may return before the lock query is answered (no job was left for it): a session
    // handed back with a query in flight would have it cut by pool.end() below.
    await liveness.settled();
    session.release();
    await prisma.close();
    await pool.end();
  }
}

/**
 * graphile-worker names its pool when it creates it; the pool's liveness
 * lock is taken under that name on `session`, and every job waits for it
 * before working, so no work is ever done by a pool that looks dead.
 */
function livenessOf(session: pg.PoolClient) {
  const events: WorkerEvents = new EventEmitter();
  let poolId: string | null = null;
  let lock: Promise<void> | null = null;
  events.on("pool:create", ({ workerPool }) => {
    poolId = workerPool.id;
    lock = holdLivenessLock(session, workerPool.id);
    // Jobs await it; a pool that ran none (other workers took them all) must not leave its failure unhandled.
    lock.catch(() => {});
  });
  return {
    events,
    poolId: () => poolId,
    held: async () => {
      if (!lock) throw new Error("graphile-worker created no pool before running a job");
      await lock;
    },
    /** Settles once the lock query has (no query in flight on the session), whatever its outcome. */
    settled: () => (lock ?? Promise.resolve()).catch(() => {}),
  };
}

function importTasks(pool: pg.Pool, prisma: () => PrismaClient, stats: { jobs: number; files: number }, alive: () => Promise<void>): TaskList {
  return {
    [ANALYSE_TASK]: async (payload) => {
      await alive();
      const { runId, fileIds } = payload as AnalysePayload;
      const outcomes = await analyseFiles(pool, runId, fileIds);
      stats.jobs++;
      stats.files += outcomes.length;
      if (await isRunComplete(pool, runId)) await enqueueFinish(pool, runId);
    },
    [FINISH_TASK]: async (payload) => {
      await alive();
      const { runId } = payload as FinishPayload;
      await finishImportRun(pool, runId, prisma);
    },
  };
}

/** A Prisma client only if a finishing hook asks for one: most workers never need it. */
function lazyPrisma(databaseUrl: string) {
  let client: PrismaClient | null = null;
  return {
    get: () => (client ??= createPrismaClient(databaseUrl)),
    close: async () => {
      await client?.$disconnect();
    },
  };
}
