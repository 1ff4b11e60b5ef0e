/**
 * A comparison key for a line: case-folded, quotes unified, whitespace
 * (including no-break spaces) collapsed. Used to spot repeated headlines and
 * captions that differ only in invisible characters.
 */
export function normalizeLine(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Words in a line: the number of matches of /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu
 * (a letter or digit, then letters, digits, apostrophes, dots, hyphens).
 * Counted by a scan over code points rather than `match`: the cleaner asks
 * for every line's count several times, and `match` built an array of every
 * word just to take its length.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const letterOrDigit = isLetterOrDigit(cp);
    if (inWord && (letterOrDigit || cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d)) continue;
    inWord = letterOrDigit;
    if (letterOrDigit) count++;
  }
  return count;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAsciiLetterOrDigit = new Map<number, boolean>();

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  let known = nonAsciiLetterOrDigit.get(cp);
  if (known === undefined) nonAsciiLetterOrDigit.set(cp, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return known;
}
