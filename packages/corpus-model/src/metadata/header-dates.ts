import type { CleanedArticle, LocatedEvidence } from "../model/types";
import { dayIndex, daysInMonth, isValidDate } from "./calendar";
import { countWords } from "../clean/normalize-line";
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
  // Year-first is always year-month-day: "2017/10/8", "2021.03.17".
  { re: /(?<![\d./])((?:19|20)\d\d)([/.])(\d{1,2})\2(\d{1,2})(?![\d./])/u, parts: (m) => [Number(m[1]), Number(m[3]), Number(m[4])] },
  {
    // Numeric dates in this beat's outlets are day-first (22/11/2019, 14-09-2021, 22.11.2019); month-first only when the day cannot be a month.
    re: /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/u,
    parts: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      return b > 12 && a <= 12 ? [Number(m[4]), a, b] : [Number(m[4]), b, a];
    },
  },
  // "02-Aug-2018": day, abbreviated month and year joined by one separator.
  { re: new RegExp(String.raw`(?<!\d)(\d{1,2})([./-])(${MONTH_SOURCE})\2((?:19|20)\d\d)(?!\d)`, "iu"), parts: (m) => [Number(m[4]), monthNumber(m[3]!) ?? 0, Number(m[1])] },
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

const REPEATED_MONTH = new RegExp(String.raw`\b(${MONTH_SOURCE})${SP}*\/${SP}*(?:${MONTH_SOURCE})\b\.?`, "giu");

/** The first calendar date in a stamp line, with its offset in the line. */
export function parseStampDate(stamp: string): { first: number; last: number; index: number; text: string } | null {
  // Arabic-script pages write the comma as "،" ("12 January، 2021"); bilingual
  // templates repeat the month ("29 August / Aug 2016"), blanked here. Both
  // replacements keep the length, so offsets hold.
  const line = stamp.replace(/\u060c/gu, ",").replace(REPEATED_MONTH, (all: string, first: string) => first + " ".repeat(all.length - first.length));
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

/** Words that make a body paragraph article text rather than a dek, a teaser or a notice. */
const SUBSTANTIAL_WORDS = 20;

/**
 * Search engines store some pages with the page's date label run into the
 * first paragraph ("date 2020-08-24 US troops have ..."): a label word, then a
 * date, at the very top of the text.
 */
const LEADING_DATE_LABEL = /^[\s\u00a0]*(?:date|dated|published(?:[ \u00a0]+on)?|posted(?:[ \u00a0]+on)?)\b[ \u00a0]*[:\-–]?[ \u00a0]*/iu;

/**
 * Dates the page states about itself: a date label leading the text, date
 * stamps and dated bylines in the header block above the article, plus
 * "Updated ..." stamps anywhere. Offsets index the raw input (for HTML, the
 * stamp's first occurrence in it).
 */
export function findHeaderDates(raw: string, cleaned: CleanedArticle): HeaderDate[] {
  const headerEnd = headerBlockEnd(cleaned);
  const out: HeaderDate[] = [];
  const leading = findLeadingDateLabel(raw);
  if (leading) out.push(leading);
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

/**
 * Where the header block (headline, dek, byline, date) ends in the page
 * text: at the second substantial body paragraph, and never before the
 * second paragraph. A dek or a site notice ("Notifications can be managed
 * in browser preferences.") may sit above the byline and date, but a stamp
 * below two paragraphs of article text is not the page's own.
 */
function headerBlockEnd(cleaned: CleanedArticle): number {
  const paragraphs = cleaned.body.split("\n\n");
  const substantial: number[] = [];
  for (let i = 0; i < paragraphs.length && substantial.length < 2; i++) {
    if (countWords(paragraphs[i]!) >= SUBSTANTIAL_WORDS) substantial.push(i);
  }
  // Without a second substantial paragraph the block ends after the first one (or the first paragraph, when none is).
  const end = Math.max(1, substantial[1] ?? (substantial[0] ?? 0) + 1);
  const anchor = paragraphs[end];
  if (anchor !== undefined) {
    const at = cleaned.pageText.indexOf(anchor);
    return at >= 0 ? at : cleaned.pageText.length;
  }
  // The body ends inside the block: nothing below the last paragraph is header.
  const last = paragraphs[paragraphs.length - 1] ?? "";
  const at = last ? cleaned.pageText.lastIndexOf(last) : -1;
  return at >= 0 ? at + last.length : cleaned.pageText.length;
}

/** "date 2020-08-24 ..." opening the raw text; null when the text does not start that way. */
function findLeadingDateLabel(raw: string): HeaderDate | null {
  const label = LEADING_DATE_LABEL.exec(raw.slice(0, 80));
  if (!label) return null;
  const after = raw.slice(label[0].length, label[0].length + 40);
  const parsed = parseStampDate(after);
  if (!parsed || parsed.index !== 0) return null;
  const start = label[0].length;
  return { kind: "published", first: parsed.first, last: parsed.last, span: { text: parsed.text, start, end: start + parsed.text.length, origin: "raw" } };
}
