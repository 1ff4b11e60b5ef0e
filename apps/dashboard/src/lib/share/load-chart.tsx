/**
 * Loads the data behind one chart for a view state, with the same queries
 * and builders as the pages. Used by the pages' embeds, the JSON API, the
 * unfurl images and the exports. Server only (talks to PostgreSQL).
 */
import type { ReactElement } from "react";
import {
  ClaimsTimelineChart,
  DivergingBarChart,
  HeatmapChart,
  NamingSharesChart,
  SmallMultiplesChart,
  StackedBarChart,
  vocabLabel,
  type ClaimsData,
  type HeatmapData,
} from "@framewatch/charts";
import type { OutletFramingResult, OutletListItem } from "@framewatch/db/queries";
import type { FramingChartSpec } from "@/components/FramingChart";
import {
  buildActorHeatmap,
  buildAttackHeatmap,
  buildClaimsChart,
  buildFramesChart,
  buildLoadedHeatmap,
  buildNamingChart,
  buildSourcingChart,
  buildThreatChart,
  describeEmptyClaims,
  type ChartTable,
  type ClaimsChartModel,
  type ColorSlots,
} from "@/lib/charts";
import { loadAttackMatrix, loadClaimsTimeline, loadFraming, loadOutlets } from "@/lib/cached-queries";
import { colorSlots } from "@/lib/colors";
import { describeNoArticles } from "@/lib/empty-state";
import { hasActiveFilters, toFilters, type FramingDimensionKey, type ViewState } from "@/lib/view-state";
import { chartTitle, describeOptions, isFramingChart, type ChartKey } from "./charts";

/** The framing chart spec and data table for a dimension (what /framing draws). */
export function buildFramingSpec(
  dim: FramingDimensionKey,
  framing: OutletFramingResult,
  colors: ColorSlots,
  sourcingMode: "share" | "count",
): { spec: FramingChartSpec; table: ChartTable } {
  const words = Object.fromEntries(framing.outlets.map((o) => [o.key, o.words]));
  switch (dim) {
    case "naming": {
      const b = buildNamingChart(framing, colors);
      return { spec: { dimension: "naming", data: b.data }, table: b.table };
    }
    case "actors": {
      const b = buildActorHeatmap(framing, colors);
      return { spec: { dimension: "actors", data: b.data, words }, table: b.table };
    }
    case "loaded": {
      const b = buildLoadedHeatmap(framing, colors);
      return { spec: { dimension: "loaded", data: b.data, words }, table: b.table };
    }
    case "sourcing": {
      const b = buildSourcingChart(framing, colors);
      return { spec: { dimension: "sourcing", data: b.data, mode: sourcingMode }, table: b.table };
    }
    case "threat": {
      const b = buildThreatChart(framing, colors);
      return { spec: { dimension: "threat", data: b.data }, table: b.table };
    }
    case "frames": {
      const b = buildFramesChart(framing, colors);
      const sentences = Object.fromEntries(framing.outlets.map((o) => [o.key, o.sentences]));
      return { spec: { dimension: "frames", data: b.data, sentences }, table: b.table };
    }
  }
}

export type LoadedChart =
  | { chart: FramingDimensionKey; kind: "framing"; spec: FramingChartSpec | null; table: ChartTable; meta: ChartMeta }
  | { chart: "claims"; kind: "claims"; model: ClaimsChartModel; table: ChartTable; meta: ChartMeta }
  | { chart: "attacks"; kind: "attacks"; data: HeatmapData | null; articles: Record<string, number>; table: ChartTable; meta: ChartMeta };

export interface ChartMeta {
  title: string;
  /** Options and filters in words, for captions, unfurls and file headers. */
  subtitle: string;
  /** Why nothing is drawn, or null. */
  empty: string | null;
  outlets: OutletListItem[];
}

