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

  // Every scan below is a binary search or a merge over position-sorted lists, so the work grows
  // linearly with the article: regions and sentences are each sorted and do not overlap.

  // Runs in order, each with the sentences it touches.
  const runs = new Map<number, { regions: QuoteRegion[]; sentences: Set<number> }>();
  for (const r of regions) {
    const entry = runs.get(r.run) ?? { regions: [], sentences: new Set<number>() };
    entry.regions.push(r);
    for (let i = firstIndex(sentences.length, (k) => sentences[k]!.end > r.start - 1); i < sentences.length && sentences[i]!.start < r.end; i++) {
      entry.sentences.add(i);
    }
    runs.set(r.run, entry);
  }
  // A frame naming its speaker outside any quotation: the region that could hold it is the last one starting at or before it.
  const insideQuote = (f: ReportingFrame) => {
    const r = regions[firstIndex(regions.length, (k) => regions[k]!.start > f.speaker.start) - 1];
    return r !== undefined && f.speaker.end <= r.end;
  };
  const eligible = frames.map((f, i) => f.pattern !== "passive" && f.pattern !== "source-phrase" && f.pattern !== "label" && model.frameSources.has(i) && !insideQuote(f));
  // Eligible frames by speaker position (ties in frame order), and by sentence (in frame order).
  const byPosition = frames.map((_, i) => i).filter((i) => eligible[i]).sort((a, b) => frames[a]!.speaker.start - frames[b]!.speaker.start || a - b);
  const bySentence = new Map<number, number[]>();
  for (let i = 0; i < frames.length; i++) {
    if (!eligible[i]) continue;
    const list = bySentence.get(frames[i]!.sentenceIndex) ?? [];
    list.push(i);
    bySentence.set(frames[i]!.sentenceIndex, list);
  }

  let lastSpoken: { source: Source; frame: number; at: number } | null = null;
  let previousEnd = 0;
  const sortedRuns = [...runs.entries()].sort((a, b) => a[1].regions[0]!.start - b[1].regions[0]!.start);
  for (const [run, entry] of sortedRuns) {
    const first = entry.regions[0]!;
    const last = entry.regions[entry.regions.length - 1]!;
    // Frames between the previous quotation and this one set who spoke last (the last such frame in frame order).
    let latest = -1;
    for (let k = firstIndex(byPosition.length, (j) => frames[byPosition[j]!]!.speaker.start >= previousEnd); k < byPosition.length; k++) {
      const i = byPosition[k]!;
      const f = frames[i]!;
      if (f.speaker.start > first.start) break;
      if (f.speaker.end <= first.start && i > latest) latest = i;
    }
    if (latest >= 0) lastSpoken = { source: model.frameSources.get(latest)!, frame: latest, at: frames[latest]!.speaker.end };
    // A frame in the run's sentences whose speaker stands outside the quotation: the nearest, the first in frame order on a tie.
    let chosen: { source: Source; frame: number } | null = null;
    let bestDistance = Infinity;
    let bestFrame = Infinity;
    for (const sentence of entry.sentences) {
      for (const i of bySentence.get(sentence) ?? []) {
        const f = frames[i]!;
        const distance = f.speaker.start >= last.end ? f.speaker.start - last.end : Math.max(0, first.start - f.speaker.end);
        if (distance < bestDistance || (distance === bestDistance && i < bestFrame)) {
          bestDistance = distance;
          bestFrame = i;
          chosen = { source: model.frameSources.get(i)!, frame: i };
        }
      }
    }
    // A quotation that names nobody continues the last speaker when it opens its paragraph,
    // or follows that speaker's words in the same paragraph.
    const previous = lastSpoken as { source: Source; frame: number; at: number } | null;
    if (!chosen && previous) {
      const recentEnough = first.start - previous.at < 1500;
      // Looked at only when recent enough: the slice is then short, however far back the speaker was.
      if (recentEnough && (first.opensParagraph || !body.slice(previous.at, first.start).includes("\n"))) chosen = { source: previous.source, frame: previous.frame };
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

/** The first index in [0, length) where `past` holds, for a predicate that is false and then true (binary search); length if none. */
function firstIndex(length: number, past: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
