import os from "node:os";
import { firstLine, isConnectionLoss } from "@framewatch/db";
import {
  countLiveWorkers,
  createOwnedImportRun,
  createPgPool,
  IMPORT_FORMATS,
  stageImportRun,
  startImportWorker,
  watchImportRun,
  type ImportProgress,
  type ImportSummary,
  type ImportWorker,
  type OwnedImportRun,
} from "@framewatch/db/import";
import { openDatabase } from "./open-database";
import { readFormatOptions } from "./read-format-options";
import { parseArguments } from "./parse-arguments";
import { printable } from "./printable";
import { createProgressBar } from "./progress-bar";
import { quietConsoleTrace } from "./quiet-console-trace";
import { workerProcessCount } from "./worker";
import { startWorkerPool, type WorkerPool } from "./worker-pool";

/** How often the importer checks that some worker is alive to do its run. */
const WORKER_CHECK_MS = 3_000;
/** Below this many files to analyse, starting worker processes costs more than it saves. */
const LOCAL_POOL_THRESHOLD = 100;
/**
 * How long the import waits for a database that stopped answering. A server this command started itself has
 * nobody to restart it once it dies, so only a blip is ridden out; a shared one (npm start's, DATABASE_URL) may
 * be restarted by whoever runs it.
 */
const OWN_SERVER_PATIENCE_MS = 5_000;
const SHARED_SERVER_PATIENCE_MS = 120_000;
/** Exit status when the database went away mid-import (EX_TEMPFAIL: try again once it is back). */
export const EXIT_DATABASE_LOST = 75;
/** Clean-up steps that talk to a database which may be gone get this long each. */
const CLEANUP_TIMEOUT_MS = 20_000;
const LOST_SERVER_STOP_MS = 2_000;

/**
 * `corpus import FILE_OR_DIR... [--urls LIST]...`: stages the files (and the pages the URL lists name, fetched
 * while staging) into the database, queues
 * their analysis, and follows the run to its end with a progress bar
 * (articles/s, time left), then prints a summary. The work is done by
 * whatever workers share the queue (`npm start`, `corpus worker` here or on
 * other machines). When none is running, this command works the queue
 * itself, so a lone `corpus import` on a fresh checkout still imports: in
 * its own process, plus one worker process per further core once the run
 * is large enough to repay their start-up, for as long as the run lasts.
 */
