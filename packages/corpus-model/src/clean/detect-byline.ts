import { BYLINE_PATTERNS, SOURCE_TRAILER } from "./byline-patterns";
import type { LineRule } from "./line-rule";
import { countWords } from "./normalize-line";

/** The byline rule a whole line matches, or null. */
export function detectByline(line: string): LineRule | null {
  const words = countWords(line);
  return BYLINE_PATTERNS.find((r) => words <= r.maxWords && r.pattern.test(line)) ?? null;
}

/** True for a "Source: X" trailer line. */
export function isSourceTrailer(line: string): boolean {
  return countWords(line) <= SOURCE_TRAILER.maxWords && SOURCE_TRAILER.pattern.test(line);
}

/** The credited name of a byline line: "By Khalid al-Taie" -> "Khalid al-Taie"; desk labels as written. */
export function bylineName(line: string): string {
  return line
    .replace(/^(?:by|written by|words by|reporting by|edited by|compiled by|translated by|prepared by)[ \u00a0]+/iu, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
