/**
 * Input types for every chart in this package.
 *
 * They are plain, serialisable objects (strings, numbers, arrays, records):
 * the dashboard builds them from database aggregates on the server and
 * passes them across the React Server Component boundary unchanged. No
 * Dates, no functions, no class instances in data.
 *
 * Every datum carries an `id`: the dashboard resolves it to the evidence
 * sentence(s) behind the mark, so the charts echo it back through
 * `onSelect` / `onHover` and on the mark's `data-id` attribute.
 *
 * The vocabulary (claimant types, referents, attack types...) is the corpus
 * model's, re-exported from its pure `model` entry so palette order and
 * labels can never drift from the contract. Unknown strings still render
 * (grey fallback).
 */

import type { ClaimantType, ClaimBin, ClaimUnit, DatePrecision, Qualifier, Referent } from "@framewatch/corpus-model/model";

export {
  ATTACK_TYPES,
  CLAIMANT_TYPES,
  GROUP_TERMS,
  QUALIFIERS,
  REFERENTS,
  type AttackType,
  type ClaimantType,
  type ClaimUnit,
  type DatePrecision,
  type GroupTerm,
  type Qualifier,
  type Referent,
} from "@framewatch/corpus-model/model";


// ---------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------

/** One outlet as the charts see it. */
export interface OutletInfo {
  /** Stable key the cells refer to (e.g. the outlet's DB id or slug). */
  key: string;
  /** Display name ("Al Jazeera"). */
  name: string;
  /**
   * Stable colour slot (see `outletColor`). Give every outlet the same
   * index on every page (e.g. its rank in the full outlet list) so that an
   * outlet keeps its colour when filters drop others. Defaults to the
   * outlet's position in the array.
   */
  colorIndex?: number;
  /** Articles behind this outlet's numbers; shown in labels and tables. */
  articleCount?: number;
}

/** A column / category (term, label, frame, claimant type, attack type). */
export interface CategoryInfo {
  key: string;
  /** Display label; defaults to `key`. */
  label?: string;
}

/** Chart-local pixel position (origin = top-left of the chart's SVG). */
export interface ChartPoint {
  x: number;
  y: number;
}

/** The interaction contract every chart implements. */
export interface ChartInteractionProps<Datum> {
  /** Id of the datum whose evidence is shown; that mark is outlined, others dimmed. */
  selectedId?: string;
  /** Click / Enter / Space on a mark -> its id; again on the selected mark or Escape -> null. */
  onSelect?: (id: string | null) => void;
  /**
   * Pointer enters or keyboard focus lands on a mark -> (datum, anchor point
   * of the mark in chart-local pixels); leaves / blurs -> (null, null).
   */
  onHover?: (datum: Datum | null, point: ChartPoint | null) => void;
}

/** Props shared by every chart: size, accessible text, ids. */
export interface ChartBaseProps<Datum> extends ChartInteractionProps<Datum> {
  width: number;
  height: number;
  /** Prefix for every generated SVG id (title, desc, markers). Must be unique on the page. */
  idPrefix?: string;
  /** Accessible title (`<title>`); each chart has a sensible default. */
  title?: string;
  /** Accessible description (`<desc>`); defaults to a summary generated from the data. */
  description?: string;
  /**
   * ARIA role of the root `<svg>`. "img" (default) gives the chart a single
   * accessible name; note that assistive tech treats children of role=img as
   * presentational, so screen-reader users should get `ChartDataTable`.
   * "group" keeps the focusable marks exposed as buttons.
   */
  svgRole?: "img" | "group";
}

// ---------------------------------------------------------------------------
// 1. NamingSharesChart: outlets x group terms, 100% stacked
// ---------------------------------------------------------------------------

export interface NamingCell {
  /** Evidence id (e.g. "naming:<outlet>:<term>"). */
  id: string;
  /** `OutletInfo.key`. */
  outlet: string;
  /** Group term ("ISIS", "Daesh", ...). */
  term: string;
  /** Raw number of mentions. */
  count: number;
}

export interface NamingSharesData {
  outlets: OutletInfo[];
  /** Segment order; defaults to GROUP_TERMS followed by any other term seen in `cells`. */
  terms?: string[];
  cells: NamingCell[];
}

/** What `onHover` receives for a naming segment. */
export interface NamingSegmentDatum extends NamingCell {
  outletName: string;
  /** count / total (0..1). */
  share: number;
  /** All group-name mentions by this outlet. */
  total: number;
}

// ---------------------------------------------------------------------------
// 2. HeatmapChart: outlets (rows) x categories (columns)
// ---------------------------------------------------------------------------

export interface HeatmapCell {
  id: string;
  /** `OutletInfo.key`. */
  row: string;
  /** `CategoryInfo.key`. */
  column: string;
  /** Encoded value: a count, a share in 0..1, or a rate per 1,000 words (see `valueFormat`). */
  value: number;
  /** Raw count behind a normalised `value`, for tooltips and aria labels. */
  count?: number;
  /** Of the facts behind the cell, those an analyst reviewed (attack mentions); absent when none. */
  reviewed?: number;
}

export interface HeatmapData {
  rows: OutletInfo[];
  columns: CategoryInfo[];
  cells: HeatmapCell[];
}

