/**
 * `pnpm bench:load` (issue 10): many clients at once on the heaviest page and
 * the heaviest API route, against the production dashboard (its own server,
 * as `corpus serve` runs it) on a throwaway PostgreSQL holding N generated
 * articles (5,000 by default). Prints requests/s, latency p50/p95/p99,
 * errors, non-2xx, timeouts and the server's RSS per route. Figures only:
 * exits 0 whatever they are (non-zero only when the run itself failed).
 * Not part of `npm test`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort, makeTempDir } from "@framewatch/db/testing";
import { createHarness, DASHBOARD, ensureDashboardBuild, runMain, startBenchDatabase } from "./bench-harness";
import { DashboardServer } from "./dashboard-server";
import { invocationDir } from "./env";
import { writeGeneratedFiles } from "./measure-ingest";
import { LOAD_USAGE, parseLoadArgs, type LoadArgs } from "./parse-load-args";
import { refreshRollupsAfterCopy } from "./refresh-rollups";
import { renderLoadReport } from "./render-load-report";
import { replicateArticles } from "./replicate-articles";
import { runCorpusImport } from "./run-corpus-import";
import { runLoad, type LoadFigures } from "./run-load";
import { sendRequest } from "./send-request";

const harness = createHarness("load", "stopping the dashboard and PostgreSQL");
const { t0, log } = harness;

async function main(args: LoadArgs): Promise<void> {
  const loadAtStart = os.loadavg();
  ensureDashboardBuild(args.build, harness, "run with --build");

  const work = makeTempDir("framewatch-load-");
  harness.onCleanup(
    () => fs.rmSync(work, { recursive: true, force: true }),
    () => fs.rmSync(work, { recursive: true, force: true }),
  );

  const { url, client, machine } = await startBenchDatabase(harness, "load");

  log(`generating and importing ${args.importFiles} articles (seed ${args.seed})...`);
  writeGeneratedFiles(path.join(work, "corpus"), args.seed, args.importFiles);
  const imported = await runCorpusImport(url, [path.join(work, "corpus")], path.join(work, "import.log"));
  if (imported.exitCode !== 0) log(`  the import exited ${imported.exitCode}; see its log in ${work} (kept until the end)`);
  if (args.articles > args.importFiles) {
    log(`copying up to ${args.articles} articles in SQL...`);
    await replicateArticles(client, args.articles, null);
    await client.query("VACUUM ANALYZE");
    log(`  ${await refreshRollupsAfterCopy(url)}`);
  }
  const stored = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Article"`)).rows[0]!.n);
  log(`${stored} articles stored`);

  const dashboard = new DashboardServer({
    dashboardDir: DASHBOARD,
    databaseUrl: url,
    port: await findFreePort(),
    logFile: path.join(work, "dashboard.log"),
    rssCapBytes: 4096 * 2 ** 20,
    t0,
    log,
  });
  harness.onCleanup(
    () => dashboard.stop(),
    () => dashboard.killNow(),
  );
  await dashboard.start();

  const figures: LoadFigures[] = [];
  for (const route of args.routes) {
    // One request first: the route's first (uncached) render is not what a crowd sees.
    const warm = await sendRequest(dashboard.origin, { method: "GET", url: route }, args.timeout * 1000);
    log(`${route}: warm-up answered ${warm.status || warm.error}; ${args.connections} connections for ${args.duration} s...`);
    const f = await runLoad(dashboard, route, args);
    figures.push(f);
    log(
      `  ${f.requestsPerSecond.toFixed(0)} req/s (${f.unfinished} unfinished at the end), p50 ${f.latencyMs.p50.toFixed(0)} / p95 ${f.latencyMs.p95.toFixed(0)} / p99 ${f.latencyMs.p99.toFixed(0)} ms, ` +
        `${f.errors} errors, ${f.timeouts} timeouts, ${f.non2xx} non-2xx, RSS ${Math.round(f.peakRssBytes / 2 ** 20)} MB`,
    );
    if (!dashboard.alive) {
      log("  the dashboard died under load: restarting it for the next route");
      await dashboard.restart();
    }
  }
  await dashboard.stop();

  const report = renderLoadReport({ args, machine, loadAtStart, articles: stored, figures, when: new Date() });
  process.stdout.write(`${report}\n`);
  if (args.markdown) {
    const file = path.resolve(invocationDir(), args.markdown);
    fs.writeFileSync(file, `${report}\n`);
    log(`report written to ${file}`);
  }
}

let args: LoadArgs;
try {
  args = parseLoadArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${LOAD_USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${LOAD_USAGE}\n`);
  process.exit(0);
}
runMain(harness, () => main(args));
