import type { FighterClaim } from "../model/types";

/**
 * One claim per distinct statement: the headline, the lead, a bullet summary
 * and a quote often repeat the same number. Claims with the same bounds,
 * qualifier, unit and referent are one claim when their claimants are of
 * one type (the annotation guidelines' "distinct claim" is numbers,
 * qualifier, claimant and referent; a lead and the body often describe one
 * source in two ways), or when one of them credits nobody in particular (the
 * outlet's voice, an unidentified source, "reports"). The kept claim is the
 * one whose claimant the text names, and the body's over the headline's,
 * so its evidence is the most informative sentence. A headline number is
 * the body's number retold in a few words, so a headline claim is one with
 * the body claim of the same bounds and qualifier whatever the few words
 * suggest about its referent. Input order is kept.
 */
export function mergeRepeatedClaims(claims: readonly FighterClaim[]): FighterClaim[] {
  const kept: FighterClaim[] = [];
  for (const c of claims) {
    const i = kept.findIndex(
      (k) =>
        (key(k) === key(c) && (k.claimantType === c.claimantType || vague(k) || vague(c))) ||
        ((k.section === "title") !== (c.section === "title") && bounds(k) === bounds(c)),
    );
    if (i < 0) {
      kept.push(c);
      continue;
    }
    const k = kept[i]!;
    // The body's mention carries the evidence; between two body mentions, the one naming its source.
    const better = (k.section === "title" && c.section === "body") || (k.section === c.section && vague(k) && !vague(c));
    if (better) kept[i] = { ...c, rules: [...c.rules, "merged-repeat"] };
  }
  return kept;
}

function bounds(c: FighterClaim): string {
  return `${c.low}|${c.high}|${c.qualifier}|${c.unit}`;
}

function key(c: FighterClaim): string {
  return `${c.low}|${c.high}|${c.qualifier}|${c.unit}|${c.refersTo}`;
}

/** The claimant says nothing about a side: unknown, or media and "reports". */
function vague(c: FighterClaim): boolean {
  return c.claimantType === "unknown" || c.claimantType === "media_other";
}
