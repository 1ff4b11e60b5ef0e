import type { ReviewedFact } from "@framewatch/db/review";

/** A fact's key in the page and in links from the queue: `claim-<id>`, `attack-<id>`, or `added-<add decision id>`. */
export function factKey(f: Pick<ReviewedFact, "kind" | "factId" | "addedId">): string {
  return f.factId !== null ? `${f.kind}-${f.factId}` : `added-${f.addedId}`;
}

/** The words the fact was read from (the quantity, or the attack's trigger). */
export function factLabel(f: Pick<ReviewedFact, "anchorText">): string {
  return f.anchorText;
}

/** The values that stand for the fact now: the reviewed ones, else the machine's. */
export function fieldsOf(f: Pick<ReviewedFact, "reviewed" | "machine">): Record<string, unknown> | null {
  return f.reviewed ?? f.machine;
}

const bound = (v: unknown) => (typeof v === "number" ? v.toLocaleString("en-US") : "…");

/**
 * A claim's or attack's correctable fields in words: "exact 2,000–2,000, remaining; US-led coalition (us coalition)".
 * An added claim's unit shows when it is a share ("exact 40–40 percent, …"): people is what claims count by default.
 */
export function formatFields(kind: "claim" | "attack", v: Record<string, unknown>): string {
  if (kind === "attack") return String(v.type ?? "").replace(/_/g, " ");
  const words = (x: unknown) => String(x ?? "").replace(/_/g, " ");
  const unit = v.unit === "percent" ? " percent" : "";
  return `${words(v.qualifier)} ${bound(v.low)}–${bound(v.high)}${unit}, ${words(v.refersTo)}; ${String(v.claimant ?? "")} (${words(v.claimantType)})`;
}
