import {
  describeDate,
  formatClaimNumber,
  formatNumber,
  vocabLabel,
  type ClaimantType,
  type ClaimBinDatum,
  type ClaimDatum,
  type ClaimsData,
  type OutletInfo,
  type Qualifier,
  type Referent,
} from "@framewatch/charts";
import type { ClaimBin, ClaimListItem, ClaimsTimeline, FactMode, OutletListItem, TimelineClaim } from "@framewatch/db/queries";
import { FACTS_IN_WORDS } from "./build-attack-heatmap";
import { outletInfo, type ChartTable } from "./common";

export const claimMarkId = (id: number): string => `claim::${id}`;

export function claimIdFromMark(markId: string | null | undefined): number | null {
  // Negative: an analyst's added claim (the negated id of its add decision).
  const m = /^claim::(-?\d{1,9})$/.exec(markId ?? "");
  return m ? Number(m[1]) : null;
}

/** Article link that opens the reader at the claim's sentence (at the headline for a headline claim). */
export function sentenceHref(articleId: number | string, start: number, end: number, section: "body" | "title" = "body"): string {
  if (section === "title") return `/articles/${articleId}#headline`;
  return `/articles/${articleId}?s=${start}-${end}#target`;
}

function toDatum(c: TimelineClaim & Partial<Pick<ClaimListItem, "sentence">>): ClaimDatum | null {
  if (!c.publishedEarliest || !c.publishedLatest || !c.publishedPrecision) return null;
  if (c.low === null && c.high === null) return null;
  const date = { earliest: c.publishedEarliest, latest: c.publishedLatest, precision: c.publishedPrecision };
  return {
    id: claimMarkId(c.id),
    low: c.low,
    high: c.high,
    qualifier: c.qualifier as Qualifier,
    unit: c.unit === "percent" ? "percent" : "people",
    quantityText: c.quantityText,
    claimant: c.claimant,
    claimantType: c.claimantType as ClaimantType,
    refersTo: c.refersTo as Referent,
    outlet: String(c.outletId ?? 0),
    articleId: String(c.articleId),
    // Sentences travel only with what is on screen: the tooltip asks for the one it shows.
    ...(c.sentence ? { sentence: c.sentence } : {}),
    sentenceStart: c.sentenceStart,
    sentenceEnd: c.sentenceEnd,
    section: c.section,
    date: { ...date, label: describeDate(date) },
    // Only reviewed claims carry a state: unreviewed data keeps its former shape (and the chart its former look).
    ...(c.review && c.review !== "unreviewed" ? { review: c.review } : {}),
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "March 2019", "Q2 2019", "H1 2019", "2019", "2015–2019", "Jan–Feb 2019". */
export function describeBin(start: string, months: number): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7)) - 1;
  if (months === 1) return `${MONTHS[m]} ${y}`;
  if (months === 3) return `Q${m / 3 + 1} ${y}`;
  if (months === 6) return `H${m / 6 + 1} ${y}`;
  if (months === 12) return String(y);
  if (months < 12) return `${MONTHS[m]!.slice(0, 3)}–${MONTHS[(m + months - 1) % 12]!.slice(0, 3)} ${y}`;
  return `${y}–${y + months / 12 - 1}`;
}

function toBinDatum(b: ClaimBin, binMonths: number): ClaimBinDatum {
  return { ...b, label: describeBin(b.start, binMonths) };
}

export interface ClaimsChartModel {
  /** "claims": one mark per claim; "bins": too many claims, one mark per colour group, time bin and unit. */
  mode: "claims" | "bins";
  data: ClaimsData;
  table: ChartTable;
  /** Claims the chart places (one mark each, or summed into the bins). */
  plotted: number;
  /** Width of the time bins in months (bins mode). */
  binMonths: number;
  /** Claims the filters keep but the chart cannot place (undated article or no number). */
  unplaced: number;
  /** Claims in the filtered articles and what the claim filters hid (for the empty state). */
  inArticles: number;
  hiddenByReferent: number;
  hiddenByClaimantType: number;
}

const CLAIM_COLUMNS = [
  { key: "date", label: "Published", rowHeader: true },
  { key: "number", label: "Number" },
  { key: "written", label: "As written" },
  { key: "refersTo", label: "Refers to" },
  { key: "claimant", label: "Claimant" },
  { key: "claimantType", label: "Claimant type" },
  { key: "outlet", label: "Outlet" },
  { key: "review", label: "Review" },
];

const REVIEW_WORDS: Record<string, string> = { accepted: "accepted", corrected: "corrected", added: "added by an analyst" };

/**
 * The claims timeline for what the filters keep: one mark per claim with a
 * date and a number while they are few, else aggregated bins; the data
 * table lists exactly the marks drawn.
 */
