import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayIndex } from "./calendar";
import { DOMAIN_FIRST, DOMAIN_LAST, daysBetween, daysEachYear, hasDay, intersectDays, monthRun, yearRun, type DaySet } from "./day-set";

/** The days of a set, listed one by one. */
function listDays(set: DaySet): number[] {
  const out: number[] = [];
  for (let d = DOMAIN_FIRST; d <= DOMAIN_LAST; d++) if (hasDay(set, d)) out.push(d);
  return out;
}

describe("day sets", () => {
  it("holds the days between two bounds, open ends cut to the domain", () => {
    const set = daysBetween(dayIndex(2019, 3, 23), dayIndex(2019, 3, 25));
    expect(set.size).toBe(3);
    expect(hasDay(set, dayIndex(2019, 3, 22))).toBe(false);
    expect(hasDay(set, dayIndex(2019, 3, 25))).toBe(true);
    expect(hasDay(set, dayIndex(2019, 3, 26))).toBe(false);
    expect(daysBetween(-Infinity, Infinity).size).toBe(DOMAIN_LAST - DOMAIN_FIRST + 1);
    expect(daysBetween(5, 4).size).toBe(0);
  });

  it("repeats runs every year and joins runs that touch across a year boundary", () => {
    // From each 1 November to the end of February: one run per winter.
    const winters = daysEachYear((y) => [[dayIndex(y, 1, 1), monthRun(y, 2)[1]], [dayIndex(y, 11, 1), yearRun(y)[1]]]);
    expect(hasDay(winters, dayIndex(2020, 2, 29))).toBe(true);
    expect(hasDay(winters, dayIndex(2021, 3, 1))).toBe(false);
    expect(hasDay(winters, dayIndex(2021, 12, 31))).toBe(true);
    const nov2021 = dayIndex(2021, 11, 1);
    const run = [...winters.bounds].findIndex((b, i) => i % 2 === 0 && b === nov2021);
    expect(winters.bounds[run + 1]).toBe(monthRun(2022, 2)[1]);
  });

  it("intersects like the days both sets hold", () => {
    const runs = fc.array(fc.tuple(fc.integer({ min: DOMAIN_FIRST - 20, max: DOMAIN_FIRST + 400 }), fc.integer({ min: 0, max: 40 })), { maxLength: 12 });
    const toSet = (rs: [number, number][]) => {
      const sorted = rs.map(([a, len]) => [a, a + len] as const).sort((x, y) => x[0] - y[0]);
      // Handed over once, as if all were one year's runs.
      return daysEachYear((y) => (y === 2000 ? sorted : []));
    };
    fc.assert(
      fc.property(runs, runs, (a, b) => {
        const x = toSet(a);
        const y = toSet(b);
        const both = intersectDays(x, y);
        const expected = listDays(x).filter((d) => hasDay(y, d));
        expect(listDays(both)).toEqual(expected);
        expect(both.size).toBe(expected.length);
        expect(x.size).toBe(listDays(x).length);
      }),
      { numRuns: 200 },
    );
  });
});
