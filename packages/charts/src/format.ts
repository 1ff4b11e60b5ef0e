/**
 * Small pure formatting helpers shared by the charts and exported for the
 * dashboard's tooltips, so a tooltip and a mark's aria-label say the same.
 */
import { utcFormat } from "d3-time-format";
import type { ClaimDate, ClaimDatum } from "./types";

const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const twoDecimalFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** 1234 -> "1,234"; 2.5 -> "2.5". Locale is fixed so server and client render the same. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Number.isInteger(n) ? integerFormat.format(n) : oneDecimalFormat.format(n);
}

/** 0.256 -> "26%"; small shares keep a decimal so 0.4% does not read as 0%. */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 1) return `${twoDecimalFormat.format(pct)}%`;
  if (pct < 10 && !Number.isInteger(pct)) return `${oneDecimalFormat.format(pct)}%`;
  return `${integerFormat.format(pct)}%`;
}

/** Rate per 1,000 words: "3.2". */
export function formatRate(rate: number): string {
  return rate >= 100 ? integerFormat.format(rate) : twoDecimalFormat.format(rate);
}

/** Axis-friendly compact number: 1500 -> "1.5k", 20000 -> "20k". */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${oneDecimalFormat.format(n / 1e6)}M`;
  if (abs >= 1e3) return `${oneDecimalFormat.format(n / 1e3)}k`;
  return oneDecimalFormat.format(n);
}

/** Signed index with a fixed two decimals: "+0.35", "−0.60", "0.00". */
export function formatSigned(n: number): string {
  const s = Math.abs(n).toFixed(2);
  if (n > 0) return `+${s}`;
  if (n < 0) return `\u2212${s}`;
  return s;
}

type ClaimNumber = Pick<ClaimDatum, "low" | "high" | "qualifier" | "unit">;

/**
 * A claim's number in words, as a reader would say it:
 * "fewer than 1,000", "20,000–30,000", "≥ 700", "about 1,000", "25%".
 */
export function formatClaimNumber(claim: ClaimNumber): string {
  const pct = claim.unit === "percent";
  const n = (v: number): string => (pct ? `${formatNumber(v)}%` : formatNumber(v));
  const { low, high, qualifier } = claim;

  if (low === null && high === null) return "an unspecified number";
  if (low === null && high !== null) {
    // Only an upper bound: the qualifier says how the text phrased it.
    if (qualifier === "fewer_than") return `fewer than ${n(high)}`;
    if (qualifier === "up_to") return `up to ${n(high)}`;
    if (qualifier === "at_most") return `at most ${n(high)}`;
    return `\u2264 ${n(high)}`;
  }
  if (high === null && low !== null) {
    if (qualifier === "more_than") return `more than ${n(low)}`;
    return `\u2265 ${n(low)}`;
  }
  // Both bounds known (the type narrowing above guarantees non-null here).
  const lo = low as number;
  const hi = high as number;
  if (lo === hi) return qualifier === "about" ? `about ${n(lo)}` : n(lo);
  const range = pct ? `${formatNumber(lo)}\u2013${formatNumber(hi)}%` : `${formatNumber(lo)}\u2013${formatNumber(hi)}`;
  return qualifier === "about" ? `about ${range}` : range;
}

/** Parse an ISO day ("2020-02-10"), month ("2020-02") or year ("2020") as UTC midnight; NaN when invalid. */
export function parseIsoDay(iso: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso.trim());
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : 0;
  const d = m[3] ? Number(m[3]) : 1;
  return Date.UTC(y, mo, d);
}

const DAY_MS = 86_400_000;
const fmtDay = utcFormat("%-d %b %Y");
const fmtMonth = utcFormat("%B %Y");
const fmtYear = utcFormat("%Y");

/**
 * A publication date in words, honest about its precision:
 * "10 Feb 2020", "February 2020", "2018", or "between 3 Feb 2020 and 9 Feb 2020"
 * when the interval is not a whole day, month or year.
 */
export function describeDate(date: ClaimDate): string {
  const a = parseIsoDay(date.earliest);
  const b = parseIsoDay(date.latest);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return date.label ?? "unknown date";
  const start = new Date(a);
  const end = new Date(b);
  if (a === b) return fmtDay(start);
  const nextDay = new Date(b + DAY_MS);
  const wholeMonth =
    start.getUTCDate() === 1 &&
    nextDay.getUTCDate() === 1 &&
    start.getUTCMonth() === end.getUTCMonth() &&
    start.getUTCFullYear() === end.getUTCFullYear();
  if (wholeMonth) return fmtMonth(start);
  const wholeYear =
    start.getUTCMonth() === 0 &&
    start.getUTCDate() === 1 &&
    end.getUTCMonth() === 11 &&
    end.getUTCDate() === 31 &&
    start.getUTCFullYear() === end.getUTCFullYear();
  if (wholeYear) return fmtYear(start);
  return `between ${fmtDay(start)} and ${fmtDay(end)}`;
}

/** Human labels for snake_case vocabulary ("iraqi_gov_military" -> "Iraqi gov military"). */
const VOCAB_LABELS: Record<string, string> = {
  un: "UN",
  us_coalition: "US / coalition",
  iraqi_gov_military: "Iraqi gov. / military",
  iraqi_militia_pmu: "Iraqi militia / PMU",
  kurdish: "Kurdish",
  syrian_gov: "Syrian gov.",
  analyst: "Analyst",
  local_official: "Local official",
  isis: "ISIS",
  media_other: "Other media",
  unknown: "Unknown",
  remaining: "remaining",
  fled: "fled",
  crossed: "crossed border",
  killed: "killed",
  joined: "joined",
  in_city: "in a city",
  cell_size: "cell size",
  peak: "at peak",
  hypothetical: "hypothetical",
  other: "other",
  armed_assault: "Armed assault",
  bombing_explosion: "Bombing / explosion",
  hostage_barricade: "Hostage (barricade)",
  facility_infrastructure: "Facility / infrastructure",
  unarmed_assault: "Unarmed assault",
};

export function vocabLabel(key: string): string {
  const known = VOCAB_LABELS[key];
  if (known !== undefined) return known;
  const spaced = key.replace(/_/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Plural helper for aria labels: plural(1, "claim") -> "1 claim". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : pluralForm}`;
}
