import { ATTACK_TYPES, CLAIM_UNITS, CLAIMANT_TYPES, QUALIFIERS, REFERENTS } from "../model";

/** What an analyst can do to a fact: keep it, drop it, change fields of it, or add one the machine missed. */
export const REVIEW_ACTIONS = ["accept", "reject", "correct", "add"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Why a fact is rejected: a short fixed list, so rejections can be counted. */
export const REJECT_REASONS = ["not-militants", "not-a-claim", "duplicate", "wrong-article", "other"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REVIEW_FACT_KINDS = ["claim", "attack"] as const;
export type ReviewFactKind = (typeof REVIEW_FACT_KINDS)[number];

/** The fields of a claim an analyst may set, and of an attack (the contract's vocabulary, docs/analysis-contract.md). */
export const CLAIM_FIELDS = ["low", "high", "qualifier", "claimant", "claimantType", "refersTo"] as const;
/**
 * A claim an analyst added also carries its unit, set when it is added (prefilled by `unitOfQuantity`) and
 * correctable later. A machine claim's unit stays the extractor's: it is not among its correctable fields.
 */
export const ADDED_CLAIM_FIELDS = [...CLAIM_FIELDS, "unit"] as const;
export const ATTACK_FIELDS = ["type"] as const;

export interface ReviewedClaimFields {
  low: number | null;
  high: number | null;
  qualifier: (typeof QUALIFIERS)[number];
  claimant: string;
  claimantType: (typeof CLAIMANT_TYPES)[number];
  refersTo: (typeof REFERENTS)[number];
  /** Only on a claim an analyst added (ADDED_CLAIM_FIELDS). */
  unit?: (typeof CLAIM_UNITS)[number];
}
export interface ReviewedAttackFields {
  type: (typeof ATTACK_TYPES)[number];
}

const MAX_CLAIMANT = 200;

/**
 * Checks analyst-supplied fields of one kind of fact: only correctable fields,
 * each from the vocabulary (numbers finite and >= 0, low <= high). `partial`
 * allows a subset (a correction); otherwise every field is required (an added fact).
 * `added`: the fact is (or becomes) an analyst's, whose claims also carry a unit.
 * Returns the fields or the first problem, in words.
 */
export function checkReviewFields(
  kind: ReviewFactKind,
  fields: unknown,
  { partial, added }: { partial: boolean; added: boolean },
): { ok: true; fields: Partial<ReviewedClaimFields> | Partial<ReviewedAttackFields> } | { ok: false; error: string } {
  if (!fields || typeof fields !== "object" || Array.isArray(fields)) return { ok: false, error: "fields must be an object." };
  const allowed: readonly string[] = kind === "attack" ? ATTACK_FIELDS : added ? ADDED_CLAIM_FIELDS : CLAIM_FIELDS;
  const entries = Object.entries(fields as Record<string, unknown>);
  for (const [key] of entries) {
    if (key === "unit" && kind === "claim" && !added) return { ok: false, error: "unit is set only on a claim an analyst added: a machine claim's unit is the extractor's." };
    if (!allowed.includes(key)) return { ok: false, error: `"${key.slice(0, 40)}" is not a ${kind} field an analyst can set (${allowed.join(", ")}).` };
  }
  if (!partial) {
    const missing = allowed.filter((k) => !(k in (fields as object)));
    if (missing.length > 0) return { ok: false, error: `An added ${kind} needs ${missing.join(", ")}.` };
  } else if (entries.length === 0) return { ok: false, error: "A correction changes at least one field." };
  const oneOf = (key: string, value: unknown, list: readonly string[]) =>
    typeof value === "string" && list.includes(value) ? null : `${key} must be one of ${list.join(", ")}.`;
  for (const [key, value] of entries) {
    let problem: string | null = null;
    if (key === "low" || key === "high") {
      problem = value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0) ? null : `${key} must be a number >= 0 or null.`;
    } else if (key === "qualifier") problem = oneOf(key, value, QUALIFIERS);
    else if (key === "claimantType") problem = oneOf(key, value, CLAIMANT_TYPES);
    else if (key === "refersTo") problem = oneOf(key, value, REFERENTS);
    else if (key === "unit") problem = oneOf(key, value, CLAIM_UNITS);
    else if (key === "type") problem = oneOf(key, value, ATTACK_TYPES);
    else if (key === "claimant") {
      problem = typeof value === "string" && value.trim() !== "" && value.length <= MAX_CLAIMANT ? null : `claimant must be a non-empty name of at most ${MAX_CLAIMANT} characters.`;
    }
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, fields: fields as Partial<ReviewedClaimFields> };
}

/** low <= high once a correction is applied to the fields it corrects. */
export function boundsInOrder(fields: { low?: number | null; high?: number | null }): boolean {
  return fields.low == null || fields.high == null || fields.low <= fields.high;
}
