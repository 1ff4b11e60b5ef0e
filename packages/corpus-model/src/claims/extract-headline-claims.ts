import type { FighterClaim } from "../model/types";
import { analyzeSources, explainClaimant } from "../sources";
import { splitSentences } from "../text";
import { extractClaims } from "./extract-claims";

/** "UN: 6,000 ISIS fighters remain": a headline that names its source before a colon. */
const COLON_SOURCE = /^([A-Z][^:]{1,40}):\s+\S/;

/**
 * Claims in the headline. A headline rarely says who claims its number,
 * but it summarises the body: a headline number is credited to the body
 * claim that shares one of its bounds ("Up to 900 ISIS fighters killed" and
 * "killed between 800 and 900 ISIS fighters, Gen. X said"), preferring one
 * whose claimant the body names; else to the source the headline itself
 * names ("…, UN says", "Pentagon: …"); else to the outlet. Offsets of
 * `text`, `start`, `end` and `quantity` index the title (`section:
 * "title"`); a claimant taken from the body keeps its body evidence.
 */
export function extractHeadlineClaims(title: string | null, bodyClaims: readonly FighterClaim[], outlet: string | null = null): FighterClaim[] {
  if (!title || title.trim() === "") return [];
  const sentences = splitSentences(title);
  const claims = extractClaims(title, sentences, analyzeSources(title, sentences, { outlet }));
  return claims.map((c) => {
    const own = c.rules.includes("claimant:publisher") ? null : c;
    const colon = COLON_SOURCE.exec(title);
    const colonReading = colon ? explainClaimant(colon[1]!) : null;
    const shared = bodyClaims.filter((b) => b.unit === c.unit && sharesBound(c, b));
    const informative = shared.find((b) => b.claimantType !== "unknown" && b.claimantType !== "media_other") ?? shared[0];
    const base: FighterClaim = { ...c, section: "title", claimantEvidence: null };
    const withRule = (rule: string) => base.rules.filter((r) => !r.startsWith("claimant:") && !r.startsWith("type:")).concat(rule);
    const ownInformative = own !== null && own.claimantType !== "unknown" && own.claimantType !== "media_other";
    // A bare rank ("General: …") typed only by the story's theatre is weaker evidence than the body's own claim.
    const ownWeak = own !== null && own.rules.some((r) => r.startsWith("type:theatre:") || r === "type:rule:military-rank");
    if (ownInformative && !(ownWeak && informative)) return { ...base, rules: withRule("claimant:headline-frame").concat(own.rules.filter((r) => r.startsWith("type:"))) };
    if (colonReading && colonReading.tier === 1 && colonReading.type !== "media_other") {
      return { ...base, claimant: colon![1]!, claimantType: colonReading.type, rules: withRule(`claimant:headline-colon`).concat(`type:rule:${colonReading.rule}`) };
    }
    if (informative) {
      return {
        ...base,
        claimant: informative.claimant,
        claimantType: informative.claimantType,
        claimantEvidence: informative.claimantEvidence,
        rules: withRule(`claimant:headline-matches-body@${informative.quantity.start}`).concat(informative.rules.filter((r) => r.startsWith("type:"))),
      };
    }
    return { ...base, rules: base.rules };
  });
}

function sharesBound(a: FighterClaim, b: FighterClaim): boolean {
  const bounds = (c: FighterClaim) => [c.low, c.high].filter((x): x is number => x !== null);
  const bb = bounds(b);
  return bounds(a).some((x) => bb.includes(x));
}
