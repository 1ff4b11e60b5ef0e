/** Day arithmetic on UTC day numbers (days since 1970-01-01); no time zones involved. */

const MS_PER_DAY = 86_400_000;

export function dayIndex(year: number, month: number, day: number): number {
  // Date constraints call this for every year of the window ("14 March of
  // each year"), so ordinary dates use integer arithmetic instead of Date.UTC.
  // Anything Date.UTC treats specially (two-digit years, fractional or
  // out-of-range months) still goes through it; overflowing days are linear
  // in both ("29 February 2019" is 1 March).
  if (isPlainYearMonth(year, month) && Number.isInteger(day) && Math.abs(day) <= 1e6) return daysFromCivil(year, month, day);
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function isPlainYearMonth(year: number, month: number): boolean {
  return Number.isInteger(year) && year >= 100 && year <= 200_000 && Number.isInteger(month) && month >= 1 && month <= 12;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); `day` may overflow the month. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayIndex(index: number): Ymd {
  // Called for many days per article (mentions, events, evidence); a table
  // over the years news is dated in avoids building a Date object per call.
  const table = ymdTable();
  const k = index - TABLE_FIRST;
  if (k >= 0 && k < table.length) return table[k]!;
  const date = new Date(index * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const TABLE_FIRST = Math.floor(Date.UTC(1990, 0, 1) / MS_PER_DAY);
const TABLE_LAST = Math.floor(Date.UTC(2040, 11, 31) / MS_PER_DAY);
let table: readonly Readonly<Ymd>[] | null = null;
function ymdTable(): readonly Readonly<Ymd>[] {
  if (table) return table;
  const out: Ymd[] = [];
  for (let i = TABLE_FIRST; i <= TABLE_LAST; i++) {
    const date = new Date(i * MS_PER_DAY);
    out.push(Object.freeze({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }));
  }
  table = out;
  return out;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(index: number): number {
  return (((index + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(y: number, m: number): number {
  // Table lookup for ordinary months (called per quantity and per date mention); Date for the rest.
  if (isPlainYearMonth(y, m)) return m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : MONTH_LENGTHS[m - 1]!;
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

export function isoDay(index: number): string {
  const { y, m, d } = fromDayIndex(index);
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

/** Parses "YYYY-MM-DD" into a day number (the reference tables use this form). */
export function parseIsoDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dayIndex(y ?? 1970, m ?? 1, d ?? 1);
}

/** The window inference searches: the conflict's modern phase, generously bounded. */
export const FIRST_DAY = dayIndex(2000, 1, 1);
export const LAST_DAY = dayIndex(2035, 12, 31);
