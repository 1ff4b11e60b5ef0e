import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { formatClaimNumber, formatNumber, REFERENTS, ReferentGlyph, vocabLabel } from "@framewatch/charts";
import { MAX_CLAIM_MARKS, type FactMode, type Filters, type OutletListItem } from "@framewatch/db/queries";
import { ChartBox } from "@/components/ChartBox";
import { ChartSkeleton } from "@/components/ChartSkeleton";
import { ClaimsChart } from "@/components/ClaimsChart";
import { DataTableToggle } from "@/components/DataTableToggle";
import { FilterBar } from "@/components/FilterBar";
import { Pager } from "@/components/Pager";
import { ShareBar } from "@/components/ShareBar";
import { StateNotice } from "@/components/StateNotice";
import { ViewToggle } from "@/components/ViewToggle";
import { loadClaims, loadClaimsTimeline } from "@/lib/cached-queries";
import { buildClaimsChart, describeBinWidth, describeEmptyClaims, sentenceHref } from "@/lib/charts";
import { formatPublished } from "@/lib/format";
import { CLAIMS_TITLE } from "@/lib/share/charts";
import { chartSubtitle } from "@/lib/share/load-chart";
import { readPageState, viewMetadata } from "@/lib/share/page-state";
import { canonicalQuery, toFilters, type ClaimsState, type ViewState } from "@/lib/view-state";

/** Claims per page of the list under the chart. */
const CLAIMS_PER_PAGE = 25;

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewMetadata("claims", searchParams);
}

async function ClaimsSection({ filters, outlets, view, facts }: { filters: Filters; outlets: OutletListItem[]; view: ClaimsState; facts: FactMode }) {
  const model = buildClaimsChart(await loadClaimsTimeline(filters, view.color, facts), outlets, view.color, facts);
  const empty = model.plotted === 0;
  const n = (k: number) => `${formatNumber(k)} ${k === 1 ? "claim" : "claims"}`;
  const hidden = [
    model.unplaced > 0 ? `; ${formatNumber(model.unplaced)} without a publication date or number not plotted` : "",
    model.hiddenByReferent > 0 ? `; ${formatNumber(model.hiddenByReferent)} hidden by the referent filter` : "",
    model.hiddenByClaimantType > 0 ? `; ${formatNumber(model.hiddenByClaimantType)} hidden by the claimant-type filter` : "",
  ].join("");
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
      {model.mode === "bins" ? (
        <p className="zoom-note chart-note" data-testid="claims-note" data-mode="bins">
          {n(model.plotted)} in {formatNumber(model.data.bins?.length ?? 0)} marks, one per {view.color === "outlet" ? "outlet" : "claimant type"} and{" "}
          {describeBinWidth(model.binMonths)}: too many to draw one by one{hidden}. A bar spans the numbers claimed, a circle sits at the typical one and grows
          with the number of claims. Click a mark to zoom into its dates and {view.color === "outlet" ? "outlet" : "claimant type"}, or narrow the dates and
          filters: at {formatNumber(MAX_CLAIM_MARKS)} claims or fewer each claim gets its own mark. The list below has every claim.
        </p>
      ) : (
        <p className="muted chart-note" data-testid="claims-note" data-mode="claims">
          {n(model.plotted)} plotted{hidden}. Dates known only to the month or year are drawn as bands; open-ended numbers (“fewer than”, “at least”) as
          arrows. Click or press Enter on a claim to open its sentence.
        </p>
      )}
      <DataTableToggle table={model.table} emptyMessage={describeEmptyClaims(model)} />
    </>
  );
}

/** Every plotted claim with its sentence, a page at a time, in the timeline's order. */
async function ClaimsList({ state, filters }: { state: ViewState; filters: Filters }) {
  const page = await loadClaims(filters, { cursor: state.cursor, limit: CLAIMS_PER_PAGE }, state.facts);
  if (page.total === 0) return null;
  const href = (cursor: string) => `/claims${canonicalQuery("claims", { ...state, cursor })}#claims-list-heading`;
  return (
    <section aria-labelledby="claims-list-heading">
      <h2 id="claims-list-heading">Claims, oldest first</h2>
      <ol className="claims-list" data-testid="claims-list">
        {page.items.map((c) => (
          <li key={c.id} data-testid="claims-list-item" data-id={`claim::${c.id}`} data-review={c.review}>
            <strong>{formatClaimNumber({ low: c.low, high: c.high, qualifier: c.qualifier as never, unit: c.unit === "percent" ? "percent" : "people" })}</strong>{" "}
            {vocabLabel(c.refersTo)} · “{c.quantityText}” · {c.claimant || "unnamed"} <span className="badge">{vocabLabel(c.claimantType)}</span>
            {c.review !== "unreviewed" ? (
              <>
                {" "}
                <span className="badge badge-reviewed">{c.review}</span>
              </>
            ) : null}
            <div className="muted">
              {c.outletName ?? "Outlet unknown"} · {formatPublished(c.publishedDate, c.publishedPrecision)} ·{" "}
              <Link href={sentenceHref(c.articleId, c.sentenceStart, c.sentenceEnd, c.section)}>{c.articleTitle}</Link>
            </div>
            <blockquote>{c.sentence}</blockquote>
          </li>
        ))}
      </ol>
      <Pager noun="claims" testId="claims" page={page} href={href} />
    </section>
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
  const key = JSON.stringify([filters, state.color, state.facts]);
  return (
    <>
      <h1>Claimed fighter numbers over time</h1>
      <StateNotice problems={problems} canonicalUrl={`/claims${query}`} />
      <p className="lede">Every number of militants an article reports, placed at its publication date, with who claims it.</p>
      <FilterBar outlets={outlets} emphasis={["referents", "claimants"]} facts />
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
          <ClaimsSection filters={filters} outlets={outlets} view={{ scale: state.scale, color: state.color, sel: state.sel }} facts={state.facts} />
        </Suspense>
      </section>
      <Suspense key={JSON.stringify([filters, state.cursor, state.facts])} fallback={<p className="muted">Loading claims…</p>}>
        <ClaimsList state={state} filters={filters} />
      </Suspense>
    </>
  );
}
