import type { LocatedEvidence } from "../model/types";
import { isoDay, weekdayOf } from "./calendar";
import type { DatedSentence } from "./collect-date-constraints";
import { PRIORITY, type DateConstraint } from "./date-constraint";
import { daysBetween } from "./day-set";
import type { HeaderDate } from "./header-dates";
import { WEEKDAYS, weekdayNumber } from "./month-names";

/**
 * The day a lede reports from: a reporting verb with its weekday ("a monitor
 * said Monday", "told Sputnik on Wednesday", "said in a statement on Friday").
 * The weekday needs an anchor to become a date; an update stamp is one.
 */
const FULL_WEEKDAY_SOURCE = WEEKDAYS.map((w) => w.names[0]!).join("|");
const REPORTED_WEEKDAY = new RegExp(
  String.raw`\b(?:said|says|told|announced|reported|stated|confirmed|added|claimed|declared|warned|revealed)\b[^.;!?]{0,40}?\b(?:on[ \u00a0]+)?(${FULL_WEEKDAY_SOURCE})\b(?![ \u00a0,]*\(?[ \u00a0]*(?:\d|the[ \u00a0]+\d))`,
  "u",
);
// "announced that talks would resume on Monday": a weekday in a clause about what is ahead says nothing about when this was written.
const AHEAD = /\b(?:next|coming|until|by|will|would|shall|is to|are to|plans?|planned|scheduled|expected|due)\b/iu;

/**
 * Constraints from "Updated ..." stamps. An update bounds publication from
 * above only. A weekday the lede reports from is placed in the week up to
 * the update (copy is updated within days, not weeks); with no such weekday,
 * the weaker news convention that pages are updated on the day of
 * publication or the next applies.
 */
export function collectUpdateConstraints(updates: readonly HeaderDate[], sentences: readonly DatedSentence[]): DateConstraint[] {
  const out: DateConstraint[] = [];
  const reported = findReportedWeekday(sentences);
  for (const u of updates) {
    out.push({ id: "updated-stamp", priority: PRIORITY.ledeWeekdayDate - 5, description: `"Updated ${u.span.text}": published on or before it`, days: daysBetween(-Infinity, u.last), spans: [u.span] });
    if (reported) {
      const from = u.last - ((weekdayOf(u.last) - reported.weekday + 7) % 7);
      out.push({
        id: "lede-weekday-before-update",
        priority: PRIORITY.ledeWeekdayDate - 4,
        description: `lede "${reported.span.text}": the last ${reported.name} up to the update of ${u.span.text} is ${isoDay(from)}, published from then`,
        days: daysBetween(from, Infinity),
        spans: [reported.span, u.span],
      });
    } else {
      out.push({ id: "updated-stamp-same-day", priority: PRIORITY.sameYearConvention, description: `news pages are updated on the day of publication or the next: published from the day before ${u.span.text}`, days: daysBetween(u.first - 1, Infinity), spans: [u.span] });
    }
  }
  return out;
}

function findReportedWeekday(sentences: readonly DatedSentence[]): { weekday: number; name: string; span: LocatedEvidence } | null {
  for (const s of sentences) {
    if (!s.lede || s.caption) continue;
    const m = REPORTED_WEEKDAY.exec(s.text);
    if (!m) continue;
    const name = m[1]!;
    const at = m.index + m[0].lastIndexOf(name);
    if (AHEAD.test(m[0].slice(0, at - m.index))) continue;
    const weekday = weekdayNumber(name);
    if (weekday === null) continue;
    const text = s.text.slice(m.index, at + name.length);
    return { weekday, name, span: { text, start: s.start + m.index, end: s.start + m.index + text.length, origin: s.origin } };
  }
  return null;
}
