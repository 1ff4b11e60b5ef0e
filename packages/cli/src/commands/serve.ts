import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { readEnv } from "@framewatch/db";
import { REPO_ROOT } from "@framewatch/db/paths";
import { importCorpus, reanalyseStored } from "@framewatch/db/import";
import { refreshRollups } from "@framewatch/db/rollups";
import { openDatabase, redact } from "./open-database";

const DASHBOARD = path.join(REPO_ROOT, "apps", "dashboard");
export const BUNDLED_CORPUS = path.join(REPO_ROOT, "data", "corpus");

/**
 * What `npm start` runs after installing and building: PostgreSQL (embedded
 * unless DATABASE_URL is set), migrations, re-analysis of articles stored by
 * an older extractor, the bundled corpus (idempotent), then the production
 * dashboard. Ctrl-C stops the dashboard and shuts PostgreSQL down cleanly.
 */
export async function runServe(options: { dev?: boolean } = {}): Promise<number> {
  const env = readEnv();
  const log = (line: string) => console.log(`[framewatch] ${line}`);
  const db = await openDatabase(log);

  let closing: Promise<void> | null = null;
  const close = () => (closing ??= db.close());

  try {
    const stale = await reanalyseStored(db.prisma);
    if (stale.reanalysed > 0) log(`Re-analysed ${stale.reanalysed} stored articles with the current extractor.`);
    for (const f of stale.failed) log(`Could not re-analyse ${f.source} (its previous analysis is kept): ${f.reason}`);

    const summary = await importCorpus(db.prisma, [BUNDLED_CORPUS], { cwd: REPO_ROOT });
    log(
      `Bundled corpus: ${summary.imported} imported, ${summary.unchanged} unchanged, ` +
        `${summary.reanalysed} re-analysed, ${summary.failed} failed.`,
    );
    for (const f of summary.failures) log(`  failed: ${f.source}: ${f.reason}`);
    // The charts read summary tables; bring them up to date with whatever the steps above stored.
    const rollups = await refreshRollups(db.prisma);
    if (rollups.cells > 0) log(`Summary tables ${rollups.full ? "built" : "refreshed"} (${rollups.cells} cells, ${Math.round(rollups.ms)} ms).`);
  } catch (error) {
    await close();
    throw error;
  }

  const require = createRequire(path.join(DASHBOARD, "package.json"));
  const nextBin = require.resolve("next/dist/bin/next");
  const mode = options.dev ? "dev" : "start";
  const next = spawn(process.execPath, [nextBin, mode, "--port", String(env.PORT)], {
    cwd: DASHBOARD,
    stdio: "inherit",
    // The dashboard inherits our environment, pointed at the database we opened.
    // eslint-disable-next-line no-restricted-properties
    env: { ...process.env, DATABASE_URL: db.handle.url, PORT: String(env.PORT) },
  });
  log(`Dashboard starting on http://localhost:${env.PORT} (database ${redact(db.handle.url)})`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received: stopping the dashboard and PostgreSQL...`);
      if (next.exitCode === null) next.kill("SIGTERM");
    };
    process.on("SIGINT", () => shutdown("SIGINT"));
    process.on("SIGTERM", () => shutdown("SIGTERM"));
    next.on("exit", async (code) => {
      await close();
      log("Stopped.");
      resolve(stopping ? 0 : (code ?? 1));
    });
  });
}
