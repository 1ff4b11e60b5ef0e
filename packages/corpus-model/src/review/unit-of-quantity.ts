import type { ClaimUnit } from "../model";

/**
 * The unit an analyst's added claim starts with, read off the words they
 * selected: `percent` when they hold a percent sign or "per cent" / "percent"
 * as a word, `people` otherwise (the contract's fighter claims count people).
 * Only a prefill: the reviewer sees the unit and can change it, and the
 * decision stores what they saved. The migration
 * `…_added_claim_unit` back-filled older add decisions with the same rule, in
 * SQL; added-claim-unit-backfill.test.ts holds the two equal.
 */
export function unitOfQuantity(words: string): ClaimUnit {
  return /%|\bper ?cent\b/i.test(words) ? "percent" : "people";
}