/** Filters in words: "Outlets: A, B · 2019-01-01 to 2020-12-31 · Referents: Killed". */
export function describeFilters(state: ViewState, outlets: readonly OutletListItem[]): string[] {
  const parts: string[] = [];
  if (state.outlets.length > 0) {
    const names = new Map(outlets.map((o) => [o.id, o.name]));
    parts.push(`Outlets: ${state.outlets.map((id) => names.get(id) ?? `#${id}`).join(", ")}`);
  }
  if (state.from || state.to) parts.push(state.from && state.to ? `${state.from} to ${state.to}` : state.from ? `from ${state.from}` : `until ${state.to}`);
  if (state.claimants.length > 0) parts.push(`Claimants: ${state.claimants.map(vocabLabel).join(", ")}`);
  if (state.referents.length > 0) parts.push(`Referents: ${state.referents.map(vocabLabel).join(", ")}`);
  if (state.attacks.length > 0) parts.push(`Attack types: ${state.attacks.map(vocabLabel).join(", ")}`);
  return parts;
}

export function chartSubtitle(chart: ChartKey, state: ViewState, outlets: readonly OutletListItem[]): string {
  const filters = describeFilters(state, outlets);
  return [...describeOptions(chart, state), ...(filters.length > 0 ? filters : ["all articles"])].join(" · ");
}

/** The chart's data, table and captions for a view state (cached per corpus version). */
export async function loadChart(chart: ChartKey, state: ViewState): Promise<LoadedChart> {
  const outlets = await loadOutlets();
  const filters = toFilters(state);
  const colors = colorSlots(outlets);
  const totalArticles = outlets.reduce((s, o) => s + o.articles, 0);
  const base = { title: chartTitle(chart, state), subtitle: chartSubtitle(chart, state, outlets), outlets };
  if (isFramingChart(chart)) {
    const framing = await loadFraming(filters);
    if (framing.outlets.length === 0) {
      return {
        chart,
        kind: "framing",
        spec: null,
        table: { caption: base.title, columns: [], rows: [] },
        meta: { ...base, empty: describeNoArticles(totalArticles, hasActiveFilters(state)) },
      };
    }
    const { spec, table } = buildFramingSpec(chart, framing, colors, state.sourcing);
    return { chart, kind: "framing", spec, table, meta: { ...base, empty: null } };
  }
  if (chart === "claims") {
    const model = buildClaimsChart(await loadClaimsTimeline(filters, state.color, state.facts), outlets, state.color, state.facts);
    const empty = model.plotted === 0 ? describeEmptyClaims(model) : null;
    return { chart, kind: "claims", model, table: model.table, meta: { ...base, empty } };
  }
  const matrix = await loadAttackMatrix(filters, state.facts);
  if (matrix.rows.length === 0) {
    return {
      chart,
      kind: "attacks",
      data: null,
      articles: {},
      table: { caption: base.title, columns: [], rows: [] },
      meta: { ...base, empty: describeNoArticles(totalArticles, hasActiveFilters(state)) },
    };
  }
  const { data, table } = buildAttackHeatmap(matrix, state.measure, colors, state.facts);
  const articles = Object.fromEntries(matrix.rows.map((r) => [r.key, r.articles]));
  return { chart, kind: "attacks", data, articles, table, meta: { ...base, empty: null } };
}

/** The data the chart draws (JSON-safe). */
export function chartData(loaded: LoadedChart): unknown {
  if (loaded.kind === "framing") return loaded.spec;
  if (loaded.kind === "claims") return loaded.model.data satisfies ClaimsData;
  return loaded.data;
}

/** The chart as a pure SVG element (no handlers), for server rendering. */
export function staticChart(loaded: LoadedChart, state: ViewState, width: number, height: number): ReactElement | null {
  const common = { width, height, idPrefix: `fw-${loaded.chart}`, title: loaded.meta.title, svgRole: "img" as const, selectedId: state.sel ?? undefined };
  if (loaded.meta.empty) return null;
  if (loaded.kind === "claims") {
    return <ClaimsTimelineChart {...common} data={loaded.model.data} scale={state.scale} colorBy={state.color} percentPanel={width >= 900 ? "beside" : "below"} />;
  }
  if (loaded.kind === "attacks") {
    if (!loaded.data) return null;
    return (
      <HeatmapChart
        {...common}
        data={loaded.data}
        valueFormat={state.measure}
        valueLabel={state.measure === "share" ? "share of articles" : "mentions"}
        emptyMessage="No attack mentions in these articles."
      />
    );
  }
  const spec = loaded.spec;
  if (!spec) return null;
  switch (spec.dimension) {
    case "naming":
      return <NamingSharesChart {...common} data={spec.data} emptyMessage="None of these articles names the group." />;
    case "actors":
    case "loaded":
      return <HeatmapChart {...common} data={spec.data} valueFormat="per1000" />;
    case "sourcing":
      return <StackedBarChart {...common} data={spec.data} mode={spec.mode} emptyMessage="No attributed statements in these articles." />;
    case "threat":
      return <DivergingBarChart {...common} data={spec.data} />;
    case "frames":
      return <SmallMultiplesChart {...common} data={spec.data} />;
  }
}
