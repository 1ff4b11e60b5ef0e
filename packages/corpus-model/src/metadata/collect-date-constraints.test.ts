import { describe, expect, it } from "vitest";
import { dayIndex, fromDayIndex, isValidDate, weekdayOf } from "./calendar";
import { collectDateConstraints, type DatedSentence } from "./collect-date-constraints";
import { DOMAIN_FIRST, DOMAIN_LAST, hasDay } from "./day-set";

const sentence = (text: string, lede = false): DatedSentence => ({ text, start: 0, origin: "body", lede });

/** The one constraint with this id the sentences give. */
function constraint(id: string, ...sentences: DatedSentence[]) {
  const found = collectDateConstraints(sentences).filter((c) => c.id === id);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Checks a constraint's days against the rule stated day by day, over every day a day set answers for. */
function expectDays(days: Parameters<typeof hasDay>[0], rule: (day: number) => boolean): void {
  const wrong: string[] = [];
  for (let d = DOMAIN_FIRST; d <= DOMAIN_LAST && wrong.length < 3; d++) {
    if (hasDay(days, d) !== rule(d)) wrong.push(`${JSON.stringify(fromDayIndex(d))}: expected ${rule(d)}`);
  }
  expect(wrong).toEqual([]);
}

const date = (day: number) => fromDayIndex(day);
/** The latest `mo`/`d` on or before the day (1 March for 29 February in other years). */
function latestOnOrBefore(day: number, mo: number, d: number): number {
  const { y } = date(day);
  return dayIndex(y, mo, d) <= day ? dayIndex(y, mo, d) : dayIndex(y - 1, mo, d);
}
function earliestOnOrAfter(day: number, mo: number, d: number): number {
  const { y } = date(day);
  return dayIndex(y, mo, d) >= day ? dayIndex(y, mo, d) : dayIndex(y + 1, mo, d);
}

describe("collectDateConstraints: the days each rule allows", () => {
  it("a past weekday + date: the latest such date before publication fell on that weekday", () => {
    const c = constraint("weekday-date", sentence("The depot was shelled on Thursday, March 14, residents recalled."));
    expectDays(c.days, (p) => weekdayOf(latestOnOrBefore(p, 3, 14)) === 4);
  });

  it("a future weekday + date: the next such date falls on that weekday, 29 February included", () => {
    const c = constraint("weekday-date", sentence("The hearing will resume on Saturday, February 29, the court said."));
    expectDays(c.days, (p) => weekdayOf(earliestOnOrAfter(p, 2, 29)) === 6);
  });

  it("a lede weekday + date without a year: that date in a year where it falls on the weekday, or the day after", () => {
    const c = constraint("lede-weekday-date", sentence("Gunmen killed two shepherds near Tuz Khurmatu, officials said Tuesday (Feb. 29).", true));
    const isIt = (q: number) => date(q).m === 2 && date(q).d === 29 && weekdayOf(q) === 2;
    expectDays(c.days, (p) => isIt(p) || isIt(p - 1));
  });

  it("a date without a year: passed, or still ahead, in the year of publication", () => {
    const passed = (p: number) => date(p).m > 2 || (date(p).m === 2 && date(p).d >= 29);
    const past = constraint("same-year-date", sentence("Since February 29, patrols have doubled on the highway."));
    expectDays(past.days, passed);
    const ahead = constraint("same-year-date", sentence("The amnesty will expire on February 29, lawmakers said."));
    expectDays(ahead.days, (p) => !passed(p) || (date(p).m === 2 && date(p).d === 29));
    expect(isValidDate(2021, 2, 29)).toBe(false);
  });

  it("a bare month and a past season: later in the year of publication", () => {
    expectDays(constraint("same-year-month", sentence("In September, a cell was dismantled in Hawija.")).days, (p) => date(p).m >= 9);
    expectDays(constraint("season", sentence("Raids on farms rose this summer, a council member said.")).days, (p) => date(p).m >= 6);
  });

  it("a named month where 'last month' is said of something else: not the month before publication", () => {
    const c = constraint("month-ordering", sentence("In December, two officers were wounded in Tarmiyah."), sentence("A checkpoint was attacked last month, police said."));
    expectDays(c.days, (p) => date(p).m !== 1);
  });

  it("'earlier this month' and 'last month' anchored to a date without a year", () => {
    const same = constraint("relative:this-month", sentence("Earlier this month, on April 9, a bomb hit a market in Baquba."));
    expectDays(same.days, (p) => date(p).m === 4 && date(p).d >= 9);
    const previous = constraint("relative:last-month", sentence("Last month, in November, a bomb hit a market in Baquba."));
    expectDays(previous.days, (p) => date(p).m === 12);
    const dated = constraint("relative:last-month", sentence("Last month, in December 2019, a bomb hit a market in Baquba."));
    expectDays(dated.days, (p) => date(p).y === 2020 && date(p).m === 1);
  });
});
