export type SpanKind = "claim" | "attack" | "framing" | "target";

export interface MarkedSpan {
  start: number;
  end: number;
  kind: SpanKind;
  /** Shown on hover: why this span is marked. */
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  kinds: SpanKind[];
  labels: string[];
}

/**
 * Cuts `text` at every span boundary so overlapping spans (a claim inside a
 * targeted sentence, a framing term inside a claim) render as flat,
 * non-nesting segments, each knowing every kind that covers it.
 */
export function segmentText(text: string, spans: MarkedSpan[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      kinds: [...new Set(covering.map((s) => s.kind))],
      labels: [...new Set(covering.map((s) => s.label))],
    });
  }
  return segments;
}