export async function runImport(args: string[], cwd: string): Promise<number> {
  const parsed = parseArguments(args, [], ["--format", "--map", "--urls"]);
  const usage = (problem?: string) => {
    if (problem) process.stderr.write(`corpus import: ${problem}\n`);
    process.stderr.write(`Usage: corpus import [--format ${IMPORT_FORMATS.join("|")}] [--map field=column]... [--urls LIST]... [--] FILE_OR_DIR...\n`);
    return 2;
  };
  if ("unknown" in parsed) return usage(`unknown option ${parsed.unknown}`);
  if ("missingValue" in parsed) return usage(`${parsed.missingValue} needs a value`);
  const urlLists = parsed.values.get("--urls") ?? [];
  if (parsed.paths.length === 0 && urlLists.length === 0) return usage();
  const read = readFormatOptions(parsed.values);
  if ("problem" in read) return usage(read.problem);
  const inputs = parsed.paths;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  quietConsoleTrace(log);
  const db = await openDatabase(log);
  const pool = createPgPool(db.handle.url, 3);
  let inProcess: ImportWorker | null = null;
  let local: WorkerPool | null = null;
  const interrupted = new AbortController();
  const onSignal = () => interrupted.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // The in-process worker's queue library fails its jobs in the background; with the database gone that
  // rejects with nobody to catch it, which would end this command with a raw stack instead of its summary.
  // Connection losses are the watcher's to report; anything else still ends the process as before.
  const onUnhandled = (reason: unknown) => {
    if (!isConnectionLoss(reason)) throw reason;
  };
  process.on("unhandledRejection", onUnhandled);

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
  let run: OwnedImportRun | null = null;
  let lastSeen: ImportProgress | null = null;
  let staged = 0;
  let lost: unknown = null;
  try {
    const live = await countLiveWorkers(pool);
    if (live > 0) log(`Queueing for the ${live} import worker${live === 1 ? "" : "s"} already running.`);
    else await ensureWorkers(0);
    let queued = 0;
    // Owned for as long as this command lives: if it dies with the run unfinished, the next start marks the run interrupted.
    run = await createOwnedImportRun(pool);
    const { runId } = await stageImportRun(pool, inputs, {
      cwd,
      ...read,
      urlLists,
      signal: interrupted.signal,
      runId: run.runId,
      onStaged: (p) => {
        queued = p.queued;
        staged = p.staged;
        bar.update(p.staged, null, "files staged");
        if (inProcess && !local && queued >= LOCAL_POOL_THRESHOLD) void ensureWorkers(queued).catch(() => {});
      },
    });
    let lastCheck = Date.now();
    summary = await watchImportRun(pool, runId, {
      signal: interrupted.signal,
      patienceMs: db.handle.embedded ? OWN_SERVER_PATIENCE_MS : SHARED_SERVER_PATIENCE_MS,
      onProgress: (p) => {
        lastSeen = p;
        bar.update(p.done, p.total, p.finished ? "done" : "analysing");
        if (Date.now() - lastCheck > WORKER_CHECK_MS) {
          lastCheck = Date.now();
          void ensureWorkers(queued).catch(() => {});
        }
      },
    });
  } catch (error) {
    if (isConnectionLoss(error)) lost = error;
    else if (!interrupted.signal.aborted) throw error;
  } finally {
    bar.done();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    const owned = run as OwnedImportRun | null;
    // Stopped before the end (Ctrl-C, the database gone): say so in the run while the database still answers.
    if (owned && !summary && !lost) await bounded(owned.interrupt());
    // A check still starting a worker must finish first, so that the worker is stopped below.
    await bounded((checking as Promise<void> | null) ?? Promise.resolve());
    await bounded((local as WorkerPool | null)?.stop());
    await bounded((inProcess as ImportWorker | null)?.stop());
    await bounded(owned?.release());
    await bounded(pool.end());
    // Stopping an embedded server that already died never settles (it waits for an exit that has happened).
    await bounded(db.close(), lost ? LOST_SERVER_STOP_MS : CLEANUP_TIMEOUT_MS);
  }
  if (lost) {
    reportDatabaseLost(lost, (run as OwnedImportRun | null)?.runId ?? null, staged, lastSeen, log);
    return EXIT_DATABASE_LOST;
  }
  if (!summary) {
    log("Interrupted. Files already stored are kept; the rest of the run stays queued and is done by the next worker (npm start, corpus worker, or this import again).");
    return 130;
  }
  if (summary.interrupted) log(`Import run #${summary.runId} was marked interrupted before it finished: it covers only the files staged by then.`);
  const seconds = (Date.now() - started) / 1000;
  log(`${summary.total} files in ${seconds.toFixed(1)} s (${Math.round(summary.total / Math.max(seconds, 0.001))} files/s).`);
  console.log(
    `Imported ${summary.imported} new, ${summary.unchanged} unchanged, ` + `${summary.reanalysed} re-analysed, ${summary.failed} failed.`,
  );
  for (const f of summary.failures) console.log(`  failed: ${printable(f.source)}: ${f.reason}`);
  return summary.failed > 0 ? 1 : 0;
}

/**
 * What a person needs when the database went away mid-import: that it did,
 * what the run had stored when last seen (kept: each article is stored whole
 * or not at all), and what to do next. No stack trace: the cause's first line.
 */
function reportDatabaseLost(error: unknown, runId: number | null, staged: number, seen: ImportProgress | null, log: (line: string) => void): void {
  const cause = firstLine(error);
  log(`The database went away during the import (${cause}).`);
  if (runId === null) {
    log("No import run was started; nothing was stored. Run the import again once the database is back.");
  } else {
    const where = seen
      ? `with ${seen.done} of the ${seen.total} files staged so far done when last seen`
      : `while its files were being staged (${staged} staged)`;
    log(
      `Import run #${runId} stopped ${where}. What it stored is kept (each article is whole or absent); ` +
        "the run is marked interrupted when the database is next started, and running the same import again then stores only what is missing.",
    );
  }
  console.log(
    `Interrupted: imported at least ${seen?.imported ?? 0} new, ${seen?.unchanged ?? 0} unchanged, ${seen?.reanalysed ?? 0} re-analysed, ` +
      `${seen?.failed ?? 0} failed before the database went away.`,
  );
}

/** Waits for a clean-up step, but not for ever: with the database gone, some never settle. Errors are dropped. */
async function bounded(step: Promise<unknown> | undefined, ms = CLEANUP_TIMEOUT_MS): Promise<void> {
  if (!step) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([step.catch(() => {}), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