export function buildClaimsChart(
  timeline: ClaimsTimeline,
  outlets: readonly OutletListItem[],
  colorBy: "claimantType" | "outlet" = "claimantType",
  facts: FactMode = "applied",
): ClaimsChartModel {
  const infos: OutletInfo[] = outlets.map((o) => ({ ...outletInfo({ key: String(o.id), name: o.name, articles: o.articles }, new Map()), colorIndex: o.colorIndex }));
  const name = new Map(infos.map((o) => [o.key, o.name]));
  const counts = {
    plotted: timeline.plotted,
    unplaced: timeline.kept - timeline.plotted,
    inArticles: timeline.inArticles,
    hiddenByReferent: timeline.hiddenByReferent,
    hiddenByClaimantType: timeline.hiddenByClaimantType,
  };
  if (timeline.mode === "bins") {
    const bins = timeline.bins.map((b) => toBinDatum(b, timeline.binMonths));
    const groupName = (g: string) => (colorBy === "outlet" ? (name.get(g) ?? g) : vocabLabel(g));
    return {
      mode: "bins",
      ...counts,
      binMonths: timeline.binMonths,
      data: { claims: [], bins, outlets: infos },
      table: {
        caption: `Claimed fighter numbers: one row per ${colorBy === "outlet" ? "outlet" : "claimant type"} and ${describeBinWidth(timeline.binMonths)} (${FACTS_IN_WORDS[facts]})`,
        columns: [
          { key: "period", label: "Published", rowHeader: true },
          { key: "group", label: colorBy === "outlet" ? "Outlet" : "Claimant type" },
          { key: "unit", label: "Unit" },
          { key: "claims", label: "Claims", numeric: true },
          { key: "min", label: "Lowest", numeric: true },
          { key: "typical", label: "Typical", numeric: true },
          { key: "max", label: "Highest", numeric: true },
          { key: "reviewed", label: "Reviewed", numeric: true },
        ],
        rows: bins.map((b) => ({
          id: b.id,
          cells: {
            period: b.label ?? `${b.start} – ${b.end}`,
            group: groupName(b.group),
            unit: b.unit === "percent" ? "% of fighters" : "fighters",
            claims: b.count,
            min: b.min,
            typical: Math.round(b.geoMean ?? b.mean),
            max: b.max,
            reviewed: b.reviewed ?? 0,
          },
        })),
      },
    };
  }
  const claims = timeline.claims.map(toDatum).filter((c): c is ClaimDatum => c !== null);
  return {
    mode: "claims",
    ...counts,
    binMonths: 0,
    data: { claims, outlets: infos },
    table: {
      caption: `Claimed fighter numbers: one row per claim plotted (${FACTS_IN_WORDS[facts]})`,
      columns: CLAIM_COLUMNS,
      rows: claims.map((c) => ({
        id: c.id,
        cells: {
          date: `${c.date.label ?? describeDate(c.date)} (${c.date.precision})`,
          number: formatClaimNumber(c),
          written: c.quantityText,
          refersTo: vocabLabel(c.refersTo),
          claimant: c.claimant,
          claimantType: vocabLabel(c.claimantType),
          outlet: name.get(c.outlet) ?? c.outlet,
          review: c.review ? (REVIEW_WORDS[c.review] ?? c.review) : "not reviewed",
        },
      })),
    },
  };
}

/** "month", "quarter", "5 years". */
export function describeBinWidth(months: number): string {
  if (months === 1) return "month";
  if (months === 3) return "quarter";
  if (months === 6) return "half-year";
  if (months === 12) return "year";
  return months < 12 ? `${months} months` : `${months / 12} years`;
}

/** The claims behind an aggregated mark, as view-state changes: its dates and its colour group. */
export function zoomToBin(bin: Pick<ClaimBinDatum, "start" | "end" | "group">, colorBy: "claimantType" | "outlet"): { from: string; to: string; claimants?: string[]; outlets?: number[] } {
  return colorBy === "outlet" ? { from: bin.start, to: bin.end, outlets: [Number(bin.group)] } : { from: bin.start, to: bin.end, claimants: [bin.group] };
}

/** Why the claims chart is empty, in words ("3 claims hidden by the referent filter"). */
export function describeEmptyClaims(model: Pick<ClaimsChartModel, "inArticles" | "hiddenByReferent" | "hiddenByClaimantType" | "unplaced">): string {
  if (model.inArticles === 0) return "No claims match these filters: the selected outlets and dates hold no fighter-number claims.";
  const parts: string[] = [];
  const n = (k: number) => `${formatNumber(k)} ${k === 1 ? "claim" : "claims"}`;
  if (model.hiddenByReferent > 0) parts.push(`${n(model.hiddenByReferent)} hidden by the referent filter`);
  if (model.hiddenByClaimantType > 0) parts.push(`${n(model.hiddenByClaimantType)} hidden by the claimant-type filter`);
  if (model.unplaced > 0) parts.push(`${n(model.unplaced)} without a publication date or number`);
  return `No claims match these filters: ${parts.join("; ") || "none to plot"}.`;
}
