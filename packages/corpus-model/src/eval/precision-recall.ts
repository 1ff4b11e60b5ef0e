import type { Counts } from "./measures";

/** A measure's counts with the rates a person reads: fractions 0..1, 4 decimals; null where nothing was there to count. */
export interface Rates {
  /** tp / (tp + fp): of what the machine found, the share that is right. Null when it found nothing. */
  precision: number | null;
  /** tp / (tp + fn): of what the gold holds, the share the machine found. Null when the gold holds nothing. */
  recall: number | null;
  /** 2tp / (2tp + fp + fn), the harmonic mean of the two; null when there is nothing on either side. */
  f1: number | null;
}

/** Precision, recall and F1 from summed (micro-averaged) counts. */
export function precisionRecall(c: Counts): Rates {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
