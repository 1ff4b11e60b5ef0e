/**
 * The shareable charts and how they map onto views and URL state. Pure (used
 * by the browser, route handlers and tests). A chart key names one chart:
 * the six framing dimensions, "claims" and "attacks".
 */
import type { FactMode } from "@framewatch/db/queries";
import { FACT_MODE_LABELS, FRAMING_DIMENSIONS, type FramingDimensionKey, type ViewKey, type ViewState } from "../view-state";

export const CHARTS = [...FRAMING_DIMENSIONS, "claims", "attacks"] as const;
export type ChartKey = (typeof CHARTS)[number];

export function isChartKey(value: string): value is ChartKey {
  return (CHARTS as readonly string[]).includes(value);
}

export function isFramingChart(chart: ChartKey): chart is FramingDimensionKey {
  return (FRAMING_DIMENSIONS as readonly string[]).includes(chart);
}

/** The view that shows a chart. */
export function viewOfChart(chart: ChartKey): ViewKey {
  return isFramingChart(chart) ? "framing" : chart;
}

export const VIEW_PATHS: Record<Exclude<ViewKey, "article">, string> = {
  overview: "/",
  framing: "/framing",
  claims: "/claims",
  attacks: "/attacks",
};

/** The chart a view shows in a given state (the overview and the reader have none). */
export function chartOfView(view: ViewKey, state: Pick<ViewState, "dim">): ChartKey | null {
  if (view === "framing") return state.dim;
  if (view === "claims" || view === "attacks") return view;
  return null;
}

/** Chart-state with the chart's implied parameters set (framing charts fix `dim`). */
export function stateForChart(chart: ChartKey, state: ViewState): ViewState {
  return isFramingChart(chart) ? { ...state, dim: chart } : state;
}

export const FRAMING_META: Record<FramingDimensionKey, { label: string; title: string; variant: string; evidenceKind: string; dbDimension: string }> = {
  naming: { label: "Naming", title: "Which name outlets use for the group (share of group-name mentions)", variant: "bars", evidenceKind: "naming", dbDimension: "naming" },
  actors: { label: "Actor labels", title: "How outlets label the insurgents (per 1,000 words)", variant: "heatmap", evidenceKind: "actor", dbDimension: "actor_label" },
  sourcing: { label: "Sourcing", title: "Who outlets quote (attributions by claimant type)", variant: "bars", evidenceKind: "sourcing", dbDimension: "sourcing" },
  threat: { label: "Threat stance", title: "Resurgence vs defeat language (threat stance index)", variant: "bars", evidenceKind: "threat", dbDimension: "threat" },
  frames: { label: "Policy frames", title: "Policy frames (share of each outlet's sentences)", variant: "frames", evidenceKind: "frame", dbDimension: "policy_frame" },
  loaded: { label: "Loaded terms", title: "Judgement-laden words (per 1,000 words)", variant: "heatmap", evidenceKind: "loaded", dbDimension: "loaded_term" },
};

export const CLAIMS_TITLE = "Claimed numbers of fighters";
export function attacksTitle(measure: "count" | "share"): string {
  return measure === "share" ? "Share of each outlet's articles mentioning the type" : "Attack-type mentions by outlet";
}

/** The chart's heading as the page shows it. */
export function chartTitle(chart: ChartKey, state: Pick<ViewState, "measure">): string {
  if (isFramingChart(chart)) return FRAMING_META[chart].title;
  return chart === "claims" ? CLAIMS_TITLE : attacksTitle(state.measure);
}

/** The chart's display options as words ("linear scale, coloured by outlet"). */
export function describeOptions(chart: ChartKey, state: Pick<ViewState, "scale" | "color" | "measure" | "sourcing"> & Partial<Pick<ViewState, "facts">>): string[] {
  // Claims and attacks always say which facts they hold (exports, captions, unfurls).
  const facts = FACT_MODE_LABELS[state.facts ?? "applied"].toLowerCase();
  if (chart === "claims") return [`${state.scale} scale`, state.color === "outlet" ? "coloured by outlet" : "coloured by claimant type", facts];
  if (chart === "attacks") return [state.measure === "share" ? "share of articles" : "mention counts", facts];
  if (chart === "sourcing") return [state.sourcing === "count" ? "counts" : "shares"];
  return [];
}

/** `framewatch-claims-2026-11-22.csv` (local date); claims and attacks name their fact mode: `framewatch-claims-machine-2026-11-22.csv`. */
export function exportFileName(chart: ChartKey, ext: string, date = new Date(), facts?: FactMode): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  const mode = facts && (chart === "claims" || chart === "attacks") ? `-${facts}` : "";
  return `framewatch-${chart}${mode}-${day}.${ext}`;
}
