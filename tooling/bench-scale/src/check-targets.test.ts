import { describe, expect, it } from "vitest";
import { peaksByQuarter, type BenchReport, type StageResult } from "./bench-report";
import { checkTargets } from "./check-targets";
import type { RouteResult } from "./measure-route";
import { renderReport } from "./render-report";

const MB = 1024 * 1024;

function route(name: string, kind: "page" | "api", p95: number, extra: Partial<RouteResult> = {}): RouteResult {
  return {
    name,
    kind,
    status: 200,
    bytes: 50_000,
    wireBytes: 10_000,
    coldMs: p95,
    sequential: { n: 20, p50: p95 / 2, p95, max: p95 },
    sequentialErrors: 0,
    firstError: null,
    load: { connections: 20, seconds: 20, responses: 400, latency: { n: 400, p50: p95, p95: p95 * 2, max: p95 * 3 }, errors: 0, rateLimited: 0, timeouts: 0, drainSeconds: 20 },
    peakRssBytes: 300 * MB,
    crashes: [],
    ...extra,
  };
}

function stage(articles: number, routes: RouteResult[], extra: Partial<StageResult> = {}): StageResult {
  return { articles, setupSeconds: 60, rowCounts: { Article: articles }, rollups: "none", routes, serverPeakRssBytes: 400 * MB, serverExits: [], ...extra };
}

function report(stages: StageResult[], importPerSecond = 400): BenchReport {
  return {
    machine: { date: "2026-12-01T00:00:00Z", cores: 2, cpuModel: "cpu", ramGb: 24, node: "v20", postgres: "PostgreSQL 18", commit: "abc", loadAverage: "0.1" },
    params: { articles: stages.map((s) => s.articles).join(",") },
    ingest: {
      files: 5000,
      analysis: { articles: 5000, seconds: 25, cpuSeconds: 25, perSecond: 200 },
      copy: { articles: 5000, seconds: 0.5, cpuSeconds: 0.3, perSecond: 10_000 },
      import: { seconds: 5000 / importPerSecond, stored: 5000, perSecond: importPerSecond, cpuSeconds: 5000 / importPerSecond, exitCode: 0, peakRssBytes: 500 * MB, rssByQuarter: [300 * MB, 400 * MB, 410 * MB, 420 * MB] },
    },
    stages,
    skipped: [],
  };
}

const verdicts = (r: BenchReport) => Object.fromEntries(checkTargets(r).map((c) => [c.target.split(" ").slice(0, 3).join(" "), c.verdict]));

describe("checkTargets", () => {
  const good = [route("/", "page", 400), route("/api/charts/claims", "api", 200)];

  it("passes a run within every target, and leaves the test-only lines n/a", () => {
    const checks = checkTargets(report([stage(5000, good), stage(100_000, good.map((r) => ({ ...r, sequential: { ...r.sequential, p95: r.sequential.p95 * 1.5 } })))]));
    expect(checks.filter((c) => c.verdict === "FAIL")).toEqual([]);
    expect(checks.filter((c) => c.verdict === "n/a").map((c) => c.target)).toHaveLength(4);
  });

  it("holds pages to 1 s and API routes to 500 ms", () => {
    const v = verdicts(report([stage(100_000, [route("/", "page", 900), route("/api/charts/x", "api", 600)])]));
    expect(v["p95 <= 500"]).toBe("FAIL");
    const detail = checkTargets(report([stage(100_000, [route("/", "page", 900), route("/api/charts/x", "api", 600)])])).find((c) => c.target.startsWith("p95 <= 500"))!.detail;
    expect(detail).toContain("/api/charts/x 600 ms");
    expect(detail).not.toContain("/ 900");
  });

  it("fails on size, errors, crashes and memory, naming the routes", () => {
    const bad = stage(
      100_000,
      [
        route("/claims", "page", 300, { bytes: 84 * MB }),
        route("/api/charts/claims", "api", 100, { sequentialErrors: 20, firstError: "HTTP 500", crashes: ["exited (SIGKILL)"] }),
      ],
      { serverPeakRssBytes: 5 * 1024 * MB, serverExits: ["exited (SIGKILL)"] },
    );
    const checks = checkTargets(report([bad]));
    const get = (prefix: string) => checks.find((c) => c.target.startsWith(prefix))!;
    expect(get("every page").verdict).toBe("FAIL");
    expect(get("every page").detail).toContain("/claims 84 MB");
    expect(get("20 concurrent").verdict).toBe("FAIL");
    expect(get("20 concurrent").detail).toContain("HTTP 500");
    expect(get("dashboard server RSS").verdict).toBe("FAIL");
    // A route whose every request failed has no p95 to trust.
    expect(get("p95 <= 500").verdict).toBe("FAIL");
  });

  it("compares p95 across sizes route by route, and says when it cannot", () => {
    const grown = stage(100_000, [route("/", "page", 400), route("/api/charts/claims", "api", 450)]);
    const check = checkTargets(report([stage(5000, good), grown])).find((c) => c.target.includes("2x"))!;
    expect(check.verdict).toBe("FAIL");
    expect(check.detail).toContain("/api/charts/claims 200 ms -> 450 ms");
    expect(checkTargets(report([grown])).find((c) => c.target.includes("2x"))!.verdict).toBe("n/a");
  });

  it("reads the ingest target as import rate over single-core analysis rate", () => {
    expect(verdicts(report([stage(5000, good)], 25))["ingest >= 1.6x"]).toBe("FAIL");
    expect(verdicts(report([stage(5000, good)], 330))["ingest >= 1.6x"]).toBe("PASS");
  });

  it("calls import memory flat when the last quarter stays near the first half's peak", () => {
    const withQuarters = (q: number[]) => {
      const r = report([stage(5000, good)]);
      r.ingest.import.rssByQuarter = q.map((x) => x * MB);
      return checkTargets(r).find((c) => c.target.startsWith("memory flat"))!.verdict;
    };
    expect(withQuarters([350, 240, 360, 400])).toBe("PASS");
    expect(withQuarters([300, 400, 600, 900])).toBe("FAIL");
    expect(withQuarters([0, 0, 0, 0])).toBe("FAIL");
  });

  it("a run with fewer than 20 clients cannot pass the load line", () => {
    const light = good.map((r) => ({ ...r, load: { ...r.load!, connections: 5 } }));
    expect(verdicts(report([stage(100_000, light)]))["20 concurrent clients"]).toBe("FAIL");
  });
});

describe("peaksByQuarter", () => {
  it("splits the run by time", () => {
    expect(peaksByQuarter([[0, 1], [1, 5], [2, 3], [3, 4], [4, 2]])).toEqual([1, 5, 3, 4]);
    expect(peaksByQuarter([])).toEqual([0, 0, 0, 0]);
  });
});

describe("renderReport", () => {
  it("renders the checks, ingest and route tables as Markdown", () => {
    const r = report([stage(5000, [route("/claims?outlets=3", "page", 400)])]);
    const md = renderReport(r, checkTargets(r), true);
    expect(md).toContain("| target | verdict | figures |");
    expect(md).toMatch(/\| \/claims\?outlets=3 \| page \| 200 \| 48\.8 KB \|/);
    expect(md).toContain("2 cores");
    const text = renderReport(r, checkTargets(r), false);
    expect(text).not.toContain("| ---");
  });
});
