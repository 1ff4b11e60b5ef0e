import type { Evidence, FramingDimension, FramingSignal } from "../model/types";
import { anyMatcher, matchAllOf } from "../text/match-all";
import type { FramingLexiconEntry } from "./framing-lexicon-entry";

/**
 * Runs a lexicon over each sentence and returns one signal per hit with
 * body offsets. With `resolveOverlaps`, hits that overlap keep only the
 * longest (earliest on ties), so "not a viable threat" is not also "threat";
 * without it (policy frames) one word may signal several categories.
 */
export function matchLexicon(
  body: string,
  sentences: Evidence[],
  lexicon: readonly FramingLexiconEntry[],
  dimension: FramingDimension,
  resolveOverlaps = true,
): FramingSignal[] {
  const out: FramingSignal[] = [];
  const anyEntry = prefilterOf(lexicon);
  for (const sentence of sentences) {
    const text = body.slice(sentence.start, sentence.end);
    if (!anyEntry(text)) continue;
    const hits: { entry: FramingLexiconEntry; start: number; end: number }[] = [];
    for (const entry of lexicon) {
      for (const m of matchAllOf(entry.pattern, text)) {
        if (m[0].length === 0) continue;
        hits.push({ entry, start: m.index, end: m.index + m[0].length });
      }
    }
    let kept = hits;
    if (resolveOverlaps) {
      kept = [];
      const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      for (const h of byLength) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
    }
    kept.sort((a, b) => a.start - b.start);
    const sentenceEvidence: Evidence = { start: sentence.start, end: sentence.end, text };
    for (const h of kept) {
      const start = sentence.start + h.start;
      const end = sentence.start + h.end;
      out.push({
        dimension,
        category: h.entry.category,
        rule: h.entry.id,
        match: { start, end, text: body.slice(start, end) },
        sentence: sentenceEvidence,
      });
    }
  }
  return out;
}

// One combined "any entry matches" test per lexicon, built on first use:
// most sentences hit none of a lexicon's entries and are skipped after one scan.
const prefilters = new WeakMap<readonly FramingLexiconEntry[], (text: string) => boolean>();
function prefilterOf(lexicon: readonly FramingLexiconEntry[]): (text: string) => boolean {
  let test = prefilters.get(lexicon);
  if (!test) prefilters.set(lexicon, (test = anyMatcher(lexicon.map((e) => e.pattern))));
  return test;
}
