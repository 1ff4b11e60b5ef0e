import { parseIsoDate } from "../metadata/parse-iso-date";
import { MONTHS } from "../metadata/month-names";

const MONTH_BY_NAME = new Map(MONTHS.flatMap((m) => m.names.map((n) => [n.toLowerCase(), m.month] as const)));

/**
 * A supplied date as ISO ("2019-03-04", "2019-03", "2019"), or null when it
 * cannot be read: ISO dates and timestamps (news-please's "2019-03-04
 * 12:00:00"), and written ones as news databases print them ("March 4, 2019
 * Monday", "4 March 2019"). Times and weekdays are dropped: the day is what is kept.
 */
export function normalisePublished(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const iso = parseIsoDate(v);
  if (iso) return iso.date;
  const mdy = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/u.exec(v);
  const dmy = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/u.exec(v);
  const parts = mdy ? { month: mdy[1]!, day: mdy[2]!, year: mdy[3]! } : dmy ? { month: dmy[2]!, day: dmy[1]!, year: dmy[3]! } : null;
  if (parts) {
    const month = MONTH_BY_NAME.get(parts.month.toLowerCase());
    if (!month) return null;
    return parseIsoDate(`${parts.year}-${String(month).padStart(2, "0")}-${parts.day.padStart(2, "0")}`)?.date ?? null;
  }
  const my = /^([A-Za-z]+)\s+(\d{4})$/u.exec(v);
  const month = my ? MONTH_BY_NAME.get(my[1]!.toLowerCase()) : undefined;
  return my && month ? `${my[2]}-${String(month).padStart(2, "0")}` : null;
}
