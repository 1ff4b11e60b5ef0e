import { CAPTION_PATTERNS } from "./caption-patterns";
import type { LineRule } from "./line-rule";
import { countWords } from "./normalize-line";

/** The caption rule a line matches (a photo caption with a credit), or null. */
export function detectCaption(line: string): LineRule | null {
  const words = countWords(line);
  return CAPTION_PATTERNS.find((r) => words <= r.maxWords && r.pattern.test(line)) ?? null;
}
