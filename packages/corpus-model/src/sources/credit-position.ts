import type { ClaimantType, Evidence } from "../model/types";
import type { SourceAnalysis } from "./analyze-sources";
import type { ReportingFrame } from "./reporting-frame";
import { describeSource, type Source } from "./source";

/** Who a stretch of text is credited to, and how the reader can check it. */
export interface Credit {
  source: Source;
  claimant: string;
  claimantType: ClaimantType;
  /**
   * How the credit was found: "quote" (inside a quotation), "frame:<pattern>"
   * ("frame:according-to", "frame:citing"…), "relay" (the outlet relaying an
   * untyped source), "retro" ("… that number" in the next sentence),
   * "publisher" (nobody is credited: the outlet's own voice).
   */
  rule: string;
  /** The words naming the source for this credit (null for the outlet's voice). */
  evidence: Evidence | null;
}

const EXPLICIT = new Set(["according-to", "inverted", "subject", "citing", "quoted-as", "label"]);
/** "… revised that number", "the figure came from": a sentence that speaks of the previous sentence's number. */
const FIGURE_ANAPHOR = /\b(?:that|this|the|those|these|such)\s+(?:number|figure|estimate|tally|count|numbers|figures|estimates|assessment)\b/i;

/**
 * Credits the text at `position` (an offset in body) in sentence
 * `sentenceIndex`: the speaker of the quotation it sits in; else the
 * innermost reporting frame whose scope holds it ("A UN report concluded …,
 * the AP reported": the UN); else a source named by a noun phrase ("the
 * Pentagon's estimate"); else a passive, which names nobody — unless the
 * next sentence credits "that number" to someone; else the outlet's voice.
 * A relayed source that says nothing about who it is ("local sources",
 * "media reports") yields to the agency relaying it.
 */
export function creditPosition(analysis: SourceAnalysis, sentenceIndex: number, position: number): Credit {
  const { frames, model, regions, quoteSpeakers } = analysis;
  const region = regions.find((r) => position >= r.start && position < r.end);
  if (region) {
    const q = quoteSpeakers.get(region.run);
    if (q) {
      // "SANA quoted local sources as saying: “…”": an unidentified speaker yields to the agency relaying them.
      const relay = model.relaySources.get(q.frame);
      const relayWords = frames[q.frame]!.relay;
      if (relay && relayWords && uninformative(q.source) && !uninformative(relay)) return credit(relay, "relay", relayWords);
      return credit(q.source, "quote", frames[q.frame]!.speaker);
    }
  }

  const candidates: Array<{ frame: ReportingFrame; index: number }> = [];
  frames.forEach((frame, index) => {
    if (frame.sentenceIndex === sentenceIndex && position >= frame.scope.start && position < frame.scope.end) candidates.push({ frame, index });
  });
  const rank = (f: ReportingFrame) => (EXPLICIT.has(f.pattern) ? 0 : f.pattern === "source-phrase" ? 1 : 2);
  candidates.sort(
    (a, b) =>
      rank(a.frame) - rank(b.frame) ||
      a.frame.scope.end - a.frame.scope.start - (b.frame.scope.end - b.frame.scope.start) ||
      Number(b.frame.pattern === "citing" || b.frame.pattern === "quoted-as") - Number(a.frame.pattern === "citing" || a.frame.pattern === "quoted-as"),
  );
  for (const { frame, index } of candidates) {
    const source = model.frameSources.get(index);
    if (!source) continue;
    if (frame.pattern === "passive") {
      const retro = retroCredit(analysis, sentenceIndex);
      if (retro) return retro;
      return credit(source, "frame:passive", frame.cue);
    }
    const relay = model.relaySources.get(index);
    if (relay && frame.relay && uninformative(source) && !uninformative(relay)) return credit(relay, "relay", frame.relay);
    return credit(source, `frame:${frame.pattern}`, frame.speaker);
  }
  const retro = retroCredit(analysis, sentenceIndex);
  if (retro) return retro;
  const continued = continuationCredit(analysis, sentenceIndex) ?? additionCredit(analysis, sentenceIndex);
  if (continued) return continued;
  return credit(model.publisher, "publisher", null);
}

/**
 * "…, the statement said. In Iraq, those missions killed 30 ISIS operatives."
 * A sentence that credits nobody, in the same paragraph as a sentence wholly
 * credited to a source, goes on paraphrasing that source.
 */
