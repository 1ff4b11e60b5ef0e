/**
 * What an "Add claim" / "Add attack" sends as the anchor: the selected words
 * (whitespace trimmed) and the sentence holding them, as offsets in the
 * section. A selection must lie within one sentence: a fact is read from one.
 */
export interface SelectionAnchor {
  sentenceStart: number;
  sentenceEnd: number;
  anchorStart: number;
  anchorEnd: number;
  anchorText: string;
}

export function anchorFromSelection(
  text: string,
  sentences: readonly (readonly [number, number])[],
  start: number,
  end: number,
): SelectionAnchor | { error: string } {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s >= e) return { error: "Select the words of the fact in the article first." };
  const sentence = sentences.find(([a, b]) => a <= s && s < b);
  if (!sentence) return { error: "The selection is not inside a sentence of the article." };
  if (e > sentence[1]) return { error: "Select words within one sentence: a fact is read from one sentence." };
  return { sentenceStart: sentence[0], sentenceEnd: sentence[1], anchorStart: s, anchorEnd: e, anchorText: text.slice(s, e) };
}

const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

/**
 * A claim's numbers read from the selected quantity, to prefill the form:
 * "2,000" → exact 2,000; "1.5 million" → exact 1,500,000; "200 to 300" or
 * "200-300" → between; anything else (words, "dozens") → vague, no numbers.
 * The reviewer sees and can change every value before saving.
 */
export function readQuantity(quantity: string): { low: number | null; high: number | null; qualifier: "exact" | "between" | "vague" } {
  const numbers = [...quantity.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(hundred|thousand|million)?/gi)].map((m) => {
    const n = Number(m[1]!.replace(/,/g, ""));
    return n * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
  });
  const valid = numbers.filter((n) => Number.isFinite(n));
  if (valid.length === 1) return { low: valid[0]!, high: valid[0]!, qualifier: "exact" };
  if (valid.length === 2 && valid[0]! <= valid[1]!) return { low: valid[0]!, high: valid[1]!, qualifier: "between" };
  return { low: null, high: null, qualifier: "vague" };
}
