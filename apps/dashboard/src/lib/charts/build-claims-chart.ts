import {
  describeDate,
  formatClaimNumber,
  vocabLabel,
  type ClaimantType,
  type ClaimDatum,
  type ClaimsData,
  type OutletInfo,
  type Qualifier,
  type Referent,
} from "@framewatch/charts";
import type { ClaimList, ClaimListItem, OutletListItem } from "@framewatch/db/queries";
import { outletInfo, type ChartTable } from "./common";

export const claimMarkId = (id: number): string => `claim::${id}`;

export function claimIdFromMark(markId: string | null | undefined): number | null {
  const m = /^claim::(\d{1,9})$/.exec(markId ?? "");
  return m ? Number(m[1]) : null;
}

/** Article link that opens the reader at the claim's sentence (at the headline for a headline claim). */
export function sentenceHref(articleId: number | string, start: number, end: number, section: "body" | "title" = "body"): string {
  if (section === "title") return `/articles/${articleId}#headline`;
  return `/articles/${articleId}?s=${start}-${end}#target`;
}

function toDatum(c: ClaimListItem): ClaimDatum | null {
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
    sentence: c.sentence,
    sentenceStart: c.sentenceStart,
    sentenceEnd: c.sentenceEnd,
    section: c.section,
    date: { ...date, label: describeDate(date) },
  };
}

export interface ClaimsChartModel {
  data: ClaimsData;
  table: ChartTable;
  /** Claims the filters keep but the chart cannot place (undated article or no number). */
  unplaced: number;
  /** Claims in the filtered articles and what the claim filters hid (for the empty state). */
  inArticles: number;
  hiddenByReferent: number;
  hiddenByClaimantType: number;
}

/** Claims timeline: one mark per claim with a date and a number; table lists exactly those. */
export function buildClaimsChart(list: ClaimList, outlets: readonly OutletListItem[]): ClaimsChartModel {
  const claims = list.claims.map(toDatum).filter((c): c is ClaimDatum => c !== null);
  const infos: OutletInfo[] = outlets.map((o) => ({ ...outletInfo({ key: String(o.id), name: o.name, articles: o.articles }, new Map()), colorIndex: o.colorIndex }));
  const name = new Map(infos.map((o) => [o.key, o.name]));
  return {
    data: { claims, outlets: infos },
    unplaced: list.claims.length - claims.length,
    inArticles: list.inArticles,
    hiddenByReferent: list.hiddenByReferent,
    hiddenByClaimantType: list.hiddenByClaimantType,
    table: {
      caption: "Claimed fighter numbers: one row per claim plotted",
      columns: [
        { key: "date", label: "Published", rowHeader: true },
        { key: "number", label: "Number" },
        { key: "written", label: "As written" },
        { key: "refersTo", label: "Refers to" },
        { key: "claimant", label: "Claimant" },
        { key: "claimantType", label: "Claimant type" },
        { key: "outlet", label: "Outlet" },
      ],
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
        },
      })),
    },
  };
}

/** Why the claims chart is empty, in words ("3 claims hidden by the referent filter"). */
export function describeEmptyClaims(model: Pick<ClaimsChartModel, "inArticles" | "hiddenByReferent" | "hiddenByClaimantType" | "unplaced">): string {
  if (model.inArticles === 0) return "No claims match these filters: the selected outlets and dates hold no fighter-number claims.";
  const parts: string[] = [];
  const n = (k: number) => `${k} ${k === 1 ? "claim" : "claims"}`;
  if (model.hiddenByReferent > 0) parts.push(`${n(model.hiddenByReferent)} hidden by the referent filter`);
  if (model.hiddenByClaimantType > 0) parts.push(`${n(model.hiddenByClaimantType)} hidden by the claimant-type filter`);
  if (model.unplaced > 0) parts.push(`${n(model.unplaced)} without a publication date or number`);
  return `No claims match these filters: ${parts.join("; ") || "none to plot"}.`;
}
