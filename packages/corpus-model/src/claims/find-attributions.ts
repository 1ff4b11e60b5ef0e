import type { Attribution, Evidence } from "../model/types";
import { analyzeSources, describeSource, MASK, maskQuotes, type SourceAnalysis } from "../sources";

/**
 * Who is quoted or credited in each sentence, at most one per sentence (the
 * sourcing measure counts these): the speaker of the quotation that makes up
 * most of the sentence, else the sentence's widest reporting frame ("X said
 * …", "according to X"). Passives and the outlet's own voice are not
 * attributions. Pass `analysis` when the article's sources are already read.
 */
export function findAttributions(body: string, sentences: Evidence[], analysis: SourceAnalysis = analyzeSources(body, sentences)): Attribution[] {
  const { frames, model, regions, quoteSpeakers } = analysis;
  const masked = maskQuotes(body, regions);
  const out: Attribution[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const text = masked.slice(sentence.start, sentence.end);
    const quoted = text.split(MASK).length - 1;
    let best: Attribution | null = null;
    let width = -1;
    frames.forEach((f, i) => {
      if (f.sentenceIndex !== sentenceIndex || f.pattern === "passive" || f.pattern === "source-phrase") return;
      const source = model.frameSources.get(i);
      if (!source) return;
      const relay = model.relaySources.get(i);
      const chosen = relay && (source.type === "unknown" || source.type === "media_other") && relay.type !== "unknown" && relay.type !== "media_other" ? relay : source;
      const w = f.scope.end - f.scope.start;
      if (w > width) {
        width = w;
        best = { sentenceIndex, claimant: describeSource(chosen), claimantType: chosen.type, evidence: { ...(chosen === source ? f.speaker : f.relay!) } };
      }
    });
    if (!best && quoted >= text.length * 0.5) {
      const region = regions.find((r) => r.start < sentence.end && r.end > sentence.start);
      const q = region ? quoteSpeakers.get(region.run) : undefined;
      if (q) best = { sentenceIndex, claimant: describeSource(q.source), claimantType: q.source.type, evidence: { ...frames[q.frame]!.speaker } };
    }
    if (best) out.push(best);
  });
  return out;
}
