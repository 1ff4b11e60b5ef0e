import { isConnectionLoss, readEnv } from "@framewatch/db";
import { startImportWorker, type ImportWorker } from "@framewatch/db/import";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase, redact } from "./open-database";
import { quietConsoleTrace } from "./quiet-console-trace";
import { startWorkerPool } from "./worker-pool";

/**
 * `corpus worker [--processes N]`: works the import queue of the database
 * (DATABASE_URL, or the embedded one) with one process per core until
 * Ctrl-C. Start it on more machines with the same DATABASE_URL and they
 * share the queue.
 */
export async function runWorker(args: string[]): Promise<number> {
  if (args.includes("--process")) return runWorkerProcess();
  const size = workerProcessCount(args);
  if (size === null) {
    process.stderr.write("Usage: corpus worker [--processes N]\n");
    return 2;
  }
  const log = (line: string) => console.log(`[framewatch] ${line}`);
  const db = await openDatabase(log);
  const pool = startWorkerPool(db.handle.url, size, log);
  log(`${size} import worker process${size === 1 ? "" : "es"} working the queue of ${redact(db.handle.url)}. Ctrl-C stops them.`);
  const signalled = new Promise<"signal">((resolve) => {
    process.once("SIGINT", () => resolve("signal"));
    process.once("SIGTERM", () => resolve("signal"));
  });
  // Every process given up after repeated crashes (the database gone for good): nothing is left to work the queue.
  const givenUp = Promise.all(pool.processes.map((p) => p.ended)).then((ends) =>
    ends.every((stopped) => !stopped) ? ("given up" as const) : new Promise<never>(() => {}),
  );
  if ((await Promise.race([signalled, givenUp])) === "given up") {
    log("Every import worker process crashed repeatedly; stopping.");
    await db.close();
    return 1;
  }
  log("Stopping the workers (jobs in hand finish first)...");
  await pool.stop();
  await db.close();
  log("Stopped.");
  return 0;
}

/** How many worker processes: --processes N, else FRAMEWATCH_WORKERS, else one per core; null when N is not a count. */
export function workerProcessCount(args: string[] = []): number | null {
  const i = args.indexOf("--processes");
  if (i === -1) return readEnv().FRAMEWATCH_WORKERS ?? os.availableParallelism();
  const n = Number(args[i + 1]);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** One worker process of a pool: the parent passes DATABASE_URL and supervises it. */
async function runWorkerProcess(): Promise<number> {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error("corpus worker --process needs DATABASE_URL (it is started by `corpus worker` or `corpus serve`).");
  quietConsoleTrace((line) => process.stderr.write(`${line}\n`));
  const signalled = new AbortController();
  const onSignal = () => signalled.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // Its supervisor (`corpus import`, `worker` or `serve`) killed with kill -9 cannot stop it: it would
  // work and poll the queue as an orphan for ever. The supervisor's IPC channel closes when it dies
  // (whenever that happens, even before this line), and the worker then stops as if told to.
  if (process.send) {
    if (!process.connected) onSignal();
    process.once("disconnect", onSignal);
    // The channel only watches the parent; it must not keep this process alive.
    process.channel?.unref();
  }
  const worker = await startWhenReachable(url, signalled.signal);
  if (!worker) return 0;
  const stopped = new Promise<void>((resolve) => {
    const stop = () => void worker.stop().then(resolve);
    if (signalled.signal.aborted) stop();
    else signalled.signal.addEventListener("abort", stop, { once: true });
  });
  // A worker that fails (its database gone) exits non-zero, and its supervisor starts another.
  await Promise.race([worker.done, stopped]);
  const { jobs, files } = worker.stats();
  process.stderr.write(`[framewatch] import worker ${worker.workerId() ?? "(idle)"} stopped after ${jobs} jobs, ${files} files.\n`);
  return 0;
}

/** Between retries while the database is unreachable. */
const RETRY_MS = 1_000;

/**
 * Starts the worker once the database answers. A worker started while it is
 * away (restarted by `corpus serve` after PostgreSQL died, or a remote
 * DATABASE_URL down for a while) waits instead of crashing, so its
 * supervisor's crash limit counts real crashes, not an outage. Null when
 * stopped while waiting.
 */
async function startWhenReachable(url: string, signal: AbortSignal): Promise<ImportWorker | null> {
  let told = false;
  for (;;) {
    if (signal.aborted) return null;
    try {
      return await startImportWorker(url);
    } catch (error) {
      if (!isConnectionLoss(error)) throw error;
      if (!told) process.stderr.write("[framewatch] import worker: the database is unreachable; waiting for it.\n");
      told = true;
      // Cut short by a stop; timers/promises removes its abort listener either way.
      await sleep(RETRY_MS, undefined, { signal }).catch(() => {});
    }
  }
}
