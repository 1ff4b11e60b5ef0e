import type { Metadata } from "next";
import { Suspense } from "react";
import type { Filters } from "@framewatch/db/queries";
import { ChartBox } from "@/components/ChartBox";
import { ChartSkeleton } from "@/components/ChartSkeleton";
import { DataTableToggle } from "@/components/DataTableToggle";
import { EvidenceList } from "@/components/EvidenceList";
import { FilterBar } from "@/components/FilterBar";
import { FramingChart } from "@/components/FramingChart";
import { ViewToggle } from "@/components/ViewToggle";
import { ShareBar } from "@/components/ShareBar";
import { StateNotice } from "@/components/StateNotice";
import { parseEvidenceId, vocabLabel, type ColorSlots } from "@/lib/charts";
import { loadFramingEvidence, loadFraming, loadOutlets } from "@/lib/cached-queries";
import { colorSlots } from "@/lib/colors";
import { describeNoArticles } from "@/lib/empty-state";
import { FRAMING_META } from "@/lib/share/charts";
import { buildFramingSpec, chartSubtitle } from "@/lib/share/load-chart";
import { readPageState, viewMetadata } from "@/lib/share/page-state";
import { canonicalQuery, FRAMING_DIMENSIONS, hasActiveFilters, toFilters, type FramingDimensionKey, type ViewState } from "@/lib/view-state";

export const dynamic = "force-dynamic";

const DIMENSIONS = FRAMING_DIMENSIONS.map((value) => ({ value, ...FRAMING_META[value] }));

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewMetadata("framing", searchParams);
}

async function FramingSection(props: {
  dim: FramingDimensionKey;
  filters: Filters;
  filtered: boolean;
  colors: ColorSlots;
  totalArticles: number;
  sourcingMode: "share" | "count";
  selectedId: string | null;
  rows: number;
}) {
  const framing = await loadFraming(props.filters);
  const meta = DIMENSIONS.find((d) => d.value === props.dim)!;
  if (framing.outlets.length === 0) {
    return (
      <ChartBox variant={meta.variant} rows={props.rows}>
        <p className="empty" data-testid="empty-state">
          {describeNoArticles(props.totalArticles, props.filtered)}
        </p>
      </ChartBox>
    );
  }
  const { spec, table } = buildFramingSpec(props.dim, framing, props.colors, props.sourcingMode);
  return (
    <>
      <ChartBox variant={meta.variant} rows={props.rows}>
        <FramingChart spec={spec} selectedId={props.selectedId} title={meta.title} />
      </ChartBox>
      <p className="muted chart-note">
        {framing.outlets.reduce((s, o) => s + o.articles, 0)} articles. Counts are summed over each outlet&apos;s articles and divided by
        the outlet&apos;s total {props.dim === "frames" ? "sentences" : props.dim === "naming" ? "group-name mentions" : props.dim === "sourcing" ? "attributions" : props.dim === "threat" ? "threat-language hits" : "words"}. Select a mark (click, Enter or Space) to list its evidence sentences.
      </p>
      <DataTableToggle table={table} selectedId={props.selectedId} />
    </>
  );
}

async function FramingEvidence({ state, filters, dim }: { state: ViewState; filters: Filters; dim: FramingDimensionKey }) {
  const selectedId = state.sel;
  const meta = DIMENSIONS.find((d) => d.value === dim)!;
  const parsed = parseEvidenceId(selectedId);
  if (!parsed || parsed.kind !== meta.evidenceKind) {
    return <p className="muted evidence-hint">Select a mark to see the sentences behind it.</p>;
  }
  const [evidence, outlets] = await Promise.all([
    loadFramingEvidence(filters, { dimension: meta.dbDimension, category: parsed.category || null, outletId: parsed.outletId, cursor: state.cursor }),
    loadOutlets(),
  ]);
  const outlet = outlets.find((o) => o.id === parsed.outletId)?.name ?? "Unknown outlet";
  const what = parsed.category ? vocabLabel(parsed.category) : "threat language (resurgence and defeat)";
  return (
    <EvidenceList
      heading={`Evidence: ${outlet} · ${meta.label} · ${what}`}
      evidence={evidence}
      emptyMessage="No sentences: this outlet's articles never use it under these filters."
      hrefFor={(cursor) => `/framing${canonicalQuery("framing", { ...state, cursor })}#evidence-heading`}
    />
  );
}

export default async function FramingPage({ searchParams }: Props) {
  const { state, outlets, problems, query } = await readPageState("framing", searchParams);
  const filters = toFilters(state);
  const colors = colorSlots(outlets);
  const meta = DIMENSIONS.find((d) => d.value === state.dim)!;
  const rows = state.outlets.length > 0 ? state.outlets.length : outlets.length;
  const totalArticles = outlets.reduce((s, o) => s + o.articles, 0);
  const key = JSON.stringify([filters, state.dim, state.sourcing]);
  return (
    <>
      <h1>Framing comparison</h1>
      <StateNotice problems={problems} canonicalUrl={`/framing${query}`} />
      <p className="lede">How each outlet tells the story, normalised per outlet so long and short articles compare fairly.</p>
      <FilterBar outlets={outlets} emphasis={state.dim === "sourcing" ? ["claimants"] : []} />
      <div className="toolbar">
        <ViewToggle name="dim" legend="Dimension" value={state.dim} options={DIMENSIONS.map((d) => ({ value: d.value, label: d.label }))} />
        {state.dim === "sourcing" ? (
          <ViewToggle
            name="sourcing"
            legend="Bars show"
            value={state.sourcing}
            clearSelection={false}
            options={[
              { value: "share", label: "Shares" },
              { value: "count", label: "Counts" },
            ]}
          />
        ) : null}
      </div>
      <Suspense fallback={null}>
        <ShareBar view="framing" chart={state.dim} title={meta.title} subtitle={chartSubtitle(state.dim, state, outlets)} />
      </Suspense>
      <section className="chart-section" aria-labelledby="framing-chart-title">
        <h2 id="framing-chart-title">{meta.title}</h2>
        <Suspense key={key} fallback={<ChartSkeleton variant={meta.variant} rows={rows} />}>
          <FramingSection
            dim={state.dim}
            filters={filters}
            filtered={hasActiveFilters(state)}
            colors={colors}
            totalArticles={totalArticles}
            sourcingMode={state.sourcing}
            selectedId={state.sel}
            rows={rows}
          />
        </Suspense>
      </section>
      <Suspense fallback={<p className="muted">Loading evidence…</p>}>
        <FramingEvidence state={state} filters={filters} dim={state.dim} />
      </Suspense>
    </>
  );
}
