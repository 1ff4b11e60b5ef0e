import type { LocatedEvidence } from "../model/types";
import { buildPrefilter } from "../text/build-prefilter";
import { matchAllOf } from "../text/match-all";
import { dayIndex, daysInMonth, fromDayIndex, isValidDate, parseIsoDay, weekdayOf } from "./calendar";
import { PRIORITY, type DateConstraint } from "./date-constraint";
import { daysBetween, daysEachYear, monthRun, yearRun, type DayRun, type DaySet } from "./day-set";
import { findDateMentions, type DateMention } from "./find-date-mentions";
import { MONTH_SOURCE, WEEKDAY_SOURCE } from "./month-names";
import { OFFICE_TERMS, TERM_GRACE_DAYS } from "./office-terms";
import { REFERENCE_EVENTS } from "./reference-events";
import { RELATIVE_PHRASES, type RelativeRelation } from "./relative-phrases";

/** A sentence to read dates from; offsets index `origin` (the body, or raw for captions). */
export interface DatedSentence {
  text: string;
  start: number;
  origin: "body" | "raw";
  /** In the article's opening paragraphs, where "said Monday" means the publication week. */
  lede: boolean;
  /** A photo caption: its dates are when the photo was taken, never ahead of publication. */
  caption?: boolean;
}

