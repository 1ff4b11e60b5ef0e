import type { DatePrecision } from "../model/types";
import { dayIndex, daysInMonth, isoDay, isValidDate } from "./calendar";

export interface ParsedIsoDate {
  date: string;
  precision: DatePrecision;
  earliest: string;
  latest: string;
}

/** Parses "2020-02-10", "2017-12", "2018" or a full ISO timestamp; null if not ISO. */
export function parseIsoDate(value: string): ParsedIsoDate | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/u.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] && m[2]) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isValidDate(y, mo, d)) return null;
    const day = isoDay(dayIndex(y, mo, d));
    return { date: day, precision: "day", earliest: day, latest: day };
  }
  if (m[2]) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { date: `${m[1]}-${m[2]}`, precision: "month", earliest: isoDay(dayIndex(y, mo, 1)), latest: isoDay(dayIndex(y, mo, daysInMonth(y, mo))) };
  }
  return { date: String(y), precision: "year", earliest: `${y}-01-01`, latest: `${y}-12-31` };
}
