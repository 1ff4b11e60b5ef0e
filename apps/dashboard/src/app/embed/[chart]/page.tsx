import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttackChart } from "@/components/AttackChart";
import { ChartBox } from "@/components/ChartBox";
import { ClaimsChart } from "@/components/ClaimsChart";
import { FramingChart } from "@/components/FramingChart";
import { StateNotice } from "@/components/StateNotice";
import { FRAMING_META, isChartKey, isFramingChart, stateForChart, VIEW_PATHS, viewOfChart, type ChartKey } from "@/lib/share/charts";
import { loadChart } from "@/lib/share/load-chart";
import { readPageState, siteOrigin } from "@/lib/share/page-state";
import { canonicalQuery } from "@/lib/view-state";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ chart: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  return { title: isChartKey(chart) ? `Embedded chart: ${chart}` : "Embedded chart", robots: { index: false } };
}

/**
 * /embed/<chart>?<view params>: just the chart (no site chrome), for iframes.
 * Framable from anywhere (see next.config.ts); links back to the full view.
 */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { chart: raw } = await params;
  if (!isChartKey(raw)) notFound();
  const chart: ChartKey = raw;
  const view = viewOfChart(chart);
  const read = await readPageState(view, searchParams);
  const state = stateForChart(chart, read.state);
  const loaded = await loadChart(chart, state);
  const query = canonicalQuery(view, state);
  const fullView = `${siteOrigin()}${VIEW_PATHS[view as keyof typeof VIEW_PATHS]}${query}`;
  const rows = state.outlets.length > 0 ? state.outlets.length : read.outlets.length;
  const variant = isFramingChart(chart) ? FRAMING_META[chart].variant : chart === "claims" ? "claims" : "heatmap";
  return (
    <div className="embed-body" data-testid="embed">
      <div className="embed-head">
        <h1>{loaded.meta.title}</h1>
        <a href={fullView} target="_blank" rel="noopener" data-testid="embed-open">
          Open in Framewatch ↗
        </a>
      </div>
      <p className="muted embed-sub">{loaded.meta.subtitle}</p>
      <StateNotice problems={read.problems} canonicalUrl={`/embed/${chart}${query}`} />
      <ChartBox variant={variant} rows={loaded.kind === "claims" ? 1 : rows}>
        {loaded.meta.empty ? (
          <p className="empty" data-testid="empty-state">
            {loaded.meta.empty}
          </p>
        ) : loaded.kind === "framing" && loaded.spec ? (
          <FramingChart spec={loaded.spec} selectedId={state.sel} title={loaded.meta.title} />
        ) : loaded.kind === "claims" ? (
          <ClaimsChart data={loaded.model.data} scale={state.scale} colorBy={state.color} selectedId={state.sel} openInNewTab />
        ) : loaded.kind === "attacks" && loaded.data ? (
          <AttackChart data={loaded.data} measure={state.measure} articles={loaded.articles} selectedId={state.sel} />
        ) : null}
      </ChartBox>
      <p className="muted embed-foot">
        Source: <a href={fullView} target="_blank" rel="noopener">Framewatch</a> · {loaded.table.rows.length}{" "}
        {loaded.table.rows.length === 1 ? "row" : "rows"} of data
      </p>
    </div>
  );
}
