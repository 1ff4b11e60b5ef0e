/**
 * `pnpm bench:scale`: issue 9's scale benchmark. Builds a throwaway
 * PostgreSQL with N articles, runs the production dashboard against it,
 * measures every page and API route, and the import, then prints a table
 * and PASS/FAIL per "Done when" line. Figures only: it exits 0 whatever
 * they are (non-zero only when the benchmark itself could not run).
 */
import fs from "node:fs";
import path from "node:path";
import { findFreePort, makeTempDir } from "@framewatch/db/testing";
import type pg from "pg";
import { peaksByQuarter, type BenchReport, type IngestResult, type StageResult } from "./bench-report";
import { createHarness, DASHBOARD, ensureDashboardBuild, prepareKeepDir, runMain, startBenchDatabase } from "./bench-harness";
import { checkTargets } from "./check-targets";
import { DashboardServer } from "./dashboard-server";
import { discoverRoutes } from "./discover-routes";
import { invocationDir } from "./env";
import { expandRoutes, type RouteFixtures, type SkippedRoute } from "./expand-routes";
import { newAuthSecret, signInBenchAccount } from "./bench-session";
import { createShortLink, findDataFixtures, findEvidenceMarks, loadChartKeys } from "./find-fixtures";
import { measureAnalysis, measureBareCopy, writeGeneratedFiles } from "./measure-ingest";
import { measureRoute, type RouteResult } from "./measure-route";
import { parseArgs, USAGE, type BenchArgs } from "./parse-args";
import { refreshRollupsAfterCopy } from "./refresh-rollups";
import { renderReport } from "./render-report";
import { readFactTables, replicateArticles, type ReplicationBase } from "./replicate-articles";
import { runCorpusImport } from "./run-corpus-import";
import { resetConnections } from "./send-request";

const harness = createHarness("bench", "stopping the dashboard and PostgreSQL, removing temporary files");
const { t0, log } = harness;

async function main(args: BenchArgs): Promise<void> {
  if (!args.setupOnly) ensureDashboardBuild(args.build, harness, "run without --no-build");

  const keepDir = args.keep ? prepareKeepDir(args.keep) : null;
  const work = keepDir ? path.join(keepDir, "work") : makeTempDir("framewatch-bench-");
  if (keepDir) fs.mkdirSync(work);
  else {
    harness.onCleanup(
      () => fs.rmSync(work, { recursive: true, force: true }),
      () => fs.rmSync(work, { recursive: true, force: true }),
    );
  }
  log(`working folder ${work}`);

  const { url, client, machine } = await startBenchDatabase(harness, "bench", keepDir);

  // --- ingest: the import of M generated files doubles as the base set the larger sizes are copied from
  log(`generating ${args.ingestFiles} articles (seed ${args.seed})...`);
  const files = writeGeneratedFiles(path.join(work, "corpus"), args.seed, args.ingestFiles);
  log("analysing them with analyzeArticle alone (one core)...");
  const analysis = measureAnalysis(files);
  log(`  ${analysis.perSecond.toFixed(1)} articles/s (${(analysis.articles / analysis.cpuSeconds).toFixed(1)} per CPU second)`);
  log("COPY of the same texts into a one-column table...");
  const copy = await measureBareCopy(url, files);
  log(`  ${copy.seconds.toFixed(2)} s`);
  log(`corpus import of ${files.length} files...`);
  const importStart = performance.now();
  const imported = await runCorpusImport(url, [path.join(work, "corpus")], path.join(work, "import.log"));
  const stored = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Article"`)).rows[0]!.n);
  log(`  ${stored} articles in ${imported.seconds.toFixed(1)} s (exit ${imported.exitCode}), peak RSS ${Math.round(imported.peakRssBytes / 2 ** 20)} MB`);
  if (imported.exitCode !== 0) log(`  the import reported failures; its log: ${tail(path.join(work, "import.log"))}`);
  const ingest: IngestResult = {
    files: files.length,
    analysis,
    copy,
    import: {
      seconds: imported.seconds,
      stored,
      perSecond: stored / imported.seconds,
      cpuSeconds: imported.cpuSeconds,
      exitCode: imported.exitCode,
      peakRssBytes: imported.peakRssBytes,
      rssByQuarter: peaksByQuarter(imported.rssTimeline),
    },
  };
  let setupStart = importStart;

  // --- routes
  const patterns = discoverRoutes(path.join(DASHBOARD, "src"));
  const { charts, framingDims, evidence } = await loadChartKeys(log);
  const authSecret = newAuthSecret();
  const dashboard = new DashboardServer({
    dashboardDir: DASHBOARD,
    databaseUrl: url,
    port: await findFreePort(),
    logFile: path.join(work, "dashboard.log"),
    rssCapBytes: args.rssCapMb * 2 ** 20,
    authSecret,
    t0,
    log,
  });
  harness.onCleanup(
    () => dashboard.stop(),
    () => dashboard.killNow(),
  );

  const activeQueries = async () => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    return Number(rows[0]!.n);
  };

  const stages: StageResult[] = [];
  let base: ReplicationBase | null = null;
  let fixtures: RouteFixtures | null = null;
  let skipped: SkippedRoute[] = [];
  for (const size of args.articles) {
    log(`building ${size.toLocaleString("en-US")} articles...`);
    await dashboard.stop();
    base = await replicateArticles(client, size, base);
    log("  VACUUM ANALYZE...");
    await client.query("VACUUM ANALYZE");
    const rollups = await refreshRollupsAfterCopy(url);
    const rowCounts = await countRows(client);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    log(`  ready in ${setupSeconds.toFixed(0)} s: ${Object.entries(rowCounts).map(([t, n]) => `${t} ${n}`).join(", ")}; rollups: ${rollups}`);
    if (args.setupOnly) {
      stages.push(partialStage(size, setupSeconds, rowCounts, rollups, []));
      setupStart = performance.now();
      continue;
    }

    // A fresh server per size: nothing cached from the smaller corpus.
    resetConnections();
    await dashboard.start();
    dashboard.sampler.overallPeak = 0;
    fixtures ??= {
      charts,
      framingDims,
      ...(await findDataFixtures(client, base.stride)),
      evidenceMarks: await findEvidenceMarks(client, base.stride, evidence),
      shortLinkId: null,
      sessionCookie: await signInBenchAccount(url, dashboard.origin, authSecret),
    };
    fixtures.shortLinkId ??= await createShortLink(dashboard.origin, fixtures.sessionCookie);
    const expanded = expandRoutes(patterns, fixtures);
    skipped = expanded.skipped;
    const requests = expanded.requests.filter((r) => !args.routes || args.routes.test(r.name));
    const routes: RouteResult[] = [];
    for (const [n, req] of requests.entries()) {
      // A server that is up but answers nothing (its event loop stuck behind the last route's
      // requests) would fail every route after it: restart it, and say so on the route that did it.
      const wedged = dashboard.alive && !(await dashboard.responsive(10_000));
      if (!dashboard.alive || wedged) {
        if (wedged) routes[routes.length - 1]?.crashes.push("unresponsive afterwards (no answer to a 404 in 10 s): restarted");
        log(`  restarting the dashboard (${wedged ? "unresponsive" : "not running"})...`);
        resetConnections();
        await dashboard.restart();
      }
      const r = await measureRoute(dashboard, req, {
        requests: args.requests,
        sequentialBudgetMs: args.sequentialBudget * 1000,
        timeoutMs: args.timeout * 1000,
        connections: args.connections,
        duration: args.duration,
        activeQueries,
      });
      routes.push(r);
      // Figures so far, after every route: an interrupted run still leaves what it measured.
      writeReports(args, buildReport(args, machine, ingest, [...stages, partialStage(size, setupSeconds, rowCounts, rollups, routes)], skipped), false, true);
      log(
        `  ${n + 1}/${requests.length} ${req.name}: ${r.status} ${(r.bytes / 1024).toFixed(0)} KB, p50 ${r.sequential.p50.toFixed(0)} / p95 ${r.sequential.p95.toFixed(0)} ms` +
          (r.load ? `; ${r.load.connections}c p95 ${r.load.latency.p95.toFixed(0)} ms, ${r.load.responses} responses, ${r.load.errors} errors${r.load.rateLimited ? `, ${r.load.rateLimited} rate-limited (429)` : ""}` : "") +
          `; RSS ${Math.round(r.peakRssBytes / 2 ** 20)} MB${r.crashes.length ? `; ${r.crashes.join("; ")}` : ""}`,
      );
    }
    dashboard.sampler.sample();
    stages.push({
      ...partialStage(size, setupSeconds, rowCounts, rollups, routes),
      serverPeakRssBytes: Math.max(dashboard.sampler.overallPeak, ...routes.map((r) => r.peakRssBytes)),
    });
    setupStart = performance.now();
    // Written after every size, so a long run interrupted at 100,000 still leaves the smaller sizes' figures.
    if (stages.length < args.articles.length) writeReports(args, buildReport(args, machine, ingest, stages, skipped), false);
  }
  await dashboard.stop();
  writeReports(args, buildReport(args, machine, ingest, stages, skipped), true);
}

