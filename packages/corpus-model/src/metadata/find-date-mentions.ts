import { matchAllOf } from "../text/match-all";
import { isValidDate } from "./calendar";
import { FULL_MONTH_SOURCE, MONTH_SOURCE, WEEKDAY_SOURCE, monthNumber, weekdayNumber } from "./month-names";

/** A calendar expression found in text; parts the text leaves out are undefined. */
export interface DateMention {
  kind: "full" | "month-day" | "month-year" | "month" | "year";
  year?: number;
  month?: number;
  day?: number;
  /** Weekday named next to the date ("Monday (February 10th)"). */
  weekday?: number;
  /** "YYYY is a year of ..." style present-tense mention of the current year. */
  present?: boolean;
  /**
   * For a month without a year: "last" for "last December" (the most recent
   * December before publication, possibly in the year before), "previous-year"
   * for "December last year". Plain "in December" is in the year of publication.
   */
  relative?: "last" | "previous-year";
  start: number;
  end: number;
  text: string;
}

const SP = String.raw`[ \u00a0]`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const WEEKDAY_BEFORE = new RegExp(String.raw`\b(${WEEKDAY_SOURCE})\.?${SP}*,?${SP}*\(?${SP}*(?:the${SP}+)?$`, "u");
const WEEKDAY_AFTER = new RegExp(String.raw`^${SP}*\(?${SP}*(${WEEKDAY_SOURCE})\b`, "u");

const DATE_PATTERNS: readonly { id: string; re: RegExp; parts: (m: RegExpExecArray) => { y?: number; mo?: number; d?: number } }[] = [
  { id: "iso", re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/gu, parts: (m) => ({ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) }) },
  {
    id: "month-day",
    re: new RegExp(String.raw`\b(${MONTH_SOURCE})\.?${SP}+(\d{1,2})${ORD}\b(?:,?${SP}+${YEAR}\b)?`, "gu"),
    parts: (m) => ({ mo: monthNumber(m[1]!) ?? undefined, d: Number(m[2]), y: m[3] ? Number(m[3]) : undefined }),
  },
  {
    id: "day-month",
    re: new RegExp(String.raw`\b(\d{1,2})${ORD}${SP}+(?:of${SP}+)?(${MONTH_SOURCE})\b\.?(?:,?${SP}+${YEAR}\b)?`, "gu"),
    parts: (m) => ({ d: Number(m[1]), mo: monthNumber(m[2]!) ?? undefined, y: m[3] ? Number(m[3]) : undefined }),
  },
  {
    id: "month-year",
    re: new RegExp(String.raw`\b(${MONTH_SOURCE})\.?${SP}+(?:of${SP}+)?${YEAR}\b`, "gu"),
    parts: (m) => ({ mo: monthNumber(m[1]!) ?? undefined, y: Number(m[2]) }),
  },
  {
    id: "bare-month",
    re: new RegExp(
      String.raw`\b(?:([Ll]ast)|[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Bb]eginning of|[Mm]iddle of)${SP}+\[?(${FULL_MONTH_SOURCE})\]?(?![ \u00a0]*\d)\b(,?${SP}+(?:of${SP}+)?(?:last|the previous|the prior)${SP}+year\b)?`,
      "gu",
    ),
    parts: (m) => ({ mo: monthNumber(m[2]!) ?? undefined }),
  },
  {
    id: "year",
    re: /(?<![\d,.$£€/-])\b((?:19[89]|20[0-3])\d)\b(?!\d|,\d|[ \u00a0]*(?:km|kilomet|miles?|people|fighters|troops|militants|soldiers|members|square|tons|dollars|families|civilians|metres|meters)\b)/gu,
    parts: (m) => ({ y: Number(m[1]) }),
  },
];

/** Finds calendar expressions; longer, more specific ones win over the parts they contain. */
export function findDateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const pattern of DATE_PATTERNS) {
    for (const m of matchAllOf(pattern.re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const { y, mo, d } = pattern.parts(m as RegExpExecArray);
      if (mo === undefined && pattern.id !== "year") continue;
      if (d !== undefined && mo !== undefined && !isValidDate(y ?? 2000, mo, d)) continue;
      const kind: DateMention["kind"] =
        d !== undefined ? (y !== undefined ? "full" : "month-day") : mo !== undefined ? (y !== undefined ? "month-year" : "month") : "year";
      const mention: DateMention = { kind, start, end, text: m[0] };
      if (y !== undefined) mention.year = y;
      if (mo !== undefined) mention.month = mo;
      if (d !== undefined) {
        mention.day = d;
        const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
        const after = WEEKDAY_AFTER.exec(text.slice(end, end + 16));
        const wd = before?.[1] ?? after?.[1];
        if (wd) mention.weekday = weekdayNumber(wd) ?? undefined;
        if (mention.weekday === undefined) delete mention.weekday;
      }
      if (kind === "year" && /^[ \u00a0]+(?:is|will be) (?:a|the|going)\b/u.test(text.slice(end, end + 20))) mention.present = true;
      if (kind === "month") {
        // Report only the month name, so the span reads "October", not "in October";
        // "last December" and "December last year" keep their qualifier.
        const name = m[2]!;
        const offset = m[0].indexOf(name, m[1] ? m[1].length : 0);
        const text = m[1] ? m[0].slice(0, offset + name.length) : m[3] ? m[0].slice(offset) : name;
        mention.start = start + (m[1] ? 0 : offset);
        mention.end = mention.start + text.length;
        mention.text = text;
        if (m[3]) mention.relative = "previous-year";
        else if (m[1]) mention.relative = "last";
      }
      out.push(mention);
      taken.push([start, end]);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
