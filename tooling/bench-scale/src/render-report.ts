import type { BenchReport, StageResult } from "./bench-report";
import type { TargetCheck } from "./check-targets";

const MB = 1024 * 1024;

export function formatBytes(b: number): string {
  if (!(b > 0)) return "0";
  if (b < 1024) return `${b} B`;
  if (b < MB) return `${(b / 1024).toFixed(1)} KB`;
  return `${(b / MB).toFixed(b < 100 * MB ? 1 : 0)} MB`;
}

export function formatMs(x: number): string {
  if (!Number.isFinite(x)) return "-";
  return x < 10 ? x.toFixed(1) : String(Math.round(x));
}

const fmtInt = (n: number) => n.toLocaleString("en-US");

/** A table as aligned plain text or as Markdown; the first `leftColumns` columns are left-aligned, the rest right-aligned. */
export function renderTable(headers: string[], rows: string[][], markdown: boolean, leftColumns = 1): string {
  if (markdown) {
    const esc = (c: string) => c.replace(/\|/g, "\\|");
    return [
      `| ${headers.map(esc).join(" | ")} |`,
      `| ${headers.map((_, i) => (i < leftColumns ? "---" : "---:")).join(" | ")} |`,
      ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
    ].join("\n");
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function routeTable(stage: StageResult, markdown: boolean): string {
  const c = stage.routes.find((r) => r.load)?.load?.connections ?? 0;
  const headers = ["route", "kind", "status", "size", "gzip", "cold ms", "p50 ms", "p95 ms", "n", `${c}c p50`, `${c}c p95`, `${c}c resp`, `${c}c err`, "RSS MB", "notes"];
  const rows = stage.routes.map((r) => [
    r.name,
    r.kind,
    String(r.status || "-"),
    formatBytes(r.bytes),
    formatBytes(r.wireBytes),
    formatMs(r.coldMs),
    formatMs(r.sequential.p50),
    formatMs(r.sequential.p95),
    String(r.sequential.n),
    r.load ? formatMs(r.load.latency.p50) : "-",
    r.load ? formatMs(r.load.latency.p95) : "-",
    r.load ? String(r.load.responses) : "-",
    r.load ? `${r.load.errors}${r.load.rateLimited ? ` (+${r.load.rateLimited} × 429)` : ""}` : "-",
    String(Math.round(r.peakRssBytes / MB)),
    [r.sequentialErrors ? `${r.sequentialErrors}/${r.sequential.n} failed: ${r.firstError}` : "", ...r.crashes.map((x) => `server ${x}`)].filter(Boolean).join("; "),
  ]);
  return renderTable(headers, rows, markdown, 2);
}

export function renderReport(report: BenchReport, checks: TargetCheck[], markdown: boolean): string {
  const out: string[] = [];
  const h = (level: number, text: string) => out.push(markdown ? `${"#".repeat(level)} ${text}\n` : `\n${text}\n${"=".repeat(text.length)}`);
  const p = (text: string) => out.push(markdown ? `${text}\n` : text);
  const m = report.machine;

  h(1, "Framewatch scale benchmark (`pnpm bench:scale`)");
  p(`${m.date}, commit ${m.commit}. Machine: ${m.cores} cores (${m.cpuModel}), ${m.ramGb} GB RAM, Node.js ${m.node}, ${m.postgres}; load average at start ${m.loadAverage}.`);
  p(`Parameters: ${Object.entries(report.params).map(([k, v]) => `${k}=${v}`).join(", ")}.`);
  p(
    "How: a throwaway embedded PostgreSQL; generated articles imported with `corpus import`, then copied in SQL (new ids and hashes, outlets rotated, dates shifted) up to each size; " +
      "the production dashboard (its server, `apps/dashboard/server/main.mjs`). Sequential = one client, time to last byte, gzip accepted; size = the decompressed body. " +
      "Concurrent = that many clients sending back to back for the duration, each request started in the window waited for; errors = timeouts, connection errors and 4xx/5xx; answers 429 (a rate limit at work: the short-link API allows each client a burst of 20, then one every 2 s) are shown apart, not as errors. RSS = the dashboard server's process tree, sampled every 100 ms.",
  );

  h(2, "Targets (issue 9, Done when)");
  out.push(renderTable(["target", "verdict", "figures"], checks.map((c) => [c.target, c.verdict, c.detail]), markdown, 3));
  out.push("");

  h(2, "Ingest");
  const i = report.ingest;
  out.push(
    renderTable(
      ["what", "articles", "seconds", "articles/s", "CPU s", "peak RSS"],
      [
        ["analyzeArticle alone, one core (this process)", fmtInt(i.analysis.articles), i.analysis.seconds.toFixed(1), i.analysis.perSecond.toFixed(1), i.analysis.cpuSeconds.toFixed(1), "-"],
        [`corpus import of ${fmtInt(i.files)} files into an empty database`, fmtInt(i.import.stored), i.import.seconds.toFixed(1), i.import.perSecond.toFixed(1), i.import.cpuSeconds.toFixed(1), formatBytes(i.import.peakRssBytes)],
        ["bare COPY of the same texts into a one-column table", fmtInt(i.copy.articles), i.copy.seconds.toFixed(2), i.copy.perSecond.toFixed(0), i.copy.cpuSeconds.toFixed(2), "-"],
      ],
      markdown,
    ),
  );
  out.push("");
  p(
    `Import / analysis = ${(i.import.perSecond / i.analysis.perSecond).toFixed(2)}x by wall time; ` +
      `per CPU second (the import's own processes, PostgreSQL not counted): ${(i.import.stored / i.import.cpuSeconds).toFixed(1)} imported vs ${(i.analysis.articles / i.analysis.cpuSeconds).toFixed(1)} analysed. ` +
      `Import / COPY = 1 : ${(i.copy.perSecond / i.import.perSecond).toFixed(0)}. ` +
      `Import RSS peak per quarter of the run: ${i.import.rssByQuarter.map(formatBytes).join(" / ")}.`,
  );

  for (const [n, stage] of report.stages.entries()) {
    h(2, `${fmtInt(stage.articles)} articles`);
    p(
      `Setup ${stage.setupSeconds.toFixed(0)} s${n === 0 ? " (the import above included)" : ""}. Rows: ${Object.entries(stage.rowCounts).map(([t, n]) => `${t} ${fmtInt(n)}`).join(", ")}. Rollups: ${stage.rollups}. ` +
        `Dashboard peak RSS ${formatBytes(stage.serverPeakRssBytes)}` +
        (stage.serverExits.length ? `; the server died ${stage.serverExits.length}x (${stage.serverExits.join("; ")}) and was restarted.` : "."),
    );
    out.push(routeTable(stage, markdown));
    out.push("");
  }
  if (report.skipped.length) {
    h(2, "Routes not measured");
    for (const s of report.skipped) p(`${markdown ? "- " : "  "}${s.route}: ${s.reason}`);
  }
  return `${out.join("\n")}\n`;
}
