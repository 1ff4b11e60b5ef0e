import { randomBytes } from "node:crypto";
import os from "node:os";
import { run, runOnce, type RunnerOptions, type TaskList } from "graphile-worker";
import type pg from "pg";
import { createPgPool } from "./create-pg-pool";
import { createPrismaClient, type PrismaClient } from "../client";
import { analyseFiles } from "./analyse-files";
import { finishImportRun } from "./finish-import-run";
import {
  ANALYSE_TASK,
  enqueueFinish,
  FINISH_TASK,
  isRunComplete,
  makeQueueUtils,
  quietLogger,
  type AnalysePayload,
  type FinishPayload,
} from "./import-queue";
import { holdLivenessLock, releaseJobsOfDeadWorkers, WORKER_ID_PREFIX } from "./worker-liveness";

export interface ImportWorker {
  workerId: string;
  /** Finishes the job in hand (graphile-worker's graceful shutdown), then closes the connections. */
  stop: () => Promise<void>;
  /** Settles when the worker has stopped. */
  done: Promise<void>;
}

/** How often a running worker looks for jobs left behind by dead workers. */
const SWEEP_INTERVAL_MS = 5_000;

/**
 * One queue worker: runs one job at a time, since analysis is CPU-bound
 * JavaScript and one process uses one core. `corpus worker` and
 * `corpus serve` start one such process per core; any number of them, on
 * any machine with the same DATABASE_URL, share the queue.
 */
export async function startImportWorker(databaseUrl: string): Promise<ImportWorker> {
  const pool = createPgPool(databaseUrl, 4);
  const workerId = `${WORKER_ID_PREFIX}${os.hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
  const liveness = await pool.connect();
  await holdLivenessLock(liveness, workerId);
  const utils = await makeQueueUtils(pool);
  const sweep = () => releaseJobsOfDeadWorkers(pool, utils).catch((error: unknown) => quietLogger.error(`sweep failed: ${String(error)}`));
  await sweep();
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
  timer.unref();

  const prisma = lazyPrisma(databaseUrl);
  // `workerId` is a documented option of graphile-worker's runner when concurrency is 1 (its
  // types list it for runOnce only): the liveness lock above is taken under this very id.
  const options = { pgPool: pool, concurrency: 1, workerId, noHandleSignals: true, logger: quietLogger, pollInterval: 2_000 } as RunnerOptions;
  const runner = await run(options, importTasks(pool, utils, prisma.get));

  let stopping: Promise<void> | null = null;
  const close = async () => {
    clearInterval(timer);
    await Promise.resolve(utils.release()).catch(() => {});
    liveness.release();
    await prisma.close();
    await pool.end().catch(() => {});
  };
  const done = runner.promise.then(close, async (error: unknown) => {
    await close();
    throw error;
  });
  return {
    workerId,
    stop: () => (stopping ??= runner.stop().then(() => done)),
    done,
  };
}

/**
 * Works the queue in this process until it is empty, then returns: for
 * tests and scripts that want an import done without starting a pool.
 */
export async function drainImportQueue(databaseUrl: string): Promise<void> {
  const pool = createPgPool(databaseUrl, 3);
  const workerId = `${WORKER_ID_PREFIX}${os.hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
  const liveness = await pool.connect();
  const prisma = lazyPrisma(databaseUrl);
  const utils = await makeQueueUtils(pool);
  try {
    await holdLivenessLock(liveness, workerId);
    await releaseJobsOfDeadWorkers(pool, utils);
    await runOnce({ pgPool: pool, workerId, noHandleSignals: true, logger: quietLogger } as RunnerOptions, importTasks(pool, utils, prisma.get));
  } finally {
    await utils.release();
    liveness.release();
    await prisma.close();
    await pool.end();
  }
}

function importTasks(pool: pg.Pool, utils: Awaited<ReturnType<typeof makeQueueUtils>>, prisma: () => PrismaClient): TaskList {
  return {
    [ANALYSE_TASK]: async (payload) => {
      const { runId, fileIds } = payload as AnalysePayload;
      await analyseFiles(pool, runId, fileIds);
      if (await isRunComplete(pool, runId)) await enqueueFinish(pool, runId);
    },
    [FINISH_TASK]: async (payload) => {
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