export type HeatmapValueFormat = "count" | "share" | "per1000";

export interface HeatmapCellDatum extends HeatmapCell {
  rowName: string;
  columnLabel: string;
  /** The value as printed in the cell and the aria label. */
  formatted: string;
}

// ---------------------------------------------------------------------------
// 3. DivergingBarChart: threat stance index per outlet
// ---------------------------------------------------------------------------

export interface ThreatBar {
  id: string;
  /** `OutletInfo.key`. */
  outlet: string;
  /** Threat stance index in [-1, 1]: negative = defeat/control, positive = resurgence. */
  value: number;
  /** Resurgence-language hits behind the index. */
  resurgence?: number;
  /** Defeat/control-language hits behind the index. */
  defeat?: number;
}

export interface ThreatData {
  outlets: OutletInfo[];
  bars: ThreatBar[];
}

export interface ThreatBarDatum extends ThreatBar {
  outletName: string;
}

// ---------------------------------------------------------------------------
// 4. SmallMultiplesChart: one panel per policy frame, bars = outlets
// ---------------------------------------------------------------------------

export interface FrameCell {
  id: string;
  /** `OutletInfo.key`. */
  outlet: string;
  /** `CategoryInfo.key` of the frame. */
  frame: string;
  /** Share of the outlet's sentences coded with this frame (0..1). */
  value: number;
  /** Sentences coded with this frame. */
  count?: number;
}

export interface FramesData {
  outlets: OutletInfo[];
  /** Panel order (the 15 Policy Frames Codebook frames). */
  frames: CategoryInfo[];
  cells: FrameCell[];
}

export interface FrameBarDatum extends FrameCell {
  outletName: string;
  frameLabel: string;
}

// ---------------------------------------------------------------------------
// 5. StackedBarChart: sourcing, outlets x claimant types
// ---------------------------------------------------------------------------

export interface SourcingCell {
  id: string;
  /** `OutletInfo.key`. */
  outlet: string;
  /** Claimant type (or any category key listed in `categories`). */
  category: string;
  /** Attributed statements. */
  count: number;
}

export interface SourcingData {
  outlets: OutletInfo[];
  /** Stack order; defaults to CLAIMANT_TYPES followed by any other category seen. */
  categories?: CategoryInfo[];
  cells: SourcingCell[];
}

export interface SourcingSegmentDatum extends SourcingCell {
  outletName: string;
  categoryLabel: string;
  total: number;
  share: number;
}

// ---------------------------------------------------------------------------
// 6. ClaimsTimelineChart: fighter claims over publication date
// ---------------------------------------------------------------------------

export interface ClaimDate {
  /** ISO day: earliest day the article can have been published. */
  earliest: string;
  /** ISO day: latest day (inclusive). */
  latest: string;
  precision: DatePrecision;
  /** Human-readable date as the dashboard prints it ("February 2020"). */
  label?: string;
}

export interface ClaimDatum {
  id: string;
  /** Lower bound; null where open-ended ("fewer than 1,000"). */
  low: number | null;
  /** Upper bound; null where open-ended ("at least 700"). */
  high: number | null;
  qualifier: Qualifier;
  unit: ClaimUnit;
  /** The quantity as written ("fewer than 1,000"). */
  quantityText: string;
  /** Who asserts the number, as named in the text. */
  claimant: string;
  claimantType: ClaimantType;
  refersTo: Referent;
  /** `OutletInfo.key` (or the outlet name when no OutletInfo list is given). */
  outlet: string;
  articleId: string;
  /**
   * The evidence sentence; its offsets (below) index the article body (or its
   * headline, when `section` is "title"). Optional: a large timeline leaves it
   * out and the dashboard fetches it for the claim under the pointer.
   */
  sentence?: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Where the claim was read; absent means the body. */
  section?: "body" | "title";
  date: ClaimDate;
  /**
   * An analyst's standing decision on the claim: drawn with a distinct
   * outline and named in the tooltip. Absent = not reviewed (machine facts
   * look exactly as before reviews existed).
   */
  review?: "accepted" | "corrected" | "added";
}

/** One aggregated mark of the claims timeline (the corpus model's `ClaimBin`, built by the database), with its bin in words. */
export interface ClaimBinDatum extends ClaimBin {
  /** The bin in words ("Q1 2019"). */
  label?: string;
}

export interface ClaimsData {
  claims: ClaimDatum[];
  /** Outlet names and colour slots when `colorBy: "outlet"`; claims' `outlet` values otherwise label themselves. */
  outlets?: OutletInfo[];
  /** When set, the chart draws these aggregated marks instead of `claims` (one per group, bin and unit). */
  bins?: ClaimBinDatum[];
}

// ---------------------------------------------------------------------------
// 7. ChartDataTable
// ---------------------------------------------------------------------------

export interface DataTableColumn {
  key: string;
  label: string;
  /** Right-align numbers. */
  numeric?: boolean;
  /** The first column is usually the row header (`<th scope="row">`). */
  rowHeader?: boolean;
}

export type DataTableValue = string | number | null;

export interface DataTableRow {
  /** Evidence id; rendered as `data-id` on the `<tr>`. */
  id: string;
  cells: Record<string, DataTableValue>;
}
