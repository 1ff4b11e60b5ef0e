/**
 * What `corpus eval` and the Quality page report, in the order they show it.
 * docs/gold-format.md says how each is counted.
 */
export const MEASURES = [
  { id: "claimsLoose", label: "claims (loose)", what: "a machine claim whose quantity overlaps a gold claim's, same section" },
  { id: "claimsStrict", label: "claims (strict)", what: "loose, and the same low, high, qualifier, unit and referent" },
  { id: "claimantType", label: "claimant type", what: "loose, and the same claimant type" },
  { id: "refersTo", label: "referent", what: "loose, and the same referent (refersTo)" },
  { id: "attackTypes", label: "attack types", what: "an attack type the article mentions (one per article and type)" },
  { id: "date", label: "date (exact)", what: "the same publication date at the same precision" },
  { id: "datePrecision", label: "date precision", what: "a date at the same precision (day, month or year)" },
] as const;

export type MeasureId = (typeof MEASURES)[number]["id"];

/** The measures whose accuracy among loosely matched claims is also reported. */
export const FIELD_MEASURES = ["claimantType", "refersTo"] as const satisfies readonly MeasureId[];

/** True positives, false positives and false negatives of one measure, and how many articles were scored on it. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Articles whose gold annotates this measure (the others are left out of it). */
  articles: number;
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0, articles: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, articles: a.articles + b.articles };
}
