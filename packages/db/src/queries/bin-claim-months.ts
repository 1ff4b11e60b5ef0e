import type { ClaimBin } from "@framewatch/corpus-model/model";

export type { ClaimBin };

/** Placeable claims of one colour group and unit whose publication interval centres in one month. */
export interface ClaimMonth {
  /** Claimant type, or outlet id as text ("0" = unknown). */
  group: string;
  unit: string;
  /** First day of the month, ISO. */
  month: string;
  count: number;
  min: number | null;
  max: number | null;
  /** Sum of the claims' drawn values (linear middle of ranges). */
  sum: number;
  /** Sum of ln(value) over the `positive` claims with a value > 0 (geometric middle of ranges). */
  sumLog: number;
  positive: number;
  /** Of `count`, the claims with a standing accept, correct or add (0 in machine mode). */
  reviewed?: number;
}

/** Bin widths in months, smallest first: month, two months, quarter, half-year, year, 2, 5, 10, 25 years. */
const WIDTHS = [1, 2, 3, 6, 12, 24, 60, 120, 300];

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const isoOfMonth = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
function lastDayOfMonth(index: number): string {
  const d = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0));
  return d.toISOString().slice(0, 10);
}

/**
 * Groups per-month aggregates into calendar-aligned bins (quarters start in
 * January, April...; 5-year bins in years divisible by 5): the narrowest
 * width that keeps the span within `maxBins` bins and the marks (group x
 * unit x bin) within `maxMarks`. Pure.
 */
export function binClaimMonths(months: readonly ClaimMonth[], maxBins: number, maxMarks = Infinity): { bins: ClaimBin[]; binMonths: number } {
  if (months.length === 0) return { bins: [], binMonths: 1 };
  const indices = months.map((m) => monthIndex(m.month));
  const lo = Math.min(...indices);
  const hi = Math.max(...indices);
  const marks = (w: number) => new Set(months.map((m, i) => `${m.group}|${m.unit}|${Math.floor(indices[i]! / w)}`)).size;
  const width = WIDTHS.find((w) => Math.floor(hi / w) - Math.floor(lo / w) + 1 <= maxBins && marks(w) <= maxMarks) ?? WIDTHS.at(-1)!;
  const bins = new Map<string, ClaimBin & { sum: number; sumLog: number; positive: number }>();
  for (const m of months) {
    const first = Math.floor(monthIndex(m.month) / width) * width;
    const start = isoOfMonth(first);
    const id = `bin:${m.group}:${m.unit}:${start}`;
    let bin = bins.get(id);
    if (!bin) {
      // The unit column is text holding the extractor's ClaimUnit; anything else reads as people.
      bin = { id, group: m.group, unit: m.unit === "percent" ? "percent" : "people", start, end: lastDayOfMonth(first + width - 1), count: 0, min: Infinity, max: -Infinity, mean: 0, geoMean: null, sum: 0, sumLog: 0, positive: 0, reviewed: 0 };
      bins.set(id, bin);
    }
    bin.count += m.count;
    if (m.min !== null) bin.min = Math.min(bin.min, m.min);
    if (m.max !== null) bin.max = Math.max(bin.max, m.max);
    bin.sum += m.sum;
    bin.sumLog += m.sumLog;
    bin.positive += m.positive;
    bin.reviewed! += m.reviewed ?? 0;
  }
  const out = [...bins.values()]
    .filter((b) => b.count > 0)
    .map(({ sum, sumLog, positive, reviewed, ...b }) => ({
      ...b,
      // Only bins holding reviewed claims say so: machine data keeps its exact former shape.
      ...(reviewed ? { reviewed } : {}),
      min: Number.isFinite(b.min) ? b.min : 0,
      max: Number.isFinite(b.max) ? b.max : 0,
      mean: sum / b.count,
      geoMean: positive > 0 ? Math.exp(sumLog / positive) : null,
    }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.group < b.group ? -1 : a.group > b.group ? 1 : a.unit < b.unit ? -1 : 1));
  return { bins: out, binMonths: width };
}
