/**
 * Time and memory of `analyzeArticle` on pathological inputs at growing
 * sizes: a linear pipeline roughly doubles its time when the input doubles;
 * a quadratic one quadruples.
 *
 *   pnpm bench:pathological [--max-mb N] [--only NAME]
 *
 * On the 2-core development machine (2026-11-29), after the fixes of issue 10:
 * a one-line article took 4.5 s at 1.25 MB, 7.1 s at 2.5 MB and 13.9 s at
 * 5 MB (before: 3.4 s at 0.25 MB, 96 s at 1 MB); 100,000-level nested HTML
 * takes under a second at any depth (before: 15 s at 953 levels).
 *
 * Prints figures only; nothing is asserted (tests check behaviour, not time).
 */
import { performance } from "node:perf_hooks";
import { analyzeArticle } from "../src/analyze";
import { PATHOLOGICAL_INPUTS } from "./pathological-inputs";

const argv = process.argv.slice(2);
const maxMb = Number(argv[argv.indexOf("--max-mb") + 1] ?? 1) || 1;
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;

for (const [name, make] of Object.entries(PATHOLOGICAL_INPUTS)) {
  if (only && !name.includes(only)) continue;
  for (let mb = maxMb / 4; mb <= maxMb; mb *= 2) {
    const raw = make(mb * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const t = performance.now();
    let outcome: string;
    try {
      const a = analyzeArticle({ source: name, raw });
      outcome = `body ${a.body.length} chars, ${a.fighterClaims.length} claims`;
    } catch (error) {
      outcome = `threw ${(error as Error).message.slice(0, 80)}`;
    }
    const ms = performance.now() - t;
    const grew = (process.memoryUsage().rss - rss) / 1024 / 1024;
    console.log(`${name.padEnd(32)} ${(raw.length / 1024 / 1024).toFixed(2).padStart(6)} MB  ${ms.toFixed(0).padStart(7)} ms  rss +${grew.toFixed(0)} MB  ${outcome}`);
  }
}
