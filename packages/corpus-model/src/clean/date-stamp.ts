/**
 * Date stamps: lines that only state when the page was published or
 * updated ("Published: 21 July 2019", "Updated 10:33 AM ET, Mon November 4,
 * 2019", "22/11/2019 14:05", "Sunday, 22 November, 2020 - 07:15"). They are
 * page metadata, removed from the body with reason "date-stamp" (or
 * "updated-stamp" when they name an update) and read by inferPublishedDate.
 *
 * Detection is by residue: strip every date/time/label token; if nothing but
 * punctuation is left and a date was present, the line is a stamp. Linear in
 * the line length, no nested quantifiers.
 */
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DATE_TOKEN = new RegExp(
  [
    String.raw`\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?`,
    // Year-first with slashes or dots: "2017/10/8", "2021.03.17".
    String.raw`\b(?:19|20)\d\d(?<ysep>[/.])\d{1,2}\k<ysep>\d{1,2}\b`,
    String.raw`\b\d{1,2}(?<dsep>[./-])\d{1,2}\k<dsep>\d{4}\b`,
    // "02-Aug-2018", "02.Aug.2018": a day-month-year stamp with the month abbreviated.
    String.raw`\b\d{1,2}(?<msep>[./-])${MONTH}\k<msep>\d{4}\b`,
    String.raw`\b${MONTH}\.?,?[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+\d{4}\b`,
    // Bilingual templates name the month twice: "29 August / Aug 2016".
    String.raw`\b\d{1,2}[ \u00a0]+${MONTH}[ \u00a0]*\/[ \u00a0]*${MONTH}\.?,?[ \u00a0]+\d{4}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?${MONTH}\.?,?[ \u00a0]+\d{4}\b`,
    String.raw`\b${MONTH},?[ \u00a0]+\d{4}\b`,
  ].join("|"),
  "giu",
);
/**
 * Arabic labels of pages that print English dates ("تم نشره في" published on,
 * "آخر تعديل في" last modified on, "تاريخ النشر" publication date, "م"/"ص"
 * pm/am). Arabic letters are not \w, so the words are delimited by lookarounds.
 */
const ARABIC_LABELS = /(?<!\p{L})(?:تم|نشره|نشرت|نشر|النشر|في|آخر|اخر|تعديل|التعديل|تحديث|التحديث|تاريخ|بتاريخ|م|ص)(?!\p{L})/gu;
const NOISE = new RegExp(
  String.raw`\b(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\d{1,2}(?=[ \u00a0]*[ap]\.?m\b))(?:[ \u00a0]*[ap]\.?m\.?)?|\b(?:published|publish|updated?|last|modified|first|posted|date[ds]?|on|at|time|volume|vol|issue|no|gmt|utc|et|est|edt|ct|cst|bst|cet|cest|ast|eet|ist|irst|pst|pt|pdt)\b|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|sday|urday)?\b|\d+`,
  "giu",
);
const UPDATED = /\b(?:updated?|last\s+update|modified)\b|تعديل|تحديث/iu;
const PUBLISHED_LABEL = /\b(?:published|posted|first\s+published)\b|نشر/iu;

export interface DateStampKind {
  kind: "published" | "updated";
}

/** True when the whole line is a date stamp (at most ~16 words, a date and nothing but date words). */
export function detectDateStamp(text: string): DateStampKind | null {
  if (text.length > 140) return null;
  // Arabic-script pages write the comma as "،" ("12 January، 2021").
  const line = text.replace(/\u060c/gu, ",");
  DATE_TOKEN.lastIndex = 0;
  if (!DATE_TOKEN.test(line)) return null;
  const residue = line.replace(DATE_TOKEN, " ").replace(NOISE, " ").replace(ARABIC_LABELS, " ").replace(/GMT[+-]\d+/giu, " ");
  if (/[\p{L}]/u.test(residue)) return null;
  // "[ Last Update: ... ]" after a publication stamp: the line is still the publication stamp.
  const updated = UPDATED.test(line) && !(PUBLISHED_LABEL.test(line) || UPDATED.exec(line)!.index > 10);
  return { kind: updated ? "updated" : "published" };
}

/** A header line (byline, masthead with a date) that carries a full date: "By X | July 21, 2019", "Kurdistan24 | 26-05-2021". */
export function containsFullDate(line: string): boolean {
  DATE_TOKEN.lastIndex = 0;
  return DATE_TOKEN.test(line);
}
