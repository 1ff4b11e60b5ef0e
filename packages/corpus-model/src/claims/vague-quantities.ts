/**
 * The contract's vague quantities with their conventional bounds. Only these
 * count: "several", "a few", "scores of", "a handful" are not contract terms
 * and produce no claim. Ordered so the longer phrase wins ("tens of thousands"
 * before "thousands").
 */
export interface VagueQuantity {
  id: string;
  /** Regex source matched case-insensitively at a word boundary. */
  pattern: string;
  low: number;
  high: number;
  description: string;
}

export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  { id: "tens-of-thousands", pattern: "tens of thousands", low: 20_000, high: 99_999, description: "tens of thousands: 20,000-99,999" },
  { id: "a-few-thousand", pattern: "a few thousand", low: 2_000, high: 5_000, description: "a few thousand: 2,000-5,000" },
  { id: "thousands", pattern: "(?<!(?:tens|hundreds) of )thousands", low: 2_000, high: 9_999, description: "thousands: 2,000-9,999" },
  { id: "a-few-hundred", pattern: "a few hundred", low: 200, high: 500, description: "a few hundred: 200-500" },
  { id: "hundreds", pattern: "hundreds(?! of thousands)", low: 200, high: 999, description: "hundreds: 200-999" },
  { id: "dozens", pattern: "dozens", low: 24, high: 99, description: "dozens: 24-99" },
];
