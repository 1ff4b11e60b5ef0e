/** Month names and the abbreviations news copy uses ("Dec.", "Sept."). */
export const MONTHS: readonly { month: number; names: readonly string[] }[] = [
  { month: 1, names: ["January", "Jan"] },
  { month: 2, names: ["February", "Feb"] },
  { month: 3, names: ["March", "Mar"] },
  { month: 4, names: ["April", "Apr"] },
  { month: 5, names: ["May"] },
  { month: 6, names: ["June", "Jun"] },
  { month: 7, names: ["July", "Jul"] },
  { month: 8, names: ["August", "Aug"] },
  { month: 9, names: ["September", "Sept", "Sep"] },
  { month: 10, names: ["October", "Oct"] },
  { month: 11, names: ["November", "Nov"] },
  { month: 12, names: ["December", "Dec"] },
];

export const WEEKDAYS: readonly { weekday: number; names: readonly string[] }[] = [
  { weekday: 0, names: ["Sunday", "Sun"] },
  { weekday: 1, names: ["Monday", "Mon"] },
  { weekday: 2, names: ["Tuesday", "Tue", "Tues"] },
  { weekday: 3, names: ["Wednesday", "Wed"] },
  { weekday: 4, names: ["Thursday", "Thu", "Thurs"] },
  { weekday: 5, names: ["Friday", "Fri"] },
  { weekday: 6, names: ["Saturday", "Sat"] },
];

/** Regex source matching any month name or abbreviation (capitalised, optional stop). */
export const MONTH_SOURCE = MONTHS.flatMap((m) => m.names).sort((a, b) => b.length - a.length).join("|");
/** Full month names only: bare "in Mar" is too ambiguous. */
export const FULL_MONTH_SOURCE = MONTHS.map((m) => m.names[0]!).join("|");
export const WEEKDAY_SOURCE = WEEKDAYS.flatMap((w) => w.names).sort((a, b) => b.length - a.length).join("|");

export function monthNumber(name: string): number | null {
  const n = name.replace(/\.$/, "").toLowerCase();
  return MONTHS.find((m) => m.names.some((x) => x.toLowerCase() === n))?.month ?? null;
}

export function weekdayNumber(name: string): number | null {
  const n = name.toLowerCase();
  return WEEKDAYS.find((w) => w.names.some((x) => x.toLowerCase() === n))?.weekday ?? null;
}
