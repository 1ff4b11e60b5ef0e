import type { Attribution, ClaimantType, Evidence, Framing, FramingSignal } from "../model/types";

/**
 * Who is quoted: one signal per attribution (from claims/findAttributions),
 * counted by claimant type. The sentence comes from the attribution's
 * sentence index; when it is out of range the evidence stands in for it.
 */
export function countSourcing(
  attributions: Attribution[],
  sentences: Evidence[],
): { sourcing: Framing["sourcing"]; signals: FramingSignal[] } {
  const counts: Partial<Record<ClaimantType, number>> = {};
  const signals: FramingSignal[] = [];
  for (const a of attributions) {
    counts[a.claimantType] = (counts[a.claimantType] ?? 0) + 1;
    const sentence = sentences[a.sentenceIndex] ?? a.evidence;
    signals.push({
      dimension: "sourcing",
      category: a.claimantType,
      rule: "sourcing.attribution",
      match: { start: a.evidence.start, end: a.evidence.end, text: a.evidence.text },
      sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
    });
  }
  return { sourcing: { counts, total: attributions.length }, signals };
}
