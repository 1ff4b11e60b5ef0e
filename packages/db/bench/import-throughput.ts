/**
 * Ingest throughput and memory, next to the two bounds that matter: the
 * analysis alone on one core, and a bare COPY of the same texts.
 *
 *   pnpm bench:import [--count N] [--workers W] [--seed S] [--analysis-count A]
 *
 * On a throwaway PostgreSQL (or DATABASE_URL): writes N generated article
 * files, COPYs their texts into a scratch table (the storage floor), runs
 * analyzeArticle over A of them (default up to 2,000) in this process (the one-core
 * analysis rate, measured at the same moment as the import, since the
 * machine is shared), then starts `corpus worker --processes W` (W = cores)
 * and times `corpus import DIR` through the real CLI, sampling the RSS of
 * the importer and of every worker process. Prints figures only; nothing is
 * asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeArticle } from "@framewatch/corpus-model";
import { applyMigrations } from "../src/migrate";
import { countLiveWorkers, createPgPool, prepareImportQueue, readArticleFile, walkFiles } from "../src/import";
import { copyRows } from "../src/import/copy-rows";
import { createScratchDatabase, makeTempDir, startThrowawayPostgres, writeGeneratedCorpus } from "../src/testing";
import { REPO_ROOT } from "../src/paths";

const CLI = path.join(REPO_ROOT, "packages", "cli", "bin", "corpus.mjs");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const count = arg("count", 5_000);
const workers = arg("workers", os.availableParallelism());
const seed = arg("seed", 42);
const analysisCount = arg("analysis-count", Math.min(count, 2_000));
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** VmRSS in kB of a live process, 0 once it is gone. */
function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * User + system CPU seconds of a process tree: its live processes, plus what
 * the ones that ended (PostgreSQL backends of closed connections) left in
 * their parents' reaped-children counters.
 */
function cpuSeconds(pid: number): number {
  const tick = 100;
  let total = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const f = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      total += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / tick;
    } catch {
      // gone
    }
  }
  return total;
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

function cli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env, INIT_CWD: REPO_ROOT }, stdio: ["ignore", "pipe", "pipe"] });
}

