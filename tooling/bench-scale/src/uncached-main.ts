/**
 * `pnpm --filter @framewatch/bench-scale bench:uncached --db DIR/postgres [--db DIR/postgres] [--reviewed 0.01] [--repeat 5]`:
 * what the chart reads cost when no cache holds them, i.e. the first request after an import or a review decision
 * (every repeated request is answered from the per-corpus-version cache, which bench:scale's p50/p95 mostly measure).
 * Runs against databases kept by `bench:scale --keep DIR` (say 5,000 and 100,000 articles; migrated to this
 * checkout's schema first), calling each read directly (no HTTP, no cache), and prints the median of `--repeat`
 * calls per read, filter and mode. With `--reviewed SHARE`, that share of the dated articles gets standing review
 * decisions for the run (removed afterwards): the default mode (applied) costs more the more is reviewed.
 * Figures only.
 */
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { applyMigrations } from "@framewatch/db/migrate";
import { getAttackMatrix, getClaimsTimeline, getCorpusSummary, getOutletFraming } from "@framewatch/db/queries";
import type { FactMode } from "@framewatch/db/queries";
import { startEmbeddedPostgres, type EmbeddedServer } from "@framewatch/db/server";
import { findFreePort } from "@framewatch/db/testing";
import pg from "pg";
import { parseCount } from "./parse-args";
import { removeSeededDecisions, seedReviewDecisions } from "./seed-review-decisions";

interface Args {
  dirs: string[];
  reviewed: number;
  repeat: number;
}

function parse(argv: readonly string[]): Args {
  const args: Args = { dirs: [], reviewed: 0, repeat: 5 };
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    if (t === "--") continue;
    else if (t === "--db") args.dirs.push(path.resolve(argv[++i] ?? ""));
    else if (t === "--repeat") args.repeat = parseCount(t, argv[++i], 1);
    else if (t === "--reviewed") {
      args.reviewed = Number(argv[++i]);
      if (!(args.reviewed > 0 && args.reviewed <= 1)) throw new Error("--reviewed takes a share of the articles, > 0 and <= 1 (0.01 = 1 %)");
    } else throw new Error(`unknown argument "${t}"`);
  }
  if (args.dirs.length === 0) throw new Error("usage: bench:uncached --db DIR/postgres [--db DIR/postgres] [--reviewed 0.01] [--repeat 5]");
  return args;
}

type Filters = Parameters<typeof getOutletFraming>[1];
interface Read {
  name: string;
  modes: readonly FactMode[];
  run: (prisma: PrismaClient, filters: Filters, mode: FactMode) => Promise<unknown>;
}

const MODES: readonly FactMode[] = ["machine", "applied"];
const READS: readonly Read[] = [
  { name: "framing (naming, actors, sourcing, ...)", modes: ["machine"], run: (p, f) => getOutletFraming(p, f) },
  { name: "claims timeline", modes: MODES, run: (p, f, mode) => getClaimsTimeline(p, f, { facts: mode }) },
  { name: "attack matrix", modes: MODES, run: (p, f, mode) => getAttackMatrix(p, f, mode) },
  { name: "overview summary", modes: MODES, run: (p, f, mode) => getCorpusSummary(p, f, mode) },
];

/** Filters drawn from the data: none, the largest outlet, the busiest year, and from the middle of that year on. */
async function chooseFilters(client: pg.Client): Promise<{ label: string; filters: Filters }[]> {
  const { rows: outlets } = await client.query<{ id: number }>(
    `SELECT "outletId" AS id FROM "Article" WHERE "outletId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const { rows: years } = await client.query<{ y: number }>(
    `SELECT extract(year FROM "publishedEarliest")::int AS y FROM "Article" WHERE "publishedEarliest" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const y = years[0]?.y ?? 2017;
  return [
    { label: "no filter", filters: {} },
    ...(outlets[0] ? [{ label: `outlet ${outlets[0].id}`, filters: { outletIds: [outlets[0].id] } }] : []),
    { label: `${y}`, filters: { from: `${y}-01-01`, to: `${y}-12-31` } },
    { label: `from ${y}-06-15`, filters: { from: `${y}-06-15` } },
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Chosen = Awaited<ReturnType<typeof chooseFilters>>;

/** Measures every read on the database in `dir`, with `filters` (chosen from this database when not given). */
async function measure(dir: string, args: Args, filters: Chosen | null): Promise<{ times: Map<string, number>; filters: Chosen }> {
  let server: EmbeddedServer | null = null;
  let client: pg.Client | null = null;
  let prisma: PrismaClient | null = null;
  const out = new Map<string, number>();
  try {
    server = await startEmbeddedPostgres({ dataDir: dir, port: await findFreePort(), persistent: true });
    const url = server.ownerUrl("framewatch");
    await applyMigrations(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`);
    process.stdout.write(`\n${dir}: ${rows[0]!.n.toLocaleString("en-US")} articles`);
    // Whatever an interrupted run left, gone and vacuumed, so runs start alike.
    await removeSeededDecisions(client);
    if (args.reviewed > 0) {
      const seeded = await seedReviewDecisions(client, args.reviewed);
      process.stdout.write(`, ${seeded.decisions.toLocaleString("en-US")} decisions seeded on ${seeded.articles.toLocaleString("en-US")} articles`);
    }
    process.stdout.write("\n");
    prisma = createPrismaClient(url);
    const chosen = filters ?? (await chooseFilters(client));
    for (const { label, filters } of chosen) {
      for (const read of READS) {
        for (const mode of read.modes) {
          const times: number[] = [];
          for (let i = 0; i < args.repeat; i++) {
            const t = performance.now();
            await read.run(prisma, filters, mode);
            times.push(performance.now() - t);
          }
          out.set(`${read.name}\t${label}\t${mode}`, median(times));
          process.stdout.write(".");
        }
      }
    }
    process.stdout.write("\n");
    return { times: out, filters: chosen };
  } finally {
    if (client && args.reviewed > 0) await removeSeededDecisions(client).catch(() => {});
    await client?.end().catch(() => {});
    await prisma?.$disconnect().catch(() => {});
    await server?.stop();
  }
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  // The first database's filters for all, so the columns compare the same reads.
  const results: Map<string, number>[] = [];
  let filters: Chosen | null = null;
  for (const dir of args.dirs) {
    const measured = await measure(dir, args, filters);
    filters = measured.filters;
    results.push(measured.times);
  }
  const names = args.dirs.map((d) => path.basename(path.dirname(d)));
  process.stdout.write(`\nMedian of ${args.repeat} uncached calls, ms${args.reviewed > 0 ? `; ${(args.reviewed * 100).toFixed(1)} % of the dated articles reviewed` : ""}.\n\n`);
  process.stdout.write(`| read | filter | mode | ${names.join(" | ")} |\n| --- | --- | --- |${names.map(() => " ---: |").join("")}\n`);
  for (const key of results[0]!.keys()) {
    const [read, label, mode] = key.split("\t");
    process.stdout.write(`| ${read} | ${label} | ${mode} | ${results.map((r) => (r.has(key) ? r.get(key)!.toFixed(0) : "-")).join(" | ")} |\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
