import type { CleanedArticle, LocatedEvidence } from "../model/types";
import { dayIndex, daysInMonth, isValidDate } from "./calendar";
import { MONTH_SOURCE, monthNumber } from "./month-names";

/** A date a page states about itself in its header ("Published: 21 July 2019") or an "Updated ..." stamp. */
export interface HeaderDate {
  kind: "published" | "updated";
  /** First and last candidate day (equal for a full date; a month for "February 2021"). */
  first: number;
  last: number;
  span: LocatedEvidence;
}

const SP = String.raw`[ \u00a0]`;
const STAMP_PATTERNS: readonly { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number | null] | null }[] = [
  { re: /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/u, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    // Numeric dates in this beat's outlets are day-first (22/11/2019, 14-09-2021, 22.11.2019); month-first only when the day cannot be a month.
    re: /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/u,
    parts: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      return b > 12 && a <= 12 ? [Number(m[4]), a, b] : [Number(m[4]), b, a];
    },
  },
  {
    re: new RegExp(String.raw`\b(${MONTH_SOURCE})\.?,?${SP}+(\d{1,2})(?:st|nd|rd|th)?,?${SP}+((?:19|20)\d\d)\b`, "iu"),
    parts: (m) => [Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2])],
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?${SP}+(?:of${SP}+)?(${MONTH_SOURCE})\.?,?${SP}+((?:19|20)\d\d)\b`, "iu"),
    parts: (m) => [Number(m[3]), monthNumber(m[2]!) ?? 0, Number(m[1])],
  },
  { re: new RegExp(String.raw`\b(${MONTH_SOURCE})\.?,?${SP}+((?:19|20)\d\d)\b`, "iu"), parts: (m) => [Number(m[2]), monthNumber(m[1]!) ?? 0, null] },
];

/** The first calendar date in a stamp line, with its offset in the line. */
export function parseStampDate(stamp: string): { first: number; last: number; index: number; text: string } | null {
  // Arabic-script pages write the comma as "،" ("12 January، 2021"); same length, so offsets hold.
  const line = stamp.replace(/\u060c/gu, ",");
  let best: { first: number; last: number; index: number; text: string } | null = null;
  for (const p of STAMP_PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const parts = p.parts(m);
    if (!parts) continue;
    const [y, mo, d] = parts;
    if (mo < 1 || mo > 12) continue;
    if (d !== null && !isValidDate(y, mo, d)) continue;
    const hit = d === null
      ? { first: dayIndex(y, mo, 1), last: dayIndex(y, mo, daysInMonth(y, mo)), index: m.index, text: stamp.slice(m.index, m.index + m[0].length) }
      : { first: dayIndex(y, mo, d), last: dayIndex(y, mo, d), index: m.index, text: stamp.slice(m.index, m.index + m[0].length) };
    // Full dates beat month-year ones that start at the same place ("Nov 22, 2019" vs "Nov ... 2019").
    if (!best || hit.index < best.index || (hit.index === best.index && hit.last - hit.first < best.last - best.first)) best = hit;
  }
  return best;
}

const HEADER_REASONS = new Set(["date-stamp", "updated-stamp", "byline", "masthead", "header-furniture", "source-trailer"]);

/**
 * Dates the page states about itself: date stamps and dated bylines in the
 * header block above the article, plus "Updated ..." stamps anywhere.
 * Offsets index the raw input (for HTML, the stamp's first occurrence in it).
 */
export function findHeaderDates(raw: string, cleaned: CleanedArticle): HeaderDate[] {
  // The header block ends at the second paragraph: a standfirst may sit above the byline and date.
  const paragraphs = cleaned.body.split("\n\n", 2);
  const anchor = paragraphs[1] ?? paragraphs[0] ?? "";
  const bodyAt = anchor ? cleaned.pageText.indexOf(anchor) : -1;
  const headerEnd = bodyAt >= 0 ? bodyAt : cleaned.pageText.length;
  const out: HeaderDate[] = [];
  for (const f of cleaned.removed) {
    if (!HEADER_REASONS.has(f.reason)) continue;
    const updated = f.reason === "updated-stamp";
    if (!updated && f.start >= headerEnd) continue;
    const parsed = parseStampDate(f.text);
    if (!parsed) continue;
    const lineStart = cleaned.format === "text" ? f.start : raw.indexOf(f.text);
    const start = lineStart >= 0 ? lineStart + parsed.index : raw.indexOf(parsed.text);
    if (start < 0) continue;
    out.push({ kind: updated ? "updated" : "published", first: parsed.first, last: parsed.last, span: { text: parsed.text, start, end: start + parsed.text.length, origin: "raw" } });
  }
  return out;
}
