import type { Metadata } from "next";
import { Suspense } from "react";
import { REFERENTS, ReferentGlyph, vocabLabel } from "@framewatch/charts";
import { listClaims, type Filters, type OutletListItem } from "@framewatch/db/queries";
import { ChartBox } from "@/components/ChartBox";
import { ChartSkeleton } from "@/components/ChartSkeleton";
import { ClaimsChart } from "@/components/ClaimsChart";
import { DataTableToggle } from "@/components/DataTableToggle";
import { FilterBar } from "@/components/FilterBar";
import { ShareBar } from "@/components/ShareBar";
import { StateNotice } from "@/components/StateNotice";
import { ViewToggle } from "@/components/ViewToggle";
import { buildClaimsChart, describeEmptyClaims } from "@/lib/charts";
import { db } from "@/lib/db";
import { CLAIMS_TITLE } from "@/lib/share/charts";
import { chartSubtitle } from "@/lib/share/load-chart";
import { readPageState, viewMetadata } from "@/lib/share/page-state";
import { describeProblems, toFilters, type ClaimsState } from "@/lib/view-state";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewMetadata("claims", searchParams);
}

async function ClaimsSection({ filters, outlets, view }: { filters: Filters; outlets: OutletListItem[]; view: ClaimsState }) {
  const model = buildClaimsChart(await listClaims(db(), filters), outlets);
  const empty = model.data.claims.length === 0;
  return (
    <>
      <ChartBox variant="claims" rows={1}>
        {empty ? (
          <p className="empty" data-testid="empty-state">
            {describeEmptyClaims(model)}
          </p>
        ) : (
          <ClaimsChart data={model.data} scale={view.scale} colorBy={view.color} selectedId={view.sel} />
        )}
      </ChartBox>
      <p className="muted chart-note" data-testid="claims-note">
        {model.data.claims.length} {model.data.claims.length === 1 ? "claim" : "claims"} plotted
        {model.unplaced > 0 ? `; ${model.unplaced} without a publication date or number not plotted` : ""}
        {model.hiddenByReferent > 0 ? `; ${model.hiddenByReferent} hidden by the referent filter` : ""}
        {model.hiddenByClaimantType > 0 ? `; ${model.hiddenByClaimantType} hidden by the claimant-type filter` : ""}. Dates known only to the
        month or year are drawn as bands; open-ended numbers (“fewer than”, “at least”) as arrows. Click or press Enter on a claim to open its
        sentence.
      </p>
      <DataTableToggle table={model.table} emptyMessage={describeEmptyClaims(model)} />
    </>
  );
}

function ShapeKey() {
  return (
    <details className="shape-key">
      <summary>Glyph shapes (what the number refers to)</summary>
      <ul>
        {REFERENTS.map((r) => (
          <li key={r}>
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <ReferentGlyph referent={r} color="#444" size={60} />
            </svg>{" "}
            {vocabLabel(r)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export default async function ClaimsPage({ searchParams }: Props) {
  const { state, outlets, problems, query } = await readPageState("claims", searchParams);
  const filters = toFilters(state);
  const key = JSON.stringify(filters);
  return (
    <>
      <h1>Claimed fighter numbers over time</h1>
      {problems.length > 0 ? <StateNotice message={describeProblems(problems)} canonicalUrl={`/claims${query}`} /> : null}
      <p className="lede">Every number of militants an article reports, placed at its publication date, with who claims it.</p>
      <FilterBar outlets={outlets} emphasis={["referents", "claimants"]} />
      <div className="toolbar">
        <ViewToggle
          name="scale"
          legend="Scale"
          value={state.scale}
          clearSelection={false}
          options={[
            { value: "log", label: "Log" },
            { value: "linear", label: "Linear" },
          ]}
        />
        <ViewToggle
          name="color"
          legend="Colour by"
          value={state.color}
          clearSelection={false}
          options={[
            { value: "claimantType", label: "Claimant type" },
            { value: "outlet", label: "Outlet" },
          ]}
        />
      </div>
      <Suspense fallback={null}>
        <ShareBar view="claims" chart="claims" title={CLAIMS_TITLE} subtitle={chartSubtitle("claims", state, outlets)} />
      </Suspense>
      <section className="chart-section" aria-labelledby="claims-title">
        <h2 id="claims-title">{CLAIMS_TITLE}</h2>
        <ShapeKey />
        <Suspense key={key} fallback={<ChartSkeleton variant="claims" rows={1} />}>
          <ClaimsSection filters={filters} outlets={outlets} view={{ scale: state.scale, color: state.color, sel: state.sel }} />
        </Suspense>
      </section>
    </>
  );
}
