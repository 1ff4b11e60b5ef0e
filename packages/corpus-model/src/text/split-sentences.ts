import type { Evidence } from "../model/types";

/**
 * Abbreviations after which a full stop does not end a sentence. Titles and
 * month abbreviations are the usual traps in news copy ("Col. Saad",
 * "on Dec. 9 announced").
 */
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "no", "nos", "vs", "etc", "approx", "est",
    "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "gov", "sen", "rep",
    "pres", "sec", "amb", "rev", "hon", "insp", "supt", "dept", "univ", "corp", "inc", "ltd", "co",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
  ],
);

const CLOSERS = "\"'”’)]»";

/**
 * Splits text into sentences with offsets. Paragraph breaks always end a
 * sentence; within a paragraph a sentence ends at . ! ? (plus closing quotes
 * or brackets) followed by whitespace and something that can start a
 * sentence. Returned spans are trimmed and never empty.
 */
export function splitSentences(text: string): Evidence[] {
  const out: Evidence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let j = i + 1;
    while (j < text.length && (CLOSERS.includes(text[j]!) || text[j] === "." )) j++;
    if (j < text.length && !/[ \t\u00a0]/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k]!)) k++;
    if (k >= text.length || text[k] === "\n") continue; // the newline branch handles it
    const next = text[k]!;
    if (!/[A-Z0-9"'“‘([«\u0600-\u06FF]/.test(next)) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("Michael W. Hanna") or dotted acronym ("U.S.").
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!)) return true;
  if (/^([a-z]\.)+[a-z]$/.test(word)) return true;
  return false;
}
