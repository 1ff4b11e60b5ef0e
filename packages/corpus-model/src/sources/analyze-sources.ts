import type { Evidence } from "../model/types";
import { buildSourceModel, type SourceModel } from "./build-source-model";
import { findQuoteRegions, maskQuotes, type QuoteRegion } from "./find-quote-regions";
import { findReportingFrames } from "./find-reporting-frames";
import type { ReportingFrame } from "./reporting-frame";
import type { Source } from "./source";

/** Everything the article says about who says what. */
export interface SourceAnalysis {
  body: string;
  sentences: readonly Evidence[];
  frames: ReportingFrame[];
  model: SourceModel;
  regions: QuoteRegion[];
  /** The speaker of each quotation run (by run id) and the frame that named them. */
  quoteSpeakers: Map<number, { source: Source; frame: number }>;
}

/**
 * Reads the article's reporting structure once: quotations, reporting
 * frames, the source model (who each frame's speaker is), and who speaks
 * each quotation — the speaker named next to it ("“…,” he said"), or, for a
 * paragraph that opens with a quote and names nobody, the speaker of the
 * quotation or frame just before it (news style for quotes that run over
 * several paragraphs).
 */
export function analyzeSources(body: string, sentences: readonly Evidence[], options: { outlet?: string | null } = {}): SourceAnalysis {
  const regions = findQuoteRegions(body);
  const masked = maskQuotes(body, regions);
  const frames = findReportingFrames(masked, sentences);
  const model = buildSourceModel(body, masked, sentences, frames, options.outlet ?? null);
  const quoteSpeakers = new Map<number, { source: Source; frame: number }>();

  // Runs in order, each with the sentences it touches.
  const runs = new Map<number, { regions: QuoteRegion[]; sentences: number[] }>();
  for (const r of regions) {
    const entry = runs.get(r.run) ?? { regions: [], sentences: [] };
    entry.regions.push(r);
    sentences.forEach((s, i) => {
      if (s.start < r.end && s.end > r.start - 1 && !entry.sentences.includes(i)) entry.sentences.push(i);
    });
    runs.set(r.run, entry);
  }
  const explicit = (i: number) => {
    const f = frames[i]!;
    return f.pattern !== "passive" && f.pattern !== "source-phrase" && f.pattern !== "label" && model.frameSources.has(i);
  };
  const insideQuote = (f: ReportingFrame) => regions.some((r) => f.speaker.start >= r.start && f.speaker.end <= r.end);
  let lastSpoken: { source: Source; frame: number; at: number } | null = null;
  let previousEnd = 0;
  const sortedRuns = [...runs.entries()].sort((a, b) => a[1].regions[0]!.start - b[1].regions[0]!.start);
  for (const [run, entry] of sortedRuns) {
    const first = entry.regions[0]!;
    const last = entry.regions[entry.regions.length - 1]!;
    // Frames between the previous quotation and this one set who spoke last.
    frames.forEach((f, i) => {
      if (explicit(i) && !insideQuote(f) && f.speaker.start >= previousEnd && f.speaker.end <= first.start) lastSpoken = { source: model.frameSources.get(i)!, frame: i, at: f.speaker.end };
    });
    // A frame in the run's sentences whose speaker stands outside the quotation.
    let chosen: { source: Source; frame: number } | null = null;
    let bestDistance = Infinity;
    frames.forEach((f, i) => {
      if (!entry.sentences.includes(f.sentenceIndex) || !explicit(i) || insideQuote(f)) return;
      const distance = f.speaker.start >= last.end ? f.speaker.start - last.end : Math.max(0, first.start - f.speaker.end);
      if (distance < bestDistance) {
        bestDistance = distance;
        chosen = { source: model.frameSources.get(i)!, frame: i };
      }
    });
    // A quotation that names nobody continues the last speaker when it opens its paragraph,
    // or follows that speaker's words in the same paragraph.
    const previous = lastSpoken as { source: Source; frame: number; at: number } | null;
    if (!chosen && previous) {
      const sameParagraph = !body.slice(previous.at, first.start).includes("\n");
      const recentEnough = first.start - previous.at < 1500;
      if (recentEnough && (first.opensParagraph || sameParagraph)) chosen = { source: previous.source, frame: previous.frame };
    }
    if (chosen) {
      const c: { source: Source; frame: number } = chosen;
      quoteSpeakers.set(run, c);
      lastSpoken = { ...c, at: last.end };
    }
    previousEnd = last.end;
  }
  return { body, sentences, frames, model, regions, quoteSpeakers };
}
