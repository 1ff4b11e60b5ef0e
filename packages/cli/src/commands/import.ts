import os from "node:os";
import {
  countLiveWorkers,
  createPgPool,
  stageImportRun,
  startImportWorker,
  watchImportRun,
  type ImportSummary,
  type ImportWorker,
} from "@framewatch/db/import";
import { openDatabase } from "./open-database";
import { createProgressBar } from "./progress-bar";
import { workerProcessCount } from "./worker";
import { startWorkerPool, type WorkerPool } from "./worker-pool";

/** How often the importer checks that some worker is alive to do its run. */
const WORKER_CHECK_MS = 3_000;
/** Below this many files to analyse, starting worker processes costs more than it saves. */
const LOCAL_POOL_THRESHOLD = 100;

/**
 * `corpus import FILE_OR_DIR...`: stages the files into the database, queues
 * their analysis, and follows the run to its end with a progress bar
 * (articles/s, time left), then prints a summary. The work is done by
 * whatever workers share the queue (`npm start`, `corpus worker` here or on
 * other machines). When none is running, this command works the queue
 * itself, so a lone `corpus import` on a fresh checkout still imports: in
 * its own process, plus one worker process per further core once the run
 * is large enough to repay their start-up, for as long as the run lasts.
 */
export async function runImport(inputs: string[], cwd: string): Promise<number> {
  if (inputs.length === 0) {
    process.stderr.write("Usage: corpus import FILE_OR_DIR...\n");
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = await openDatabase(log);
  const pool = createPgPool(db.handle.url, 3);
  let inProcess: ImportWorker | null = null;
  let local: WorkerPool | null = null;
  const interrupted = new AbortController();
  const onSignal = () => interrupted.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  /**
   * Works the queue here when no worker anywhere is alive to do the run; adds processes for a large run.
   * Calls made while a check is in flight share it: two overlapping checks would each see no
   * worker and start one, and a worker started after the run ended would never be stopped.
   */
  let checking: Promise<void> | null = null;
  const ensureWorkers = (queued: number) => (checking ??= checkWorkers(queued).finally(() => (checking = null)));
  const checkWorkers = async (queued: number) => {
    if (interrupted.signal.aborted) return;
    if (!inProcess) {
      if ((await countLiveWorkers(pool)) > 0) return;
      log("No import worker is running: this command works the queue itself (npm start or corpus worker keep a pool running).");
      inProcess = await startImportWorker(db.handle.url);
      // A worker that loses the database mid-run stops; the next check starts another if needed.
      const lost = inProcess;
      lost.done.catch(() => {
        if (inProcess === lost) inProcess = null;
      });
    }
    const size = workerProcessCount() ?? os.availableParallelism();
    if (!local && size > 1 && queued >= LOCAL_POOL_THRESHOLD) {
      log(`Starting ${size - 1} more worker process${size === 2 ? "" : "es"} for this run (one per core).`);
      local = startWorkerPool(db.handle.url, size - 1, log);
    }
  };

  const bar = createProgressBar();
  const started = Date.now();
  let summary: ImportSummary | null = null;
  try {
    const live = await countLiveWorkers(pool);
    if (live > 0) log(`Queueing for the ${live} import worker${live === 1 ? "" : "s"} already running.`);
    else await ensureWorkers(0);
    let queued = 0;
    const { runId } = await stageImportRun(pool, inputs, {
      cwd,
      onStaged: (p) => {
        queued = p.queued;
        bar.update(p.staged, null, "files staged");
        if (inProcess && !local && queued >= LOCAL_POOL_THRESHOLD) void ensureWorkers(queued).catch(() => {});
      },
    });
    let lastCheck = Date.now();
    summary = await watchImportRun(pool, runId, {
      signal: interrupted.signal,
      onProgress: (p) => {
        bar.update(p.done, p.total, p.finished ? "done" : "analysing");
        if (Date.now() - lastCheck > WORKER_CHECK_MS) {
          lastCheck = Date.now();
          void ensureWorkers(queued).catch(() => {});
        }
      },
    });
  } catch (error) {
    if (!interrupted.signal.aborted) throw error;
  } finally {
    bar.done();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    // A check still starting a worker must finish first, so that the worker is stopped below.
    await (checking as Promise<void> | null)?.catch(() => {});
    await (local as WorkerPool | null)?.stop();
    await (inProcess as ImportWorker | null)?.stop();
    await pool.end().catch(() => {});
    await db.close();
  }
  if (!summary) {
    log("Interrupted. Files already stored are kept; the rest of the run stays queued and is done by the next worker (npm start, corpus worker, or this import again).");
    return 130;
  }
  const seconds = (Date.now() - started) / 1000;
  log(`${summary.total} files in ${seconds.toFixed(1)} s (${Math.round(summary.total / Math.max(seconds, 0.001))} files/s).`);
  console.log(
    `Imported ${summary.imported} new, ${summary.unchanged} unchanged, ` + `${summary.reanalysed} re-analysed, ${summary.failed} failed.`,
  );
  for (const f of summary.failures) console.log(`  failed: ${f.source}: ${f.reason}`);
  return summary.failed > 0 ? 1 : 0;
}
