import type { AttackType } from "../model";

/**
 * How sure the machine is of one fact, in [0.05, 1], for ordering the review
 * queue (least certain first). Not a model: a fixed tally over the rules that
 * fired, each weakness taking off a documented amount (docs/review.md):
 *
 * - a vague quantity ("dozens", `vague:*`): -0.25 (its bounds are conventions);
 * - no `referent:` rule (the referent is the default): -0.2;
 * - no `claimant:` rule: -0.2; the outlet's own voice (`claimant:publisher`): -0.15;
 *   a claimant carried over from elsewhere (`claimant:continuation`, `claimant:relay`): -0.1;
 * - no `type:` rule: -0.2; a type from the story's theatre (`type:theatre:*`): -0.15;
 *   a type decided by an earlier or later mention (`type:linked:*`): -0.1;
 *   a claimant type of `unknown`: -0.15.
 *
 * Scores are rounded to two decimals so equal evidence sorts equal.
 */
export function claimConfidence(claim: { rules: readonly string[]; claimantType?: string }): number {
  const has = (prefix: string) => claim.rules.some((r) => r.startsWith(prefix));
  let score = 1;
  if (has("vague:")) score -= 0.25;
  if (!has("referent:")) score -= 0.2;
  if (!has("claimant:")) score -= 0.2;
  else if (has("claimant:publisher")) score -= 0.15;
  else if (has("claimant:continuation") || has("claimant:relay")) score -= 0.1;
  if (!has("type:")) score -= 0.2;
  else if (has("type:theatre:")) score -= 0.15;
  else if (has("type:linked:")) score -= 0.1;
  if (claim.claimantType === "unknown") score -= 0.15;
  return round(score);
}

/**
 * An attack mention's confidence. Stored attack mentions do not keep the id of
 * the lexicon rule that fired (AttackMention has no rule column yet), so this
 * reads what there is: `unknown` is the type the lexicon gives when it cannot
 * tell (0.4), and a one-word trigger ("attack", "blast") is less telling than
 * a phrase ("car bomb", "opened fire"): 0.7 against 0.9. A rule id, when
 * given, ending in `:reference` (a mention by reference, "the attack") counts as one word.
 */
export function attackConfidence(attack: { type: AttackType | string; triggerText: string; rule?: string }): number {
  if (attack.type === "unknown") return 0.4;
  const oneWord = !/\s/.test(attack.triggerText.trim()) || (attack.rule?.endsWith(":reference") ?? false);
  return oneWord ? 0.7 : 0.9;
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0.05, score)) * 100) / 100;
}
