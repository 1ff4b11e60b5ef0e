import { splitSentences } from "../text";
import type { CleanedArticle, LocatedEvidence, PublishedDate } from "../model/types";
import { FIRST_DAY, fromDayIndex, isoDay, isoMonth } from "./calendar";
import { collectDateConstraints, type DatedSentence } from "./collect-date-constraints";
import { collectUpdateConstraints } from "./collect-update-constraints";
import { PRIORITY, type DateConstraint } from "./date-constraint";
import { daysBetween, hasDay, intersectDays } from "./day-set";
import { findCitedUrlDates, findPageUrlDate } from "./find-url-dates";
import { findHeaderDates } from "./header-dates";
import { findHtmlDate } from "./find-html-date";
import { parseIsoDate } from "./parse-iso-date";
import { solveDateConstraints } from "./solve-date-constraints";

export interface InferDateInput {
  raw: string;
  cleaned: CleanedArticle;
  supplied?: string;
  /** The page's own URL when the caller knows it; a date in its path dates the article. */
  url?: string;
}

/** Paragraphs at the top of the body that count as the lede. */
const LEDE_PARAGRAPHS = 2;

const YEAR_BEFORE_WINDOW = daysBetween(FIRST_DAY - 366, FIRST_DAY - 1);

/**
 * When the article was published. A supplied ISO date wins, then the date
 * the page declares in its markup, then a date line in the page's header
 * block. Otherwise the date is solved from constraints: the page's own URL
 * (day or month), "Updated ..." stamps (an upper bound, with the weekday the
 * lede reports from), dated links the text cites (lower bounds), and what the
 * text says: explicit dates, photo dates, weekday + date pairs, relative
 * phrases anchored to dated things, reference events of the conflict and
 * office holders' terms. Precision never exceeds what the interval supports,
 * and a text whose year nothing states gets no date.
 */
export function inferPublishedDate(input: InferDateInput): PublishedDate | null {
  const { raw, cleaned, supplied } = input;
  const given = supplied ? parseIsoDate(supplied) : null;
  if (given && supplied) {
    return { ...given, evidence: `supplied: ${supplied}`, spans: [{ text: supplied, start: 0, end: 0, origin: "supplied" }] };
  }
  const markup = findHtmlDate(raw);
  const declared = markup ? parseIsoDate(markup.value.slice(0, markup.value.search(/[T ]/u) > 0 ? markup.value.search(/[T ]/u) : undefined)) : null;
  if (markup && declared) {
    return { ...declared, evidence: `page markup (${markup.rule}): ${markup.value}`, spans: [{ text: markup.value, start: markup.start, end: markup.start + markup.value.length, origin: "raw" }] };
  }

  // The page's own date lines: a dated line in the header block is the
  // publication date; an "Updated ..." stamp is a latest bound.
  const header = findHeaderDates(raw, cleaned);
  const stated = header.find((h) => h.kind === "published");
  if (stated) {
    const a = fromDayIndex(stated.first);
    const day = stated.first === stated.last;
    return {
      date: day ? isoDay(stated.first) : isoMonth(a.y, a.m),
      precision: day ? "day" : "month",
      earliest: isoDay(stated.first),
      latest: isoDay(stated.last),
      evidence: `date line in the page header: ${stated.span.text}`,
      spans: [stated.span],
    };
  }
  const sentences = datedSentences(cleaned);
  const constraints = collectDateConstraints(sentences);
  constraints.push(...collectUpdateConstraints(header, sentences));
  const own = findPageUrlDate(raw, input.url);
  if (own) {
    constraints.push({ id: `url-date:${own.rule}`, priority: PRIORITY.pageUrl, description: `the page's URL is dated ${own.span.text}: published ${own.first === own.last ? "that day" : "that month"}`, days: daysBetween(own.first, own.last), spans: [own.span] });
  }
  for (const c of findCitedUrlDates(cleaned)) {
    constraints.push({ id: "cited-url-date", priority: PRIORITY.explicitDate, description: `a cited link is dated ${c.span.text}: published on or after it`, days: daysBetween(c.first, Infinity), spans: [c.span] });
  }
  const solution = solveDateConstraints(constraints);
  if (!solution) return null;
  // When only the edge of the search window bounds the interval from below
  // ("Oct. 27" with no year anywhere), the text does not date the article.
  if (boundedOnlyByWindow(solution.used)) return null;
  const { earliest, latest, used } = solution;
  const a = fromDayIndex(earliest);
  const b = fromDayIndex(latest);
  let precision: PublishedDate["precision"];
  let date: string;
  if (latest - earliest <= 1) {
    precision = "day";
    date = isoDay(earliest);
  } else if (a.y === b.y && a.m === b.m) {
    precision = "month";
    date = isoMonth(a.y, a.m);
  } else {
    // Across a year boundary the year holding most of the interval is named; the interval tells the rest.
    precision = "year";
    const endOfFirstYear = Date.UTC(a.y, 11, 31) / 86_400_000;
    date = String(a.y === b.y || endOfFirstYear - earliest >= latest - endOfFirstYear ? a.y : b.y);
  }
  const decisive = decisiveConstraints(used, earliest, latest);
  const spans: LocatedEvidence[] = decisive.flatMap((c) => c.spans);
  return {
    date,
    precision,
    earliest: isoDay(earliest),
    latest: isoDay(latest),
    evidence: decisive.map((c) => c.description).join("; "),
    spans,
  };
}

