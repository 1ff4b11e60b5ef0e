/** One physical line of the input with its offsets (newline excluded). */
export interface RawLine {
  /** Offset of the first character of the trimmed line in the input. */
  start: number;
  /** Offset just past the last non-space character. */
  end: number;
  /** The trimmed line text: input.slice(start, end). */
  text: string;
}

// Scraped text pads lines with ordinary and no-break spaces; trimming only
// moves the line edges, so the words inside stay byte-identical to the raw.
const EDGE_SPACE = /[\s\u00a0\u200b\ufeff]/;

/** Splits text into trimmed, non-empty lines with their offsets in `text`. */
export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n" && text[i] !== "\r") continue;
    let s = lineStart;
    let e = i;
    while (s < e && EDGE_SPACE.test(text[s]!)) s++;
    while (e > s && EDGE_SPACE.test(text[e - 1]!)) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
    lineStart = i + 1;
  }
  return lines;
}