// Words that make a date in the same clause a future or planned one.
const FUTURE = /\b(?:will|shall|would|going to|wants? to|hopes? to|seeks? to|vowed to|pledged to|scheduled|slated|due (?:to|on|in)|plans? to|planned|planning|expected to|set to|upcoming|next|to be held|deadline|aims? to|intends? to|by the end of|preparing to)\b/iu;
const FRONTED = /^[\s"“‘']*(?:(?:[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Ss]tarting(?: in)?)[ \u00a0]+)?(?:(?:early|late|mid-?)[ \u00a0]*)?$/u;
const FORMER = /\b(?:former|late|then|ex|outgoing|ousted|previous|caretaker)[ \u00a0-]*$/iu;

/**
 * A date closing a caption-style sentence, right after the place ("... in
 * Diyala province, Iraq, Sept. 27, 2016." or "... city of Sweida, July 25,
 * 2018. /VCG Photo"): the day the photo was taken, which publication follows,
 * whatever the caption says is "upcoming". "... scheduled for next year, May
 * 12, 2018." is not one: no place name before the comma.
 */
const CAPTION_DATE_BEFORE = new RegExp(String.raw`(?<!(?:${WEEKDAY_SOURCE}|${MONTH_SOURCE}))(?<=\p{Lu}[\p{L}'’.-]*),[ \u00a0]*$`, "u");
const CAPTION_DATE_AFTER = /^[ \u00a0]*\.?[ \u00a0]*(?:\([^()]{1,60}\)|\/?[ \u00a0]*[\p{L} .&/-]{0,30}\b(?:photo|photograph|picture|file)s?\b[^.]{0,30})?[ \u00a0.]*$/iu;

const DEATH_NEAR = /\b(?:killed|killing|death|died|dead|slain|assassinat\w*|eliminated)\b/iu;
const ym = (day: number) => fromDayIndex(day);
// Hoisted so the per-sentence loop does not rebuild it.
const SEASON = /\b(?:this|last) (spring|summer|autumn|fall|winter)\b/giu;
// Most sentences name no event, office holder, relative time or season: one quick scan rules a sentence out of a whole table.
const MAY_NAME_EVENT = buildPrefilter(REFERENCE_EVENTS.flatMap((e) => e.patterns));
const MAY_NAME_TITLE = buildPrefilter(OFFICE_TERMS.map((t) => t.pattern));
const MAY_NAME_RELATIVE = buildPrefilter(RELATIVE_PHRASES.map((p) => p.pattern));
const MAY_NAME_SEASON = buildPrefilter([SEASON]);

interface Anchor {
  /** Known first day of the anchor (when the year is known). */
  day?: number;
  year?: number;
  month?: number;
  dayOfMonth?: number;
  start: number;
  end: number;
  label: string;
  span: LocatedEvidence;
}

/** Reads every date statement in the sentences as constraints on the publication day. */
export function collectDateConstraints(sentences: readonly DatedSentence[]): DateConstraint[] {
  const out: DateConstraint[] = [];
  const bareMonths: { month: number; sentence: number; span: LocatedEvidence }[] = [];
  const unanchored = new Set<RelativeRelation>();

  sentences.forEach((s, si) => {
    const span = (start: number, text: string): LocatedEvidence => ({ text, start: s.start + start, end: s.start + start + text.length, origin: s.origin });
    // A fronted time adverbial ("In 2019, our trainers ... will begin") governs its whole sentence.
    const isFuture = (start: number, end: number) => {
      const fronted = s.text[end] === "," && FRONTED.test(s.text.slice(0, start));
      return FUTURE.test(s.text.slice(Math.max(0, start - 80), fronted ? s.text.length : Math.min(s.text.length, end + 40)));
    };
    const anchors: Anchor[] = [];

    const mentions = findDateMentions(s.text);
    for (const m of mentions) {
      const ev = span(m.start, m.text);
      if (m.kind === "full" && (s.caption || (CAPTION_DATE_BEFORE.test(s.text.slice(0, m.start)) && CAPTION_DATE_AFTER.test(s.text.slice(m.end))))) {
        const day = dayIndex(m.year!, m.month!, m.day!);
        out.push({ id: "caption-date", priority: PRIORITY.explicitDate, description: `photo dated "${m.text}": published on or after it`, days: daysBetween(day, Infinity), spans: [ev] });
        anchors.push({ day, year: m.year!, month: m.month!, dayOfMonth: m.day!, start: m.start, end: m.end, label: `"${m.text}"`, span: ev });
        continue;
      }
      const future = isFuture(m.start, m.end);
      addMentionConstraints(out, m, ev, future, s.lede);
      if (m.kind === "month" && !future && m.relative === undefined) bareMonths.push({ month: m.month!, sentence: si, span: ev });
      const anchor: Anchor = { start: m.start, end: m.end, label: `"${m.text}"`, span: ev };
      if (m.year !== undefined) anchor.year = m.year;
      if (m.month !== undefined) anchor.month = m.month;
      if (m.day !== undefined) anchor.dayOfMonth = m.day;
      if (m.year !== undefined) anchor.day = dayIndex(m.year, m.month ?? 1, m.day ?? 1);
      if (!future && m.relative === undefined) anchors.push(anchor);
    }
    // Years the sentence dates itself to: a sentence set wholly before an event cannot be naming it.
    const pastYears = mentions.filter((m) => m.year !== undefined && !isFuture(m.start, m.end)).map((m) => m.year!);
    const latestYear = pastYears.length > 0 ? Math.max(...pastYears) : 0;

    const claimed: [number, number][] = [];
    for (const e of MAY_NAME_EVENT(s.text) ? REFERENCE_EVENTS : []) {
      if (e.context && !e.context.every((c) => c.test(s.text))) continue;
      const hit = e.patterns.map((p) => p.exec(s.text)).find((m) => m !== null);
      if (!hit) continue;
      // "On August 31, 2010, Obama declared an end to the combat mission": not the 2021 event of the same words.
      if (latestYear > 0 && latestYear < Number(e.date.slice(0, 4))) continue;
      // Events are listed most specific first; wording one event already read is not read again as a vaguer one.
      const hitEnd = hit.index + hit[0].length;
      if (claimed.some(([a, b]) => hit.index < b && hitEnd > a)) continue;
      claimed.push([hit.index, hitEnd]);
      const ev = span(hit.index, hit[0]);
      const date = parseIsoDay(e.date);
      const { y, m } = ym(date);
      if (e.pending?.some((p) => p.test(s.text))) {
        out.push({ id: `event-pending:${e.id}`, priority: PRIORITY.pendingEvent, description: `"${hit[0]}" still pending: before ${e.label} (${e.date})`, days: daysBetween(-Infinity, date - 1), spans: [ev] });
        continue;
      }
      out.push({ id: `event:${e.id}`, priority: PRIORITY.event, description: `"${hit[0]}": after ${e.label} (${e.date})`, days: daysBetween(date, Infinity), spans: [ev] });
      anchors.push({ day: date, year: y, month: m, dayOfMonth: ym(date).d, start: hit.index, end: hit.index + hit[0].length, label: `${e.label} (${e.date})`, span: ev });
      // "in October" beside an October event: the most recent October before publication is the event's.
      for (const b of mentions) {
        if (b.kind !== "month" || b.month !== m) continue;
        if (b.relative === "previous-year") {
          // "ended its combat role in December last year": the event's year was the one before publication.
          out.push({ id: "event-month-last-year", priority: PRIORITY.anchoredRelative, description: `"${hit[0]} ... ${b.text}": ${e.label} was last year, so published in ${y + 1}`, days: daysBetween(...yearRun(y + 1)), spans: [ev, span(b.start, b.text)] });
          continue;
        }
        const next = dayIndex(y, m, daysInMonth(y, m)) + 1;
        const priority = b.relative === "last" ? PRIORITY.anchoredRelative : PRIORITY.sameYearConvention;
        const month = b.relative === "last" ? b.text.replace(/^last[ \u00a0]+/iu, "") : b.text;
        out.push({ id: "event-month", priority, description: `"${hit[0]} ... ${b.text}": the last ${month} before publication was the event's, so published within the following year`, days: daysBetween(next, date + 364), spans: [ev, span(b.start, b.text)] });
      }
    }

    for (const t of MAY_NAME_TITLE(s.text) ? OFFICE_TERMS : []) {
      const hit = t.pattern.exec(s.text);
      if (!hit || FORMER.test(s.text.slice(Math.max(0, hit.index - 20), hit.index))) continue;
      // "On August 31, 2010, President Barack Obama declared ...": the title is as of the date the sentence gives, not of publication.
      if (pastYears.some((y) => y >= Number(t.from.slice(0, 4)) && y <= Number(t.to.slice(0, 4)))) continue;
      // "US forces killed ISIS leader al-Baghdadi": a report of the holder's death says nothing about a term still running.
      if (DEATH_NEAR.test(s.text.slice(Math.max(0, hit.index - 40), hit.index + hit[0].length + 40))) continue;
      const from = parseIsoDay(t.from);
      const to = parseIsoDay(t.to) + TERM_GRACE_DAYS;
      out.push({ id: `term:${t.id}`, priority: PRIORITY.officeTerm, description: `"${hit[0]}" in office: ${t.from} to ${t.to}`, days: daysBetween(from, to), spans: [span(hit.index, hit[0])] });
    }

    for (const phrase of MAY_NAME_RELATIVE(s.text) ? RELATIVE_PHRASES : []) {
      for (const pm of matchAllOf(phrase.pattern, s.text)) {
        const pStart = pm.index;
        const near = anchors
          .filter((a) => relationUsable(phrase.relation, a))
          .sort((a, b) => Math.abs(a.start - pStart) - Math.abs(b.start - pStart))[0];
        if (!near) {
          // A caption's "last month" is the photo desk's, often for the very event the body dates by name.
          if (!s.caption) unanchored.add(phrase.relation);
          continue;
        }
        const days = relationDays(phrase.relation, near);
        out.push({ id: `relative:${phrase.id}`, priority: PRIORITY.anchoredRelative, description: `"${pm[0]}" + ${near.label}: ${phrase.description}`, days, spans: [span(pStart, pm[0]), near.span] });
      }
    }

    for (const sm of MAY_NAME_SEASON(s.text) ? matchAllOf(SEASON, s.text) : []) {
      if (isFuture(sm.index, sm.index + sm[0].length)) continue;
      const season = sm[1]!.toLowerCase();
      const startMonth = season === "spring" ? 3 : season === "summer" ? 6 : season === "winter" ? 12 : 9;
      if (!/^this/i.test(sm[0]) || season === "winter") continue;
      out.push({ id: "season", priority: PRIORITY.season, description: `"${sm[0]}" told as past: published after the ${season} began, same year`, days: daysFromMonthOn(startMonth), spans: [span(sm.index, sm[0])] });
    }
  });

  // A writer who says "last month" for one event would not name last month
  // for another; likewise "this month". Named months are therefore other months.
  for (const b of bareMonths) {
    if (unanchored.has("previous-month")) {
      out.push({ id: "month-ordering", priority: PRIORITY.monthOrdering, description: `"last month" used elsewhere, so ${b.span.text} is not last month`, days: daysOutsideMonth((b.month % 12) + 1), spans: [b.span] });
    }
    if (unanchored.has("same-month")) {
      out.push({ id: "month-ordering", priority: PRIORITY.monthOrdering, description: `"this month" used elsewhere, so ${b.span.text} is not this month`, days: daysOutsideMonth(b.month), spans: [b.span] });
    }
  }
  return out;
}

function addMentionConstraints(out: DateConstraint[], m: DateMention, ev: LocatedEvidence, future: boolean, lede: boolean): void {
  const { year: y, month: mo, day: d, weekday: wd } = m;
  if (m.kind === "full" && y !== undefined && mo !== undefined && d !== undefined) {
    const day = dayIndex(y, mo, d);
    if (future) out.push({ id: "full-date-future", priority: PRIORITY.futureDate, description: `"${m.text}" is ahead: published before it`, days: daysBetween(-Infinity, day), spans: [ev] });
    else if (lede && wd !== undefined) out.push({ id: "lede-weekday-date", priority: PRIORITY.ledeWeekdayDate, description: `lede "${m.text}": published that day or the next`, days: daysBetween(day, day + 1), spans: [ev] });
    else out.push({ id: "full-date-past", priority: PRIORITY.explicitDate, description: `"${m.text}" is past: published on or after it`, days: daysBetween(day, Infinity), spans: [ev] });
  } else if (m.kind === "month-day" && mo !== undefined && d !== undefined) {
    if (wd !== undefined && lede && !future) {
      // The year is whichever puts that date on that weekday.
      out.push({ id: "lede-weekday-date", priority: PRIORITY.ledeWeekdayDate, description: `lede "${m.text}" with its weekday: published that day or the next`, days: daysOfAndAfterDateOn(mo, d, wd), spans: [ev] });
    } else if (wd !== undefined) {
      out.push({ id: "weekday-date", priority: PRIORITY.weekdayDate, description: `"${m.text}" falls on its weekday in the year ${future ? "ahead" : "before"} publication`, days: future ? daysReachingOccurrenceOn(mo, d, wd) : daysAfterOccurrenceOn(mo, d, wd), spans: [ev] });
    }
    // News style omits the year only for dates in the current year.
    out.push({
      id: "same-year-date",
      priority: PRIORITY.sameYearConvention,
      description: `"${m.text}" without a year: same year as publication, ${future ? "still ahead" : "already past"}`,
      days: future ? daysUpToDate(mo, d) : daysFromDate(mo, d),
      spans: [ev],
    });
  } else if (m.kind === "month-year" && y !== undefined && mo !== undefined) {
    const first = dayIndex(y, mo, 1);
    const last = dayIndex(y, mo, daysInMonth(y, mo));
    if (future) out.push({ id: "month-year-future", priority: PRIORITY.futureDate, description: `"${m.text}" is ahead`, days: daysBetween(-Infinity, last), spans: [ev] });
    else out.push({ id: "month-year-past", priority: PRIORITY.explicitDate, description: `"${m.text}" is past: published in or after that month`, days: daysBetween(first, Infinity), spans: [ev] });
  } else if (m.kind === "year" && y !== undefined) {
    if (m.present) out.push({ id: "present-year", priority: PRIORITY.sameYearConvention, description: `"${m.text} is ...": written during ${y}`, days: daysBetween(...yearRun(y)), spans: [ev] });
    else if (future) out.push({ id: "year-future", priority: PRIORITY.futureDate, description: `"${m.text}" is ahead: published by the end of ${y - 1}`, days: daysBetween(-Infinity, yearRun(y - 1)[1]), spans: [ev] });
    else out.push({ id: "year-past", priority: PRIORITY.explicitDate, description: `"${m.text}" is past: published in or after ${y}`, days: daysBetween(yearRun(y)[0], Infinity), spans: [ev] });
  } else if (m.kind === "month" && mo !== undefined && !future && m.relative === undefined) {
    out.push({ id: "same-year-month", priority: PRIORITY.sameYearConvention, description: `"${m.text}" without a year: earlier in the year of publication`, days: daysFromMonthOn(mo), spans: [ev] });
  }
}

/** From the first of `month` to the end of the year, each year. */
function daysFromMonthOn(month: number): DaySet {
  return daysEachYear((y) => [[dayIndex(y, month, 1), yearRun(y)[1]]]);
}

/** From `mo`/`d` to the end of the year, each year; in years without the day (29 February), from 1 March. */
function daysFromDate(mo: number, d: number): DaySet {
  return daysEachYear((y) => [[dayIndex(y, mo, d), yearRun(y)[1]]]);
}

/** From the start of the year to `mo`/`d`, each year; in years without the day (29 February), to 28 February. */
function daysUpToDate(mo: number, d: number): DaySet {
  return daysEachYear((y) => [[yearRun(y)[0], isValidDate(y, mo, d) ? dayIndex(y, mo, d) : dayIndex(y, mo, d) - 1]]);
}

/** `mo`/`d` and the day after, in the years where that date falls on weekday `wd`. */
function daysOfAndAfterDateOn(mo: number, d: number, wd: number): DaySet {
  return daysEachYear((y) => {
    const date = dayIndex(y, mo, d);
    return isValidDate(y, mo, d) && weekdayOf(date) === wd ? [[date, date + 1]] : [];
  });
}

/** Every month but `month`, each year. */
function daysOutsideMonth(month: number): DaySet {
  return daysEachYear((y) => {
    const [first, last] = monthRun(y, month);
    return [[yearRun(y)[0], first - 1], [last + 1, yearRun(y)[1]]];
  });
}

/**
 * The days whose latest `mo`/`d` on or before them fell on weekday `wd`:
 * from each such occurrence to the day before the next year's. A 29
 * February counts as 1 March in years without one.
 */
function daysAfterOccurrenceOn(mo: number, d: number, wd: number): DaySet {
  return daysEachYear((y) => (weekdayOf(dayIndex(y, mo, d)) === wd ? [[dayIndex(y, mo, d), dayIndex(y + 1, mo, d) - 1]] : []));
}

/** The days whose first `mo`/`d` on or after them falls on weekday `wd`: from the day after the previous year's occurrence to this one. */
function daysReachingOccurrenceOn(mo: number, d: number, wd: number): DaySet {
  return daysEachYear((y) => (weekdayOf(dayIndex(y, mo, d)) === wd ? [[dayIndex(y - 1, mo, d) + 1, dayIndex(y, mo, d)]] : []));
}

function relationUsable(relation: RelativeRelation, a: Anchor): boolean {
  switch (relation) {
    case "same-month":
    case "previous-month":
      return a.month !== undefined;
    case "same-year":
    case "previous-year":
      return a.year !== undefined;
    default:
      return a.day !== undefined && a.dayOfMonth !== undefined;
  }
}

function relationDays(relation: RelativeRelation, a: Anchor): DaySet {
  const day = a.day;
  switch (relation) {
    case "same-month": {
      // From the anchor's day of the month (or the 1st) to the month's end, in the anchor's year or any.
      const runIn = (y: number): DayRun => [dayIndex(y, a.month!, a.dayOfMonth ?? 1), monthRun(y, a.month!)[1]];
      return a.year !== undefined ? daysBetween(...runIn(a.year)) : daysEachYear((y) => [runIn(y)]);
    }
    case "previous-month":
      if (a.year !== undefined) return daysBetween(...monthRun(a.month === 12 ? a.year + 1 : a.year, (a.month! % 12) + 1));
      return daysEachYear((y) => [monthRun(y, (a.month! % 12) + 1)]);
    case "same-year": {
      const [first, last] = yearRun(a.year!);
      return daysBetween(day === undefined ? first : Math.max(first, day), last);
    }
    case "previous-year":
      return daysBetween(...yearRun(a.year! + 1));
    case "same-week":
      return daysBetween(day!, day! + 7);
    case "previous-week":
      return daysBetween(day! + 1, day! + 14);
    case "previous-day":
      return daysBetween(day!, day! + 2);
    case "recent":
      return daysBetween(day!, day! + 60);
  }
}
