/**
 * Throughput of `analyzeArticle` alone on a generated corpus.
 *
 *   tsx bench/analyze-throughput.ts [--count N] [--seed S]
 *
 * Generates the corpus first (timed separately), warms up on ~50 articles,
 * then times each `analyzeArticle` call with performance.now(). Prints
 * figures only; nothing is asserted. The checksum line summarises the
 * extracted facts so two runs (or two versions of the extractor) can be
 * compared at a glance.
 */
import { performance } from "node:perf_hooks";
import { analyzeArticle } from "../src/analyze";
import type { ArticleAnalysis } from "../src/model/types";
import { generateCorpus, type GeneratedArticle } from "./generate-corpus";

interface Args {
  count: number;
  seed: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { count: 10000, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes("=") ? (a.split("=", 2) as [string, string]) : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer, got ${String(v)}`);
      return n;
    };
    if (flag === "--count") args.count = value();
    else if (flag === "--seed") args.seed = value();
    else if (flag === "--help" || flag === "-h") {
      console.log("usage: tsx bench/analyze-throughput.ts [--count N] [--seed S]   (defaults: --count 10000 --seed 42)");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** FNV-1a over a string, folded into a running 32-bit hash. */
function fnv(hash: number, s: string): number {
  let h = hash;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The facts of one analysis as a compact string, hashed into the run checksum. */
function factKey(a: ArticleAnalysis): string {
  const claims = a.fighterClaims.map((c) => `${c.low}/${c.high}/${c.qualifier}/${c.unit}/${c.claimantType}/${c.refersTo}@${c.quantity.start}`).join(";");
  const attacks = a.attacks.map((t) => `${t.type}@${t.trigger.start}`).join(";");
  const signals = a.framing.signals.map((s) => `${s.dimension}:${s.rule}@${s.match.start}`).join(";");
  const terms = Object.values(a.groupTerms).join(",");
  return `${a.body.length}|${a.outlet?.name ?? "-"}|${a.published?.date ?? "-"}|${terms}|${claims}|${attacks}|${signals}`;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

const mb = (bytes: number) => bytes / (1024 * 1024);
const fmt = (n: number, d = 2) => n.toFixed(d);
const heap = () => process.memoryUsage().heapUsed;

/** "generated/s42/00017-html.html" -> "html". */
function kindOf(source: string): string {
  return /-([a-z]+)\.(?:txt|html)$/.exec(source)?.[1] ?? "?";
}

function main(): void {
  const { count, seed } = parseArgs(process.argv.slice(2));

  const genStart = performance.now();
  const corpus: GeneratedArticle[] = generateCorpus({ seed, count });
  const genMs = performance.now() - genStart;
  const rawBytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.raw, "utf8"), 0);
  const rawWords = corpus.reduce((s, a) => s + a.raw.split(/\s+/).length, 0);
  console.log(`corpus: ${count} articles, seed ${seed}, ${fmt(mb(rawBytes))} MB raw, ~${Math.round(rawWords / Math.max(1, count))} words/article; generated in ${fmt(genMs / 1000)} s`);

  // Warm-up: lets the JIT settle and loads the HTML dependencies; not timed.
  const warm = Math.min(50, corpus.length);
  for (let i = 0; i < warm; i++) {
    try {
      analyzeArticle(corpus[i]!);
    } catch {
      // counted in the timed pass
    }
  }

  const heapBefore = heap();
  const times = new Float64Array(corpus.length);
  const errors: { index: number; source: string; message: string }[] = [];
  let claims = 0;
  let attacks = 0;
  let signals = 0;
  let checksum = 0x811c9dc5;
  let analysedMs = 0;
  const loopStart = performance.now();
  for (let i = 0; i < corpus.length; i++) {
    const article = corpus[i]!;
    let result: ArticleAnalysis | null = null;
    let message: string | null = null;
    const t0 = performance.now();
    try {
      result = analyzeArticle(article);
    } catch (err) {
      message = err instanceof Error ? err.message : String(err);
    }
    const dt = performance.now() - t0;
    times[i] = dt;
    analysedMs += dt;
    if (message !== null) {
      errors.push({ index: i, source: article.source, message });
    } else if (result) {
      claims += result.fighterClaims.length;
      attacks += result.attacks.length;
      signals += result.framing.signals.length;
      checksum = fnv(checksum, factKey(result));
    }
  }
  const loopMs = performance.now() - loopStart;
  const heapAfter = heap();

  const sorted = Array.from(times).sort((a, b) => a - b);
  const secs = analysedMs / 1000;
  console.log(`analyzeArticle: ${count} articles in ${fmt(secs, 3)} s (loop incl. bookkeeping ${fmt(loopMs / 1000, 3)} s)`);
  console.log(`throughput: ${fmt(count / secs, 1)} articles/s, ${fmt(mb(rawBytes) / secs)} MB/s`);
  console.log(
    `per article (ms): p50 ${fmt(percentile(sorted, 50), 3)}  p95 ${fmt(percentile(sorted, 95), 3)}  p99 ${fmt(percentile(sorted, 99), 3)}  max ${fmt(sorted[sorted.length - 1] ?? NaN, 3)}`,
  );
  console.log(`heap used: before ${fmt(mb(heapBefore), 1)} MB, after ${fmt(mb(heapAfter), 1)} MB`);
  console.log(`facts: ${claims} claims, ${attacks} attacks, ${signals} framing signals; checksum ${checksum.toString(16).padStart(8, "0")}`);

  // Per-kind breakdown, slowest mean first, so a slow layout stands out.
  const byKind = new Map<string, number[]>();
  corpus.forEach((a, i) => {
    const k = kindOf(a.source);
    let list = byKind.get(k);
    if (!list) byKind.set(k, (list = []));
    list.push(times[i]!);
  });
  const kinds = [...byKind.entries()]
    .map(([k, ts]) => {
      const s = ts.slice().sort((a, b) => a - b);
      return { k, n: s.length, mean: s.reduce((x, y) => x + y, 0) / s.length, p95: percentile(s, 95) };
    })
    .sort((a, b) => b.mean - a.mean);
  console.log(`by kind (mean/p95 ms): ${kinds.map((x) => `${x.k} ${fmt(x.mean, 2)}/${fmt(x.p95, 2)} (n=${x.n})`).join(", ")}`);

  const slowest = corpus
    .map((a, i) => ({ i, source: a.source, ms: times[i]!, kb: a.raw.length / 1024 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  console.log(`slowest: ${slowest.map((s) => `#${s.i} ${s.source} ${fmt(s.ms, 1)} ms (${fmt(s.kb, 1)} KB)`).join("; ")}`);

  console.log(`exceptions: ${errors.length}`);
  for (const e of errors.slice(0, 10)) {
    console.log(`  THREW seed ${seed} index ${e.index} (${e.source}): ${e.message}`);
  }
  if (errors.length > 10) console.log(`  ... and ${errors.length - 10} more`);
}

main();
