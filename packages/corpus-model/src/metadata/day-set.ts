import { FIRST_DAY, LAST_DAY, dayIndex, daysInMonth, fromDayIndex } from "./calendar";

/** Inclusive first and last day of a run of consecutive days. */
export type DayRun = readonly [first: number, last: number];

/**
 * A set of days, as the ascending runs of consecutive days it holds. Date
 * constraints state the days they allow this way, so the solver intersects
 * a few dozen runs instead of testing each of the ~13,000 days of its
 * window once per constraint.
 */
export interface DaySet {
  /** Ascending, disjoint and non-adjacent runs: bounds of run i at [2i] and [2i + 1]. */
  readonly bounds: Int32Array;
  /** Number of days in the set. */
  readonly size: number;
}

/**
 * The days a set is exact on: the solver's window, the year before it (where
 * inference checks that the text bounds the year at all) and the day after
 * it (where it checks which constraint closed the interval). Runs are cut
 * to these days.
 */
export const DOMAIN_FIRST = FIRST_DAY - 366;
export const DOMAIN_LAST = LAST_DAY + 1;
const DOMAIN_FIRST_YEAR = fromDayIndex(DOMAIN_FIRST).y;
const DOMAIN_LAST_YEAR = fromDayIndex(DOMAIN_LAST).y;

/** Days from `first` to `last` inclusive; an infinite bound leaves that side open. */
export function daysBetween(first: number, last: number): DaySet {
  return fromRuns([[first, last]]);
}

/**
 * The same runs every year, as `runsOf(year)` gives them (ascending; empty
 * for a year without any). Every year touching the domain is asked, plus
 * one on each side, so runs that reach over a year boundary ("from this
 * year's 14 March to the day before next year's") are complete.
 */
export function daysEachYear(runsOf: (year: number) => readonly DayRun[]): DaySet {
  const runs: DayRun[] = [];
  for (let y = DOMAIN_FIRST_YEAR - 1; y <= DOMAIN_LAST_YEAR + 1; y++) runs.push(...runsOf(y));
  return fromRuns(runs);
}

/** The days in both sets. */
export function intersectDays(a: DaySet, b: DaySet): DaySet {
  const x = a.bounds;
  const y = b.bounds;
  const out = new Int32Array(Math.max(0, x.length + y.length - 2));
  let n = 0;
  let size = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const first = Math.max(x[i]!, y[j]!);
    const last = Math.min(x[i + 1]!, y[j + 1]!);
    if (first <= last) {
      out[n++] = first;
      out[n++] = last;
      size += last - first + 1;
    }
    // Move past whichever run ends first; the other may still overlap the next one.
    if (x[i + 1]! < y[j + 1]!) i += 2;
    else j += 2;
  }
  return { bounds: out.subarray(0, n), size };
}

export function hasDay(set: DaySet, day: number): boolean {
  const b = set.bounds;
  // Binary search for the last run starting on or before the day.
  let lo = 0;
  let hi = b.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (b[2 * mid]! <= day) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && day <= b[2 * hi + 1]!;
}

/** Cuts runs to the domain and joins those that overlap or touch; runs must come in ascending order of their first day. */
function fromRuns(runs: readonly DayRun[]): DaySet {
  const out = new Int32Array(runs.length * 2);
  let n = 0;
  let size = 0;
  for (const [from, to] of runs) {
    const first = Math.max(from, DOMAIN_FIRST);
    const last = Math.min(to, DOMAIN_LAST);
    if (first > last) continue;
    if (n > 0 && first <= out[n - 1]! + 1) {
      if (last > out[n - 1]!) {
        size += last - out[n - 1]!;
        out[n - 1] = last;
      }
      continue;
    }
    out[n++] = first;
    out[n++] = last;
    size += last - first + 1;
  }
  return { bounds: out.subarray(0, n), size };
}

/** All of year `y`. */
export function yearRun(y: number): DayRun {
  return [dayIndex(y, 1, 1), dayIndex(y, 12, 31)];
}

/** All of month `m` of year `y`. */
export function monthRun(y: number, m: number): DayRun {
  return [dayIndex(y, m, 1), dayIndex(y, m, daysInMonth(y, m))];
}
