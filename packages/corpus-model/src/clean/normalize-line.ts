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

/** Words (letter/digit runs) in a line. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}
