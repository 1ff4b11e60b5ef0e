/**
 * A precision, recall, F1 or accuracy as the Quality page shows it: a percentage with one decimal, as `corpus eval`'s
 * table does; a rate with nothing to count is "–", never 0% or 100% (docs/gold-format.md).
 */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "–" : `${(rate * 100).toFixed(1)}%`;
}
