/** Rounds to a fixed number of decimals so JSON output is stable and readable. */
function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Counts of signals per category, including zero for every listed category. */
export function countByCategory(categories: Iterable<string>, found: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of categories) counts[c] = 0;
  for (const c of found) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}

/** Each count divided by `total` (0..1, 4 decimals); all 0 when total is 0. */
export function toShares(counts: Record<string, number>, total: number): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, total > 0 ? round(v / total, 4) : 0]));
}

/** Each count per 1,000 words (2 decimals); all 0 for an empty text. */
export function toPer1000Words(counts: Record<string, number>, wordCount: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).map(([k, v]) => [k, wordCount > 0 ? round((v * 1000) / wordCount, 2) : 0]),
  );
}

/** (a - b) / (a + b) in [-1, 1], 4 decimals; 0 when both are 0. */
export function balanceIndex(a: number, b: number): number {
  return a + b === 0 ? 0 : round((a - b) / (a + b), 4);
}
