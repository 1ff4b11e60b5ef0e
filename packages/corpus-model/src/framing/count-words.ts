/**
 * Words for the per-1,000-words rates: runs of letters or digits, with
 * inner apostrophes and hyphens kept inside the word ("Daesh's",
 * "US-led" are one word each).
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
