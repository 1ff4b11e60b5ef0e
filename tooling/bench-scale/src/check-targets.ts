import type { BenchReport, StageResult } from "./bench-report";
import type { RouteResult } from "./measure-route";

export interface TargetCheck {
  target: string;
  verdict: "PASS" | "FAIL" | "n/a";
  detail: string;
}

const MB = 1024 * 1024;
const GB = 1024 * MB;
const TARGET_ARTICLES = 100_000;
/** Ingest must beat single-core analysis by this factor on 2 cores. */
const INGEST_FACTOR = 1.6;
/** "Flat" memory: the last quarter of an import peaks at most this much above the first half. */
const FLAT_SLACK = 1.25;

const mb = (b: number) => `${(b / MB).toFixed(b < 10 * MB ? 2 : 0)} MB`;
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "no answer");

function offenders(list: string[], max = 6): string {
  return list.length <= max ? list.join(", ") : `${list.slice(0, max).join(", ")} and ${list.length - max} more`;
}

function budgetMs(r: RouteResult): number {
  return r.kind === "api" ? 500 : 1000;
}

/**
 * Issue 9's "Done when" lines, checked against the measured figures. The
 * size, latency, error and memory lines are read at the largest corpus
 * measured (the issue states them at 100,000 articles); the growth line
 * needs two sizes. Figures only: nothing here fails a build.
 */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const largest = report.stages[report.stages.length - 1];
  const smallest = report.stages[0];
  const at = (s: StageResult) => (s.articles === TARGET_ARTICLES ? "" : ` (measured at ${s.articles.toLocaleString("en-US")} articles, not ${TARGET_ARTICLES.toLocaleString("en-US")})`);

  if (largest) {
    const big = largest.routes.filter((r) => r.bytes > MB).map((r) => `${r.name} ${mb(r.bytes)}`);
    const unanswered = largest.routes.filter((r) => r.bytes === 0 && r.status === 0).map((r) => r.name);
    checks.push({
      target: "every page's HTML and every API response <= 1 MB",
      verdict: big.length === 0 && unanswered.length === 0 ? "PASS" : "FAIL",
      detail:
        (big.length ? `${big.length} of ${largest.routes.length} over: ${offenders(big)}` : `largest ${mb(Math.max(0, ...largest.routes.map((r) => r.bytes)))}`) +
        (unanswered.length ? `; no answer: ${offenders(unanswered)}` : "") +
        at(largest),
    });

    const slow = largest.routes.filter((r) => !(r.sequential.p95 <= budgetMs(r)) || r.sequentialErrors === r.sequential.n);
    checks.push({
      target: "p95 <= 500 ms for every API route and <= 1 s for every page (sequential requests)",
      verdict: slow.length === 0 ? "PASS" : "FAIL",
      detail: (slow.length ? `${slow.length} of ${largest.routes.length} over: ${offenders(slow.map((r) => `${r.name} ${ms(r.sequential.p95)}`))}` : "all within") + at(largest),
    });

    const loaded = largest.routes.filter((r) => r.load !== null);
    if (loaded.length === 0) {
      checks.push({ target: "20 concurrent clients for 20 s: 0 errors", verdict: "n/a", detail: "load runs skipped (--duration 0)" });
    } else {
      const failing = largest.routes.filter((r) => (r.load?.errors ?? 0) > 0 || r.crashes.length > 0 || r.sequentialErrors > 0);
      const clients = loaded[0]!.load!.connections;
      const seconds = Math.round(loaded[0]!.load!.seconds);
      checks.push({
        target: "20 concurrent clients for 20 s: 0 errors",
        verdict: failing.length === 0 && clients >= 20 && seconds >= 20 ? "PASS" : "FAIL",
        detail:
          (failing.length
            ? `${failing.length} of ${loaded.length} routes with errors or crashes: ${offenders(failing.map((r) => `${r.name} ${r.load?.errors ?? 0} errors${r.sequentialErrors ? ` (+${r.sequentialErrors} sequential: ${r.firstError})` : ""}${r.crashes.length ? `, server ${r.crashes[0]}` : ""}`))}`
            : `0 errors over ${loaded.length} routes`) +
          (clients < 20 || seconds < 20 ? ` (run with ${clients} clients for ${seconds} s, below the target's 20 for 20 s)` : "") +
          at(largest),
      });
    }

    checks.push({
      target: "dashboard server RSS <= 1 GB",
      verdict: largest.serverPeakRssBytes <= GB && largest.serverExits.length === 0 ? "PASS" : "FAIL",
      detail: `peak ${mb(largest.serverPeakRssBytes)}` + (largest.serverExits.length ? `; server died ${largest.serverExits.length}x: ${largest.serverExits[0]}` : "") + at(largest),
    });
  }

  if (largest && smallest && largest !== smallest) {
    const before = new Map(smallest.routes.map((r) => [r.name, r]));
    const grew: string[] = [];
    let compared = 0;
    for (const r of largest.routes) {
      const b = before.get(r.name);
      if (!b) continue;
      compared++;
      if (!(r.sequential.p95 <= 2 * b.sequential.p95)) grew.push(`${r.name} ${ms(b.sequential.p95)} -> ${ms(r.sequential.p95)}`);
    }
    checks.push({
      target: `p95 at ${largest.articles.toLocaleString("en-US")} articles <= 2x p95 at ${smallest.articles.toLocaleString("en-US")} for every route`,
      verdict: grew.length === 0 && compared > 0 ? "PASS" : "FAIL",
      detail: grew.length ? `${grew.length} of ${compared} grew more: ${offenders(grew)}` : `${compared} routes compared`,
    });
  } else {
    checks.push({ target: "p95 at 100,000 articles <= 2x p95 at 5,000 for every route", verdict: "n/a", detail: "needs two sizes: --articles 5000,100000" });
  }

  const { ingest } = report;
  const ratio = ingest.import.perSecond / ingest.analysis.perSecond;
  checks.push({
    target: `ingest >= ${INGEST_FACTOR}x the single-core analysis rate`,
    verdict: ingest.import.exitCode === 0 && ratio >= INGEST_FACTOR ? "PASS" : "FAIL",
    detail:
      `${ingest.import.perSecond.toFixed(1)} articles/s imported vs ${ingest.analysis.perSecond.toFixed(1)}/s analysed = ${ratio.toFixed(2)}x on ${report.machine.cores} cores` +
      (ingest.import.exitCode !== 0 ? `; corpus import exited with ${ingest.import.exitCode}` : ""),
  });

  const [q1 = 0, q2 = 0, , q4 = 0] = ingest.import.rssByQuarter;
  const firstHalf = Math.max(q1, q2);
  const flat = firstHalf > 0 && q4 <= FLAT_SLACK * firstHalf;
  checks.push({
    target: "memory flat over a 20,000-file import",
    verdict: flat ? "PASS" : "FAIL",
    detail:
      `import RSS peak per quarter: ${ingest.import.rssByQuarter.map(mb).join(" / ")} (flat = last quarter <= ${FLAT_SLACK}x the first half)` +
      (ingest.files < 20_000 ? `; over ${ingest.files.toLocaleString("en-US")} files, run with --ingest-files 20000 for the target` : ""),
  });

  for (const target of [
    "two `corpus worker` processes share an import with no duplicate and no lost article",
    "an import survives a restart of the start command mid-way",
    "the dashboard process dying never takes PostgreSQL down",
    "the e2e suite still passes",
  ]) {
    checks.push({ target, verdict: "n/a", detail: "checked by the integration and e2e tests, not by this benchmark" });
  }
  return checks;
}
