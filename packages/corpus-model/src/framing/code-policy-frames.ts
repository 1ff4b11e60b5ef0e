import type { Evidence, FramingSignal } from "../model/types";
import { matchLexicon } from "./match-lexicon";
import { POLICY_FRAME_LEXICON } from "./policy-frame-lexicon";

/**
 * Codes each sentence with every Policy Frames Codebook frame whose keyword
 * table matches: one signal per (sentence, frame), the first keyword as its
 * evidence. Sentences matching no table get no frame.
 */
export function codePolicyFrames(body: string, sentences: Evidence[]): FramingSignal[] {
  const all = matchLexicon(body, sentences, POLICY_FRAME_LEXICON, "policy_frame", false);
  const seen = new Set<string>();
  return all.filter((s) => {
    const key = `${s.sentence.start}:${s.category}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
