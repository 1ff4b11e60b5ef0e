import { countWords } from "./normalize-line";

/**
 * A line of running article text: enough words and sentence punctuation, or
 * so long that it can only be prose (scrapers sometimes cut the final stop).
 */
export function looksLikeProse(line: string): boolean {
  const words = countWords(line);
  if (words >= 25) return true;
  if (words < 8) return false;
  return /[.!?…]["'”’)\]]*$/u.test(line) || /[.!?]["”’]?[ \u00a0]+["“‘\p{Lu}]/u.test(line);
}
