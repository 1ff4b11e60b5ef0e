import type { Metadata } from "next";
import { Suspense } from "react";
import type { FactMode, Filters } from "@framewatch/db/queries";
import { AttackChart } from "@/components/AttackChart";
import { ChartBox } from "@/components/ChartBox";
import { ChartSkeleton } from "@/components/ChartSkeleton";
import { DataTableToggle } from "@/components/DataTableToggle";
import { EvidenceList } from "@/components/EvidenceList";
import { FilterBar } from "@/components/FilterBar";
import { ShareBar } from "@/components/ShareBar";
import { StateNotice } from "@/components/StateNotice";
import { ViewToggle } from "@/components/ViewToggle";
import { buildAttackHeatmap, parseEvidenceId, vocabLabel, type ColorSlots } from "@/lib/charts";
import { loadAttackEvidence, loadAttackMatrix, loadOutlets } from "@/lib/cached-queries";
import { colorSlots } from "@/lib/colors";
import { describeNoArticles } from "@/lib/empty-state";
import { attacksTitle } from "@/lib/share/charts";
import { chartSubtitle } from "@/lib/share/load-chart";
import { readPageState, viewMetadata } from "@/lib/share/page-state";
import { canonicalQuery, hasActiveFilters, toFilters, type ViewState } from "@/lib/view-state";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewMetadata("attacks", searchParams);
}

async function AttackSection(props: {
  filters: Filters;
  measure: "count" | "share";
  colors: ColorSlots;
  selectedId: string | null;
  rows: number;
  totalArticles: number;
  filtered: boolean;
  facts: FactMode;
}) {
  const matrix = await loadAttackMatrix(props.filters, props.facts);
  if (matrix.rows.length === 0) {
    return (
      <ChartBox variant="heatmap" rows={props.rows}>
        <p className="empty" data-testid="empty-state">
          {describeNoArticles(props.totalArticles, props.filtered)}
        </p>
      </ChartBox>
    );
  }
  const { data, table } = buildAttackHeatmap(matrix, props.measure, props.colors, props.facts);
  const articles = Object.fromEntries(matrix.rows.map((r) => [r.key, r.articles]));
  const mentions = matrix.rows.reduce((s, r) => s + Object.values(r.mentions).reduce((a, b) => a + b, 0), 0);
  const reviewed = matrix.rows.reduce((s, r) => s + Object.values(r.reviewed).reduce((a, b) => a + b, 0), 0);
  return (
    <>
      <ChartBox variant="heatmap" rows={props.rows}>
        <AttackChart data={data} measure={props.measure} articles={articles} selectedId={props.selectedId} />
      </ChartBox>
      <p className="muted chart-note">
        {mentions} attack {mentions === 1 ? "mention" : "mentions"} in {matrix.rows.reduce((s, r) => s + r.articles, 0)} articles, typed with
        the Global Terrorism Database&apos;s nine attack types{reviewed > 0 ? `; ${reviewed} of the mentions reviewed by an analyst` : ""}. Select a cell
        to list its sentences.
      </p>
      <DataTableToggle table={table} selectedId={props.selectedId} />
    </>
  );
}

async function AttackEvidence({ state, filters }: { state: ViewState; filters: Filters }) {
  const parsed = parseEvidenceId(state.sel);
  if (!parsed || parsed.kind !== "attack" || !parsed.category) {
    return <p className="muted evidence-hint">Select a cell to see the sentences behind it.</p>;
  }
  const [evidence, outlets] = await Promise.all([
    loadAttackEvidence(filters, { outletId: parsed.outletId, type: parsed.category, cursor: state.cursor }, state.facts),
    loadOutlets(),
  ]);
  const outlet = outlets.find((o) => o.id === parsed.outletId)?.name ?? "Unknown outlet";
  return (
    <EvidenceList
      heading={`Evidence: ${outlet} · ${vocabLabel(parsed.category)}`}
      evidence={evidence}
      emptyMessage="No sentences: this outlet's articles never mention this attack type under these filters."
      hrefFor={(cursor) => `/attacks${canonicalQuery("attacks", { ...state, cursor })}#evidence-heading`}
    />
  );
}

export default async function AttacksPage({ searchParams }: Props) {
  const { state, outlets, problems, query } = await readPageState("attacks", searchParams);
  const filters = toFilters(state);
  const rows = state.outlets.length > 0 ? state.outlets.length : outlets.length;
  const key = JSON.stringify([filters, state.measure, state.facts]);
  return (
    <>
      <h1>Attack types</h1>
      <StateNotice problems={problems} canonicalUrl={`/attacks${query}`} />
      <p className="lede">Which kinds of attack each outlet reports.</p>
      <FilterBar outlets={outlets} emphasis={["attacks"]} facts />
      <div className="toolbar">
        <ViewToggle
          name="measure"
          legend="Cells show"
          value={state.measure}
          clearSelection={false}
          options={[
            { value: "count", label: "Mentions" },
            { value: "share", label: "Share of articles" },
          ]}
        />
      </div>
      <Suspense fallback={null}>
        <ShareBar view="attacks" chart="attacks" title={attacksTitle(state.measure)} subtitle={chartSubtitle("attacks", state, outlets)} />
      </Suspense>
      <section className="chart-section" aria-labelledby="attacks-title">
        <h2 id="attacks-title">{attacksTitle(state.measure)}</h2>
        <Suspense key={key} fallback={<ChartSkeleton variant="heatmap" rows={rows} />}>
          <AttackSection
            filters={filters}
            measure={state.measure}
            colors={colorSlots(outlets)}
            selectedId={state.sel}
            rows={rows}
            totalArticles={outlets.reduce((s, o) => s + o.articles, 0)}
            filtered={hasActiveFilters(state)}
            facts={state.facts}
          />
        </Suspense>
      </section>
      <Suspense fallback={<p className="muted">Loading evidence…</p>}>
        <AttackEvidence state={state} filters={filters} />
      </Suspense>
    </>
  );
}
