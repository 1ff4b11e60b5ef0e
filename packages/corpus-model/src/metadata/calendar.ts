/** Day arithmetic on UTC day numbers (days since 1970-01-01); no time zones involved. */

const MS_PER_DAY = 86_400_000;

export function dayIndex(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayIndex(index: number): Ymd {
  const date = new Date(index * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(index: number): number {
  return (((index + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
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
