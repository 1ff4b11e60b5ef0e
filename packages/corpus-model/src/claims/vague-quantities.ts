/**
 * The contract's vague quantities with their conventional bounds, plus the
 * everyday variants annotators read as one of them ("a couple thousand" as
 * "a few thousand", "several hundred" and "by the hundreds" as "hundreds").
 * A bare "several", "a few", "scores of" or "a handful" has no contract
 * bounds and produces no claim. Ordered so the longer phrase wins ("tens of
 * thousands" before "thousands").
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
  { id: "a-couple-thousand", pattern: "a couple(?: of)? thousand", low: 2_000, high: 5_000, description: "a couple (of) thousand: read as a few thousand, 2,000-5,000" },
  { id: "several-thousand", pattern: "several thousand", low: 2_000, high: 9_999, description: "several thousand: read as thousands, 2,000-9,999" },
  { id: "low-thousands", pattern: "(?:the )?low thousands", low: 2_000, high: 5_000, description: "in the low thousands: read as a few thousand, 2,000-5,000" },
  { id: "thousands", pattern: "(?<!(?:tens|hundreds) of )thousands", low: 2_000, high: 9_999, description: "thousands: 2,000-9,999" },
  { id: "a-few-hundred", pattern: "a few hundred", low: 200, high: 500, description: "a few hundred: 200-500" },
  { id: "a-couple-hundred", pattern: "a couple(?: of)? hundred", low: 200, high: 500, description: "a couple (of) hundred: read as a few hundred, 200-500" },
  { id: "several-hundred", pattern: "several hundred", low: 200, high: 999, description: "several hundred: read as hundreds, 200-999" },
  { id: "low-hundreds", pattern: "(?:the )?low hundreds", low: 200, high: 500, description: "in the low hundreds: read as a few hundred, 200-500" },
  { id: "hundreds", pattern: "hundreds(?! of thousands)", low: 200, high: 999, description: "hundreds: 200-999" },
  { id: "a-few-dozen", pattern: "a few dozen|several dozen", low: 24, high: 99, description: "a few / several dozen: read as dozens, 24-99" },
  { id: "dozens", pattern: "dozens", low: 24, high: 99, description: "dozens: 24-99" },
];
