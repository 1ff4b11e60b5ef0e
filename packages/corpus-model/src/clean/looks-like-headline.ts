import { countWords } from "./normalize-line";

/**
 * A headline: one short statement, no final full stop, starting with a
 * capital, digit or quote, and not several sentences. Used only outside the
 * body's prose run, where subheads cannot occur.
 */
export function looksLikeHeadline(line: string): boolean {
  const words = countWords(line);
  if (words < 4 || words > 25 || line.length > 220) return false;
  if (!/^["“‘'\p{Lu}\p{N}]/u.test(line)) return false;
  if (/[.,;:]$/u.test(line)) return false;
  // A row of section links ("World | Politics | Economy | Sports") is navigation, not a headline.
  if ((line.match(/[ \u00a0][|•·][ \u00a0]/gu) ?? []).length >= 2) return false;
  // Two sentences in one line is a paragraph, not a headline.
  if (/\p{Ll}[.!?][ \u00a0]+\p{Lu}/u.test(line)) return false;
  return true;
}
