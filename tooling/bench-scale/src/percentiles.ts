export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Nearest-rank percentile of ascending `sorted` values: the smallest value
 * with at least p % of the samples at or below it. No interpolation, so
 * every figure printed is a latency that was actually observed.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function summarise(values: Iterable<number>): LatencySummary {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  return { n: list.length, p50: percentile(list, 50), p95: percentile(list, 95), max: list.length ? list[list.length - 1]! : NaN };
}
