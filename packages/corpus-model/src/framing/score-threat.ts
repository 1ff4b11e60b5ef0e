import type { Evidence, Framing, FramingSignal } from "../model/types";
import { matchLexicon } from "./match-lexicon";
import { balanceIndex } from "./normalise-counts";
import { THREAT_LEXICON } from "./threat-lexicon";

/**
 * Resurgence vs defeat/control language. The index is
 * (resurgence - defeat) / (resurgence + defeat): +1 all resurgence, -1 all
 * defeat, 0 balanced or silent. Every counted phrase is returned as a signal.
 */
export function scoreThreat(
  body: string,
  sentences: Evidence[],
): { threat: Framing["threat"]; signals: FramingSignal[] } {
  const signals = matchLexicon(body, sentences, THREAT_LEXICON, "threat");
  const resurgence = signals.filter((s) => s.category === "resurgence").length;
  const defeat = signals.filter((s) => s.category === "defeat").length;
  return { threat: { resurgence, defeat, index: balanceIndex(resurgence, defeat) }, signals };
}
