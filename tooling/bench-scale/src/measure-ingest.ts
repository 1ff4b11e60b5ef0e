import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { analyzeArticle } from "@framewatch/corpus-model";
import { generateArticle } from "@framewatch/corpus-model/generate-corpus";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** Writes `count` generated articles as files (the layout `corpus import` reads), returning their paths. */
export function writeGeneratedFiles(dir: string, seed: number, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = generateArticle(seed, i);
    const file = path.join(dir, path.basename(article.source));
    fs.writeFileSync(file, article.raw);
    files.push(file);
  }
  return files;
}

export interface RateFigure {
  articles: number;
  seconds: number;
  /** CPU time of this process over the same span (user + system). */
  cpuSeconds: number;
  perSecond: number;
}

/**
 * `analyzeArticle` alone, in this process, one article after another: the
 * single-core analysis rate the ingest target is stated against. The files
 * are read first (not timed) and 50 articles warm the JIT up.
 */
export function measureAnalysis(files: readonly string[]): RateFigure {
  const texts = files.map((f) => ({ source: path.basename(f), raw: fs.readFileSync(f, "utf8") }));
  for (const t of texts.slice(0, 50)) analyzeArticle(t);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const t of texts) analyzeArticle(t);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { articles: texts.length, seconds, cpuSeconds: (used.user + used.system) / 1e6, perSecond: texts.length / seconds };
}

/** COPY text format: backslash, newline, carriage return and tab are escaped. */
export function copyTextField(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
}

/**
 * The floor for storing the same texts: read each file and COPY it into a
 * one-column table, nothing else. Timed from the first read to the commit.
 */
export async function measureBareCopy(databaseUrl: string, files: readonly string[]): Promise<RateFigure> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP TABLE IF EXISTS bench_copy_texts");
    await client.query("CREATE TABLE bench_copy_texts (raw text NOT NULL)");
    const cpu = process.cpuUsage();
    const started = performance.now();
    function* lines() {
      for (const f of files) yield `${copyTextField(fs.readFileSync(f, "utf8"))}\n`;
    }
    await pipeline(Readable.from(lines()), client.query(copyFrom("COPY bench_copy_texts (raw) FROM STDIN")));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM bench_copy_texts");
    if (Number(rows[0]!.n) !== files.length) throw new Error(`COPY stored ${rows[0]!.n} of ${files.length} texts`);
    return { articles: files.length, seconds, cpuSeconds: (used.user + used.system) / 1e6, perSecond: files.length / seconds };
  } finally {
    await client.query("DROP TABLE IF EXISTS bench_copy_texts").catch(() => {});
    await client.end();
  }
}
