/**
 * A rule that removes a whole line of page furniture. Rules are data so the
 * UI can show which one fired and why.
 */
export interface LineRule {
  id: string;
  /** The `RemovedFragment.reason` a match records. */
  reason: string;
  /** Why such a line is not article text. */
  description: string;
  /** Tested against the trimmed line (after icon-ligature prefixes are stripped, for widget rules). */
  pattern: RegExp;
  /** Longer lines are never removed by this rule: furniture is short, prose is not. */
  maxWords: number;
}
