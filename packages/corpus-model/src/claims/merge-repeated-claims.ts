import type { FighterClaim } from "../model/types";

/**
 * One claim per distinct statement: the headline, the lead, a bullet summary
 * and a quote often repeat the same number. Claims with the same bounds,
 * qualifier, unit and referent are one claim when they have the same
 * claimant type, or when one of them credits nobody in particular (the
 * outlet's voice, an unidentified source, "reports"). The kept claim is the
 * one whose claimant the text names, and the body's over the headline's,
 * so its evidence is the most informative sentence. Input order is kept.
 */
export function mergeRepeatedClaims(claims: readonly FighterClaim[]): FighterClaim[] {
  const kept: FighterClaim[] = [];
  for (const c of claims) {
    const i = kept.findIndex((k) => key(k) === key(c) && (k.claimantType === c.claimantType || vague(k) || vague(c)));
    if (i < 0) {
      kept.push(c);
      continue;
    }
    const k = kept[i]!;
    const better = (vague(k) && !vague(c)) || (vague(k) === vague(c) && k.section === "title" && c.section === "body");
    if (better) kept[i] = { ...c, rules: [...c.rules, "merged-repeat"] };
  }
  return kept;
}

function key(c: FighterClaim): string {
  return `${c.low}|${c.high}|${c.qualifier}|${c.unit}|${c.refersTo}`;
}

/** The claimant says nothing about a side: unknown, or media and "reports". */
function vague(c: FighterClaim): boolean {
  return c.claimantType === "unknown" || c.claimantType === "media_other";
}
