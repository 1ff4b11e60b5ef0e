import type { AttackMention, FighterClaim } from "../generated/prisma/client";

/** The correctable fields of a stored machine claim: what `before` holds for a first decision. */
export function claimFields(c: Pick<FighterClaim, "low" | "high" | "qualifier" | "claimant" | "claimantType" | "refersTo">) {
  return { low: c.low, high: c.high, qualifier: c.qualifier, claimant: c.claimant, claimantType: c.claimantType, refersTo: c.refersTo };
}

/** The correctable fields of a stored machine attack mention. */
export function attackFields(a: Pick<AttackMention, "type">) {
  return { type: a.type };
}