function continuationCredit(analysis: SourceAnalysis, sentenceIndex: number): Credit | null {
  const { sentences, frames, model, regions, quoteSpeakers } = analysis;
  // "Were even 10 percent of them to break out, …": a conditional is the writer's own reasoning.
  if (CONDITIONAL.test(sentences[sentenceIndex]!.text)) return null;
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 2); i--) {
    const prev = sentences[i]!;
    const next = sentences[i + 1]!;
    if (analysis.body.slice(prev.end, next.start).includes("\n")) return null;
    const own = frames
      .map((frame, index) => ({ frame, index }))
      .filter(({ frame }) => frame.sentenceIndex === i && EXPLICIT.has(frame.pattern));
    if (own.length > 0) {
      const widest = own.sort((a, b) => b.frame.scope.end - b.frame.scope.start - (a.frame.scope.end - a.frame.scope.start))[0]!;
      const source = model.frameSources.get(widest.index);
      // The frame owns the sentence's content: "…, X said." from its start, "X said that …" to its end.
      const covers = widest.frame.scope.start <= prev.start + 3 || widest.frame.scope.end >= prev.end - 3;
      if (!source || !covers) return null;
      return credit(source, "continuation", widest.frame.speaker);
    }
    const quote = regions.find((r) => r.start < prev.end && r.end > prev.start);
    const q = quote ? quoteSpeakers.get(quote.run) : undefined;
    if (q && quote && quote.end - quote.start >= 0.5 * (prev.end - prev.start)) return credit(q.source, "continuation", frames[q.frame]!.speaker);
  }
  return null;
}

/**
 * "The cell had 12 fighters. It also had two bombers ready, police said."
 * The next sentence of the paragraph adds to this one ("also", "as well")
 * and closes with its source: that source covers both.
 */
function additionCredit(analysis: SourceAnalysis, sentenceIndex: number): Credit | null {
  const { sentences, frames, model, body } = analysis;
  const here = sentences[sentenceIndex]!;
  const next = sentences[sentenceIndex + 1];
  if (!next || CONDITIONAL.test(here.text)) return null;
  // The next sentence of the paragraph; or, after a one-sentence paragraph (a lead), the next paragraph's first.
  const gap = body.slice(here.end, next.start);
  const alone = /(?:^|\n)\s*$/.test(body.slice(Math.max(0, here.start - 2), here.start)) && gap.includes("\n");
  if (gap.includes("\n") && !alone) return null;
  for (const [index, frame] of frames.entries()) {
    if (frame.sentenceIndex !== sentenceIndex + 1 || !EXPLICIT.has(frame.pattern)) continue;
    // "…, police said." closing the sentence that starts with "It also …", or "The PMU said … its fighters had also …".
    const opens = frame.scope.start <= next.start + 3 && ADDITION.test(next.text);
    const inScope = ADDITION_ANYWHERE.test(body.slice(frame.scope.start, frame.scope.end));
    if (!opens && !inScope) continue;
    const source = model.frameSources.get(index);
    if (source) return credit(source, "addition", frame.speaker);
  }
  return null;
}

const CONDITIONAL = /^["“]?(?:If|Were|Should|Had|Unless|Even if|Were it|Suppose|Supposing)\b/;

/** The first words of a sentence that adds to the one before it. */
const ADDITION = /^(?:\S+\s+){0,4}?(?:also|as well|too)\b/i;
const ADDITION_ANYWHERE = /\b(?:also|as well as|in addition|additionally)\b/i;

/** A source that says nothing about its side: unknown, or just "media". */
function uninformative(s: Source): boolean {
  return s.type === "unknown" || s.type === "media_other";
}

/** "As recently as July, IS was thought to have 10,000 fighters. Since then, coalition estimates have revised that number downwards." */
function retroCredit(analysis: SourceAnalysis, sentenceIndex: number): Credit | null {
  const next = analysis.sentences[sentenceIndex + 1];
  if (!next || !FIGURE_ANAPHOR.test(next.text)) return null;
  for (const [index, frame] of analysis.frames.entries()) {
    if (frame.sentenceIndex !== sentenceIndex + 1 || frame.pattern === "passive") continue;
    const source = analysis.model.frameSources.get(index);
    if (source && source.type !== "unknown") return credit(source, "retro", frame.speaker);
  }
  return null;
}

function credit(source: Source, rule: string, evidence: Evidence | null): Credit {
  return { source, claimant: describeSource(source), claimantType: source.type, rule, evidence: evidence && evidence.end > evidence.start ? evidence : null };
}
