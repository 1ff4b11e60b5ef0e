/**
 * Size-driven layout helpers. Charts render on the server (no DOM to
 * measure text), so widths are estimated from character counts: good
 * enough to decide truncation, rotation and tick density, and — unlike a
 * measurement — identical on server and client, so hydration never differs.
 */

export const FONT_SIZE = 11;
export const SMALL_FONT_SIZE = 10;
/** Average advance of a sans-serif glyph relative to the font size. */
const AVG_CHAR_EM = 0.58;

export function estimateTextWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * AVG_CHAR_EM;
}

/** Cut `text` to fit `maxWidth` pixels, ending in an ellipsis; "" when not even one character fits. */
export function truncateLabel(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.floor(maxWidth / (fontSize * AVG_CHAR_EM)) - 1;
  if (chars < 1) return "";
  return `${text.slice(0, chars).trimEnd()}\u2026`;
}

/** Roughly one tick per `spacing` pixels, never fewer than 2 nor more than `max`. */
export function tickCount(lengthPx: number, spacing = 80, max = 10): number {
  return Math.max(2, Math.min(max, Math.floor(lengthPx / spacing)));
}

/**
 * For a band axis with `n` bands of `step` pixels: label every k-th band so
 * labels of `labelExtent` pixels (font height for horizontal labels) do not
 * collide. Returns k >= 1.
 */
export function labelEvery(step: number, labelExtent: number): number {
  if (step <= 0) return Number.MAX_SAFE_INTEGER;
  return Math.max(1, Math.ceil(labelExtent / step));
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Width of a left label gutter for `labels`, capped to a fraction of the chart width. */
export function labelGutter(labels: readonly string[], width: number, fontSize = FONT_SIZE, maxFraction = 0.3): number {
  const longest = labels.reduce((m, l) => Math.max(m, estimateTextWidth(l, fontSize)), 0);
  return clamp(Math.ceil(longest) + 10, 24, Math.max(24, width * maxFraction));
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Inner drawing size after margins; negative sizes collapse to 0. */
export function innerSize(width: number, height: number, m: Margin): { innerWidth: number; innerHeight: number } {
  return { innerWidth: Math.max(0, width - m.left - m.right), innerHeight: Math.max(0, height - m.top - m.bottom) };
}

export interface LegendItemLayout {
  key: string;
  label: string;
  x: number;
  y: number;
}

/** Flow legend items left-to-right, wrapping into rows that fit `width`. */
export function flowLegend(
  items: readonly { key: string; label: string }[],
  width: number,
  swatch = 12,
  gap = 14,
  rowHeight = 18,
  fontSize = FONT_SIZE,
): { items: LegendItemLayout[]; height: number } {
  const out: LegendItemLayout[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const w = swatch + 5 + estimateTextWidth(item.label, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    out.push({ key: item.key, label: item.label, x, y });
    x += w + gap;
  }
  return { items: out, height: items.length === 0 ? 0 : y + rowHeight };
}
