import { formatRate, formatShare, vocabLabel, type DataTableColumn, type DataTableRow, type OutletInfo } from "@framewatch/charts";

/** What a builder returns: the chart's data and the data-table alternative listing the same marks. */
export interface ChartTable {
  caption: string;
  columns: DataTableColumn[];
  rows: DataTableRow[];
}

/** Stable colour slots: outlet key -> rank in the full outlet list (see listOutlets). */
export type ColorSlots = ReadonlyMap<string, number>;

export function outletInfo(o: { key: string; name: string; articles: number }, colors: ColorSlots): OutletInfo {
  return { key: o.key, name: o.name, articleCount: o.articles, colorIndex: colors.get(o.key) };
}

export const EVIDENCE_KINDS = ["naming", "actor", "sourcing", "threat", "frame", "loaded", "attack", "claim"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A mark's evidence id: "<kind>:<outletId>:<category>" ("threat:3:", "claim::42" for claims). */
export function evidenceId(kind: EvidenceKind, outletKey: string, category = ""): string {
  return `${kind}:${outletKey}:${category}`;
}

export interface ParsedEvidenceId {
  kind: EvidenceKind;
  outletId: number;
  category: string;
}

/** Inverse of `evidenceId`; null for anything malformed (the URL is user input). */
export function parseEvidenceId(id: string | null | undefined): ParsedEvidenceId | null {
  if (!id) return null;
  const m = /^([a-z]+):(\d{1,9}):(.*)$/s.exec(id);
  if (!m || !(EVIDENCE_KINDS as readonly string[]).includes(m[1]!)) return null;
  return { kind: m[1] as EvidenceKind, outletId: Number(m[2]), category: m[3]! };
}

export const ratio = (n: number, d: number): number => (d > 0 ? n / d : 0);
export const per1000 = (n: number, words: number): number => (words > 0 ? Math.round(((n * 1000) / words) * 100) / 100 : 0);
export { formatRate, formatShare, vocabLabel };