function partialStage(articles: number, setupSeconds: number, rowCounts: Record<string, number>, rollups: string, routes: RouteResult[]): StageResult {
  const serverExits = routes.flatMap((r) => r.crashes);
  return { articles, setupSeconds, rowCounts, rollups, routes: [...routes], serverPeakRssBytes: Math.max(0, ...routes.map((r) => r.peakRssBytes)), serverExits };
}

function buildReport(args: BenchArgs, machine: BenchReport["machine"], ingest: IngestResult, stages: StageResult[], skipped: SkippedRoute[]): BenchReport {
  return {
    machine,
    params: {
      articles: args.articles.join(","),
      ingestFiles: args.ingestFiles,
      seed: args.seed,
      connections: args.connections,
      duration: args.duration,
      requests: args.requests,
      sequentialBudget: args.sequentialBudget,
      timeout: args.timeout,
      routes: args.routes?.source ?? null,
    },
    ingest,
    stages: [...stages],
    skipped,
  };
}

/** The report on stdout (final only) and in the --markdown / --json files. */
function writeReports(args: BenchArgs, report: BenchReport, final: boolean, quiet = false): void {
  const checks = checkTargets(report);
  if (final) process.stdout.write(renderReport(report, checks, false));
  if (args.markdown) writeOutput(args.markdown, renderReport(report, checks, true), quiet);
  if (args.json) writeOutput(args.json, `${JSON.stringify({ ...report, checks }, null, 2)}\n`, quiet);
}

async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["Article", ...(await readFactTables(client)).map((f) => f.table)]) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

function writeOutput(file: string, text: string, quiet = false): void {
  const target = path.resolve(invocationDir(), file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  if (!quiet) log(`wrote ${target}`);
}

/** Exit-hook fallback: PostgreSQL's immediate shutdown (SIGQUIT to the postmaster named in its lock file), then its files. */
function tail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-5).join(" | ");
  } catch {
    return "(no log)";
  }
}

let args: BenchArgs;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
runMain(harness, () => main(args));
