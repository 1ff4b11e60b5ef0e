/**
 * What `bench:scale` (main.ts) and `bench:load` (load-main.ts) both do
 * around their measurements: a log with elapsed seconds, a registry of
 * cleanups run newest first on success, failure or a signal, the dashboard's
 * production build, and a throwaway PostgreSQL with a migrated database.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations } from "@framewatch/db/migrate";
import { REPO_ROOT } from "@framewatch/db/paths";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@framewatch/db/server";
import { createScratchDatabase, findFreePort, startThrowawayPostgres } from "@framewatch/db/testing";
import pg from "pg";
import { npxEnv } from "./env";
import { readMachineInfo } from "./machine-info";

export const DASHBOARD = path.join(REPO_ROOT, "apps", "dashboard");

export interface Harness {
  t0: number;
  log: (line: string) => void;
  /** Registers a cleanup, and optionally what must run even if the process dies without running it (synchronous only). */
  onCleanup: (cleanup: () => Promise<void> | void, onExit?: () => void) => void;
  /** Runs the cleanups, newest first; safe to call twice (Ctrl-C during cleanup). */
  cleanUp: () => Promise<void>;
}

export function createHarness(tag: string, stopping: string): Harness {
  const t0 = performance.now();
  const log = (line: string) => process.stderr.write(`[${tag} ${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${line}\n`);
  const cleanups: (() => Promise<void> | void)[] = [];
  const onExit: (() => void)[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      while (cleanups.length) {
        try {
          await cleanups.pop()!();
        } catch (error) {
          log(`cleanup: ${(error as Error).message}`);
        }
      }
    })());
  process.on("exit", () => onExit.forEach((f) => f()));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      log(`${signal}: ${stopping}...`);
      void cleanUp().then(() => process.exit(130));
    });
  }
  return {
    t0,
    log,
    onCleanup: (cleanup, exit) => {
      cleanups.push(cleanup);
      if (exit) onExit.push(exit);
    },
    cleanUp,
  };
}

/** Runs `main`, then the cleanups, and exits 0, or 1 (with the error logged) if it failed. */
export function runMain(harness: Harness, main: () => Promise<void>): void {
  main().then(
    async () => {
      await harness.cleanUp();
      process.exit(0);
    },
    async (error: unknown) => {
      harness.log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await harness.cleanUp();
      process.exit(1);
    },
  );
}

/** Builds the dashboard when asked (as the README does: pnpm through npx; turbo caches it); fails without a build. */
export function ensureDashboardBuild(build: boolean, harness: Harness, howToBuild: string): void {
  if (build) {
    harness.log("building the dashboard (turbo caches it)...");
    // turbo alone cannot find the package manager outside pnpm.
    const pnpmVersion = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { packageManager: string }).packageManager.split("@")[1];
    const built = spawnSync("npx", ["--yes", `pnpm@${pnpmVersion}`, "exec", "turbo", "run", "build", "--filter=@framewatch/dashboard", "--output-logs=errors-only"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", 2, 2],
      env: npxEnv(),
    });
    if (built.status !== 0) throw new Error(`the dashboard build failed (exit ${built.status ?? built.error?.message})`);
  }
  if (!fs.existsSync(path.join(DASHBOARD, ".next", "BUILD_ID"))) throw new Error(`no production build in apps/dashboard/.next: ${howToBuild}`);
}

/**
 * A throwaway PostgreSQL with a migrated database `name`, and a client on it; both stopped by the cleanups.
 * With `keepDir`, the cluster lives in `keepDir/postgres` instead and outlives the run (stopped, not deleted),
 * its database named "framewatch" as `FRAMEWATCH_DATA_DIR` expects.
 */
export async function startBenchDatabase(harness: Harness, name: string, keepDir: string | null = null) {
  let pgServer: EmbeddedServer;
  let url: string;
  if (keepDir) {
    const dataDir = path.join(keepDir, "postgres");
    pgServer = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: true });
    harness.onCleanup(
      async () => {
        await pgServer.stop();
        harness.log(`kept the database in ${dataDir} (database "framewatch"): FRAMEWATCH_DATA_DIR=${dataDir} corpus serve, or startEmbeddedPostgres on it`);
      },
      () => stopPostgresNow(pgServer.dataDir, false),
    );
    await ensureDatabase(pgServer.ownerUrl("postgres"), "framewatch");
    url = pgServer.ownerUrl("framewatch");
  } else {
    pgServer = await startThrowawayPostgres();
    harness.onCleanup(() => pgServer.stop(), () => stopPostgresNow(pgServer.dataDir, true));
    url = await createScratchDatabase(pgServer, name);
  }
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Ctrl-C reaches PostgreSQL too (same process group), which then ends our session: expected, not a crash.
  client.on("error", (error) => harness.log(`database connection: ${error.message}`));
  harness.onCleanup(() => client.end());
  return { url, client, machine: await readMachineInfo(client) };
}

/** At exit, when nothing asynchronous can run any more: PostgreSQL told to stop now, its folder removed unless kept. */
function stopPostgresNow(dataDir: string, remove: boolean): void {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (pid > 0) process.kill(pid, "SIGQUIT");
  } catch {
    // already stopped
  }
  if (remove) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
}

/** The folder --keep names: created if missing; one with files in it is refused, so a run never mixes into earlier data. */
export function prepareKeepDir(dir: string): string {
  const absolute = path.resolve(dir);
  if (fs.existsSync(absolute) && fs.readdirSync(absolute).length > 0) throw new Error(`--keep needs a new or empty folder; ${absolute} has files in it`);
  fs.mkdirSync(absolute, { recursive: true });
  // As root the server runs as the postgres user, which must be able to enter the folder.
  fs.chmodSync(absolute, 0o755);
  return absolute;
}
