/** The view filters the review queue takes (besides `kind`): the facts' outlet, date, claimant type and attack type. */
export const REVIEW_QUEUE_FILTERS = ["outlets", "from", "to", "claimants", "attacks"] as const;

/** The queue's `kind` parameter: null when absent or empty (both kinds), undefined when it is not one. */
export function readQueueKind(value: string | null | undefined): "claim" | "attack" | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  return value === "claim" || value === "attack" ? value : undefined;
}
