import { MEASURES, type EvalSummary, type MeasureTable } from "@framewatch/corpus-model/eval";
import { printable } from "./printable";

/** What `corpus eval` found besides the scores: documents it could not score and gold articles it had no file for. */
export interface EvalNotes {
  gold: string;
  extractorVersions: string[];
  /** Documents the gold does not describe (skipped). */
  notInGold: string[];
  /** Documents matching a gold article another document already matched (the same file named twice, say): skipped. */
  duplicates: { source: string; reason: string }[];
  failed: { source: string; error: string }[];
  goldWithoutFile: string[];
}

/** `corpus eval`'s readable report: one line per measure, then per-outlet and per-version F1 lines, then the notes. */
export function formatEvalReport(summary: EvalSummary, notes: EvalNotes): string {
  const lines: string[] = [];
  const n = summary.overall.articles;
  lines.push(`${n} ${n === 1 ? "article" : "articles"} scored against ${printable(notes.gold)} (extractor ${notes.extractorVersions.join(", ") || "none"}).`, "");
  lines.push(...measureTable(summary.overall.measures));
  if (summary.byOutlet.length > 0) {
    lines.push("", "F1 by outlet:", ...groupTable(summary.byOutlet.map((g) => ({ name: g.outlet, articles: g.articles, measures: g.measures }))));
  }
  if (summary.byExtractorVersion.length > 1) {
    lines.push("", "F1 by extractor version:", ...groupTable(summary.byExtractorVersion.map((g) => ({ name: g.extractorVersion, articles: g.articles, measures: g.measures }))));
  }
  const list = (title: string, items: string[]) => {
    if (items.length > 0) lines.push("", `${title} (${items.length}):`, ...items.map((i) => `  ${i}`));
  };
  list("Not scored: not in the gold", notes.notInGold.map(printable));
  list("Not scored: already scored", notes.duplicates.map((s) => `${printable(s.source)}: ${s.reason}`));
  list("Not scored: failed", notes.failed.map((f) => `${printable(f.source)}: ${f.error}`));
  list("In the gold, but no file given", notes.goldWithoutFile.map(printable));
  return lines.join("\n");
}

function measureTable(measures: MeasureTable): string[] {
  const header = ["measure", "P", "R", "F1", "tp", "fp", "fn", "articles", ""];
  const rows = MEASURES.map(({ id, label }) => {
    const m = measures[id];
    const accuracy = m.accuracy === undefined ? "" : `accuracy ${percent(m.accuracy)} of ${measures.claimsLoose.tp} matched`;
    return [label, percent(m.precision), percent(m.recall), percent(m.f1), String(m.tp), String(m.fp), String(m.fn), String(m.articles), accuracy];
  });
  return align([header, ...rows], true);
}

function groupTable(groups: { name: string; articles: number; measures: MeasureTable }[]): string[] {
  const header = ["", "articles", ...MEASURES.map((m) => m.label)];
  const rows = groups.map((g) => [printable(g.name), String(g.articles), ...MEASURES.map(({ id }) => percent(g.measures[id].f1))]);
  return align([header, ...rows]).map((l) => `  ${l}`);
}

/** A rate as a person reads it; "–" where there was nothing to count (not 0%, not 100%). */
function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "–" : `${(rate * 100).toFixed(1)}%`;
}

function align(rows: string[][], freeLast = false): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  // The first column is a name, left-aligned; figures right-aligned so their digits line up; a free-text last column as is.
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : freeLast && i === r.length - 1 ? cell : cell.padStart(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}
