import type { Evidence, FramingSignal } from "../model/types";
import { findGroupTerms } from "../terms";

/**
 * Group-name signals from the same matcher as countGroupTerms, so the
 * framing naming counts always equal the article's `groupTerms`. A mention
 * outside every sentence (should not happen) uses itself as its sentence.
 */
export function findNamingSignals(body: string, sentences: Evidence[]): FramingSignal[] {
  return findGroupTerms(body).map((m) => {
    const sentence = sentences.find((s) => s.start <= m.start && m.end <= s.end);
    const match: Evidence = { start: m.start, end: m.end, text: m.text };
    return {
      dimension: "naming",
      category: m.term,
      rule: m.rule,
      match,
      sentence: sentence ? { start: sentence.start, end: sentence.end, text: sentence.text } : match,
    };
  });
}