/**
 * The constraints that actually bound the interval: the strongest one that
 * rules out the day before it, the strongest that rules out the day after
 * it, and, when those alone do not reproduce the interval (a weekday that
 * fits several years, an anchor that fixed the month), the further
 * constraints that narrow it, strongest first. Trivial ones ("2004" is past)
 * drop out.
 */
function decisiveConstraints(used: readonly DateConstraint[], earliest: number, latest: number): DateConstraint[] {
  const lower = used.find((c) => !hasDay(c.days, earliest - 1));
  const upper = used.find((c) => !hasDay(c.days, latest + 1));
  const picked = new Set<DateConstraint>([lower, upper].filter((c): c is DateConstraint => c !== undefined));
  const reproduces = (cs: Set<DateConstraint>) => {
    const r = solveDateConstraints([...cs].filter((c) => c.id !== "horizon"));
    return r !== null && r.earliest === earliest && r.latest === latest;
  };
  if (picked.size === 0 || !reproduces(picked)) {
    const added: DateConstraint[] = [];
    for (const c of used) {
      if (picked.has(c) || c.id === "horizon") continue;
      picked.add(c);
      added.push(c);
      if (reproduces(picked)) break;
    }
    // Drop the added ones the interval does not need (later, weaker ones first).
    for (const c of added.reverse()) {
      picked.delete(c);
      if (!reproduces(picked)) picked.add(c);
    }
  }
  // Kept in the solver's order; its "nothing bounds it later" horizon stays when it set the latest day.
  return used.filter((c) => picked.has(c));
}

/** The used constraints are tried on the year before the window: a year shows whether any of them bounds the year. */
function boundedOnlyByWindow(used: readonly DateConstraint[]): boolean {
  let before = YEAR_BEFORE_WINDOW;
  for (const c of used) before = intersectDays(before, c.days);
  return before.size > 0;
}

// Body sentences, plus photo captions (often dated) read from the raw input.
function datedSentences(cleaned: CleanedArticle): DatedSentence[] {
  const ledeEnd = paragraphEnd(cleaned.body, LEDE_PARAGRAPHS);
  const captions = cleaned.removed.filter((f) => f.reason === "caption" || f.reason === "duplicate-caption").map((f) => f.text);
  // Galleries print a caption twice, once without its credit; the bare copy stays in the body but is still a caption.
  const isCaption = (text: string) => text.length >= 30 && captions.some((c) => c.startsWith(text.trim()));
  const out: DatedSentence[] = splitSentences(cleaned.body).map((s) => ({ text: s.text, start: s.start, origin: "body", lede: s.start < ledeEnd, caption: isCaption(s.text) }));
  if (cleaned.format === "text") {
    for (const f of cleaned.removed) {
      if (f.reason === "caption") out.push({ text: f.text, start: f.start, origin: "raw", lede: false, caption: true });
    }
  }
  return out;
}

function paragraphEnd(body: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const next = body.indexOf("\n\n", at);
    if (next < 0) return body.length;
    at = next + 2;
  }
  return at;
}