const server = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
const url = process.env.DATABASE_URL ?? (await createScratchDatabase(server!, "bench"));
const postmaster = server ? Number(fs.readFileSync(path.join(server.dataDir, "postmaster.pid"), "utf8").split("\n")[0]) : null;
const dir = makeTempDir("framewatch-bench-files-");
try {
  await applyMigrations(url);
  const pool = createPgPool(url, 4);
  await prepareImportQueue(pool);

  let t = performance.now();
  const bytes = writeGeneratedCorpus(dir, count, seed);
  console.log(`corpus: ${count} generated files, ${(bytes / 1e6).toFixed(1)} MB, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // The storage floor: the same texts, read from disk and COPYed into a bare table.
  const client = await pool.connect();
  await client.query("CREATE TABLE bench_copy (source text, raw text)");
  t = performance.now();
  await copyRows(client, "bench_copy", ["source", "raw"], (function* () {
    for (const f of walkFiles([dir])) if (!("reason" in f)) yield [f.source, readArticleFile(f.path, f.source).text];
  })());
  const copySeconds = (performance.now() - t) / 1000;
  await client.query("DROP TABLE bench_copy");
  client.release();
  console.log(`bare COPY of the texts: ${copySeconds.toFixed(2)} s = ${Math.round(count / copySeconds)} articles/s`);

  // The analysis alone, one core, on the first files (after a warm-up, as pnpm bench does).
  const files = [...walkFiles([dir])].filter((f) => !("reason" in f)).slice(0, analysisCount) as { path: string; source: string }[];
  for (const f of files.slice(0, 50)) analyzeArticle({ source: f.source, raw: readArticleFile(f.path).text });
  const cpu0 = process.cpuUsage();
  t = performance.now();
  for (const f of files) analyzeArticle({ source: f.source, raw: readArticleFile(f.path).text });
  const analysisSeconds = (performance.now() - t) / 1000;
  const analysisCpu = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6;
  const single = files.length / analysisSeconds;
  console.log(
    `analysis alone, one core: ${files.length} articles in ${analysisSeconds.toFixed(1)} s = ${single.toFixed(0)} articles/s ` +
      `(${((analysisCpu / files.length) * 1000).toFixed(2)} ms CPU per article)`,
  );

  // The pool, started first and awaited, as `npm start` keeps it running.
  const pgCpu0 = postmaster ? cpuSeconds(postmaster) : 0;
  const worker = cli(["worker", "--processes", String(workers)], { DATABASE_URL: url });
  worker.stderr!.pipe(process.stderr);
  while ((await countLiveWorkers(pool)) < workers) await new Promise((r) => setTimeout(r, 200));
  const workerCpu0 = cpuSeconds(worker.pid!);

  const importer = cli(["import", dir], { DATABASE_URL: url });
  let stderr = "";
  importer.stderr!.on("data", (d) => (stderr += String(d)));
  importer.stdout!.on("data", (d) => process.stdout.write(String(d)));
  const samples: { s: number; importer: number; workers: number[] }[] = [];
  const start = performance.now();
  let importerCpu = 0;
  const timer = setInterval(() => {
    importerCpu = Math.max(importerCpu, cpuSeconds(importer.pid!));
    samples.push({ s: (performance.now() - start) / 1000, importer: rssKb(importer.pid!), workers: descendants(worker.pid!).map(rssKb).filter((k) => k > 0) });
  }, 250);
  const code = await new Promise<number | null>((resolve) => importer.on("exit", resolve));
  clearInterval(timer);
  const wall = (performance.now() - start) / 1000;
  const workerCpu = cpuSeconds(worker.pid!) - workerCpu0;
  const pgCpu = postmaster ? cpuSeconds(postmaster) - pgCpu0 : NaN;
  worker.kill("SIGINT");
  await new Promise((resolve) => worker.on("exit", resolve));

  const reported = /(\d+) files in ([\d.]+) s/.exec(stderr);
  const importSeconds = reported ? Number(reported[2]) : wall;
  const rate = count / importSeconds;
  console.log(`import with ${workers} worker processes: exit ${code}, ${count} files in ${importSeconds.toFixed(1)} s = ${rate.toFixed(0)} articles/s`);
  console.log(`  = ${(rate / single).toFixed(2)}x the one-core analysis rate; ${(rate / (count / copySeconds) * 100).toFixed(1)} % of the bare COPY rate`);
  const perArticle = (s: number) => `${((s / count) * 1000).toFixed(2)} ms per article`;
  console.log(
    `  CPU: workers ${workerCpu.toFixed(1)} s (${perArticle(workerCpu)}), PostgreSQL ${pgCpu.toFixed(1)} s (${perArticle(pgCpu)}), ` +
      `importer ${importerCpu.toFixed(1)} s (${perArticle(importerCpu)})`,
  );
  // What the same work yields where the two cores are not shared with anything else: the
  // machine's CPU seconds, spent as measured, divided over its cores.
  const cpuPerArticle = (workerCpu + pgCpu + importerCpu) / count;
  const cpuBound = Math.min(workers, os.availableParallelism()) / cpuPerArticle;
  console.log(
    `  CPU-bound rate on ${Math.min(workers, os.availableParallelism())} idle cores: ${cpuBound.toFixed(0)} articles/s = ` +
      `${(cpuBound * (analysisCpu / files.length)).toFixed(2)}x the one-core analysis rate measured in CPU time`,
  );
  const at = (f: number) => samples[Math.min(samples.length - 1, Math.floor(f * samples.length))];
  const fmt = (x: (typeof samples)[number] | undefined) => (x ? `${x.s.toFixed(0)}s importer ${mb(x.importer)}, workers ${x.workers.map(mb).join(" + ")}` : "-");
  console.log(`RSS: ${[0.1, 0.5, 0.9].map((f) => fmt(at(f))).join("; ")}`);
  const maxImporter = Math.max(...samples.map((x) => x.importer));
  const maxWorker = Math.max(...samples.flatMap((x) => x.workers));
  console.log(`RSS max: importer ${mb(maxImporter)}, worker process ${mb(maxWorker)}`);
  const { rows } = await pool.query<{ articles: number; distinct: number }>(`SELECT count(*)::int AS articles, count(DISTINCT sha256)::int AS distinct FROM "Article"`);
  console.log(`stored: ${rows[0]!.articles} articles (${rows[0]!.distinct} distinct)`);
  await pool.end();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  await server?.stop();
}
