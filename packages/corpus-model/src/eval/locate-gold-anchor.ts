import type { Span } from "../model/types";

/** Where a gold fact sits: its words, their offsets, and optionally its sentence (text and offsets). */
export interface GoldAnchor {
  text: string;
  start: number;
  end: number;
  sentence?: { text: string; start?: number };
}

/**
 * Finds a gold fact's words in the text the machine analysed. Usually they
 * are where the gold says; when the article's cleaning changed since the gold
 * was written (another extractor version keeps more or less furniture) the
 * offsets shift, so the words are looked for again: inside an occurrence of
 * the gold's sentence when it has one, the occurrence nearest the old offset.
 * Null when the words are not in the text: the gold describes another text.
 */
export function locateGoldAnchor(text: string, anchor: GoldAnchor): Span | null {
  if (anchor.text === "") return null;
  if (text.slice(anchor.start, anchor.end) === anchor.text) return { start: anchor.start, end: anchor.end };
  const occurrences = findAll(text, anchor.text);
  if (occurrences.length === 0) return null;
  const sentence = anchor.sentence?.text;
  const sentences = sentence && sentence.includes(anchor.text) ? findAll(text, sentence) : [];
  const inSentence = occurrences.filter((at) => sentences.some((s) => at >= s && at + anchor.text.length <= s + sentence!.length));
  const candidates = inSentence.length > 0 ? inSentence : occurrences;
  const best = candidates.reduce((a, b) => (Math.abs(b - anchor.start) < Math.abs(a - anchor.start) ? b : a));
  return { start: best, end: best + anchor.text.length };
}

function findAll(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}
