const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A publication date as precise as it is known: "10 Feb 2020", "Dec 2017", "2018". */
export function formatPublished(date: string | null, precision: "day" | "month" | "year" | null): string {
  if (!date) return "date unknown";
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (precision === "day" && d && month) return `${Number(d)} ${month} ${y}`;
  if ((precision === "month" || precision === "day") && month) return `${month} ${y}`;
  return y ?? date;
}

export function isoDay(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
