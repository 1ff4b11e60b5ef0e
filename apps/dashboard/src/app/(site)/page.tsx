import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { describeDate, formatNumber, formatSigned, outletColor } from "@framewatch/charts";
import type { FactMode, Filters } from "@framewatch/db/queries";
import { ArticleSearch } from "@/components/ArticleSearch";
import { FilterBar } from "@/components/FilterBar";
import { Pager } from "@/components/Pager";
import { ShareBar } from "@/components/ShareBar";
import { StateNotice } from "@/components/StateNotice";
import { ViewToggle } from "@/components/ViewToggle";
import { loadArticles, loadSummary } from "@/lib/cached-queries";
import { threatIndex } from "@/lib/charts";
import { describeNoArticles } from "@/lib/empty-state";
import { formatPublished } from "@/lib/format";
import { readPageState, viewMetadata } from "@/lib/share/page-state";
import { canonicalQuery, filterQuery, hasActiveFilters, toFilters, type ViewState } from "@/lib/view-state";

/** Articles per page of the overview's list. */
const ARTICLES_PER_PAGE = 50;

// Data lives in PostgreSQL and changes with every import: never prerender.
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const meta = await viewMetadata("overview", searchParams);
  // The root layout's default title stays the overview's <title>.
  return { ...meta, title: { absolute: "Framewatch" } };
}

/** The overview's links to /claims and /attacks keep a non-default fact mode. */
function withFacts(query: string, facts: FactMode): string {
  if (facts === "applied") return query;
  return `${query}${query ? "&" : "?"}facts=${facts}`;
}

function span(earliest: string | null, latest: string | null): string {
  if (!earliest || !latest) return "no dated articles";
  if (earliest === latest) return describeDate({ earliest, latest, precision: "day" });
  return `${describeDate({ earliest, latest: earliest, precision: "day" })} – ${describeDate({ earliest: latest, latest, precision: "day" })}`;
}

async function Summary({
  filters,
  filtered,
  totalArticles,
  colors,
  query,
  facts,
}: {
  filters: Filters;
  filtered: boolean;
  totalArticles: number;
  colors: Map<number, number>;
  query: string;
  facts: FactMode;
}) {
  const s = await loadSummary(filters, facts);
  if (s.articles === 0) {
    return (
      <p className="empty" data-testid="empty-state">
        {describeNoArticles(totalArticles, filtered)}
      </p>
    );
  }
  const stats = [
    { key: "articles", label: "Articles", value: formatNumber(s.articles) },
    { key: "outlets", label: "Outlets", value: formatNumber(s.outlets) },
    { key: "span", label: "Published", value: span(s.earliest, s.latest), note: s.undated > 0 ? `${s.undated} undated` : undefined },
    { key: "claims", label: "Fighter claims", value: formatNumber(s.claims), href: "/claims" },
    { key: "attacks", label: "Attack mentions", value: formatNumber(s.attackMentions), href: "/attacks" },
  ];
  return (
    <>
      <dl className="stats" data-testid="corpus-summary">
        {stats.map((st) => (
          <div key={st.key} className="stat" data-testid={`stat-${st.key}`}>
            <dt>{st.label}</dt>
            <dd>
              {st.href ? <Link href={`${st.href}${query}`}>{st.value}</Link> : st.value}
              {st.note ? <span className="muted stat-note"> ({st.note})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <h2>Outlets</h2>
      <ul className="outlet-cards">
        {s.perOutlet.map((o) => {
          const index = threatIndex(o.threat.resurgence, o.threat.defeat);
          return (
            <li key={o.key} className="outlet-card" data-testid="outlet-card" style={{ borderTopColor: outletColor(colors.get(o.outletId) ?? 0) }}>
              <h3>{o.name}</h3>
              <dl className="meta-list">
                <dt>Articles</dt>
                <dd>{formatNumber(o.articles)}</dd>
                <dt>Words</dt>
                <dd>{formatNumber(o.words)}</dd>
                <dt>Published</dt>
                <dd>{span(o.earliest, o.latest)}</dd>
                <dt>Claims</dt>
                <dd>{formatNumber(o.claims)}</dd>
                <dt>Attack mentions</dt>
                <dd>{formatNumber(o.attacks)}</dd>
                <dt>Usual name</dt>
                <dd>{o.topName ? `${o.topName.term} (${o.topName.count}×)` : "never names the group"}</dd>
                <dt>Threat stance</dt>
                <dd>
                  {formatSigned(index)}{" "}
                  <span className="muted">{index > 0 ? "resurgence" : index < 0 ? "defeat" : "neutral"}</span>
                </dd>
              </dl>
              <p className="card-links">
                <Link href={`/framing?outlets=${o.outletId}`}>Framing</Link> · <Link href={`/claims?outlets=${o.outletId}`}>Claims</Link> ·{" "}
                <Link href={`/attacks?outlets=${o.outletId}`}>Attacks</Link>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

async function ArticleList({ state, filters, totalArticles }: { state: ViewState; filters: Filters; totalArticles: number }) {
  const page = await loadArticles(filters, { q: state.q, sort: state.sort, cursor: state.cursor, limit: ARTICLES_PER_PAGE });
  if (page.items.length === 0) {
    if (totalArticles === 0) {
      return (
        <p className="empty">
          No articles yet. Import some with <code>npm run corpus -- import FILE_OR_DIR</code>.
        </p>
      );
    }
    return (
      <p className="empty" data-testid="articles-empty">
        {state.q ? `No article title or source contains “${state.q}” under these filters.` : describeNoArticles(totalArticles, true)}
      </p>
    );
  }
  const href = (cursor: string) => `/${canonicalQuery("overview", { ...state, cursor })}#articles-heading`;
  return (
    <>
      <ul className="article-list" data-testid="article-list">
        {page.items.map((a) => (
          <li key={a.id} data-testid="article-item">
            <Link href={`/articles/${a.id}`}>{a.title ?? a.source}</Link>
            <div className="meta">
              {a.outlet ?? "outlet unknown"} · {formatPublished(a.publishedDate, a.publishedPrecision)} · {a.claims}{" "}
              {a.claims === 1 ? "claim" : "claims"} · {a.attacks} attack {a.attacks === 1 ? "mention" : "mentions"}
            </div>
          </li>
        ))}
      </ul>
      <Pager noun={page.total === 1 ? "article" : "articles"} testId="articles" page={page} href={href} />
    </>
  );
}

export default async function HomePage({ searchParams }: Props) {
  const { state, outlets, problems, query } = await readPageState("overview", searchParams);
  const filters = toFilters(state);
  const totalArticles = outlets.reduce((n, o) => n + o.articles, 0);
  const colors = new Map(outlets.map((o) => [o.id, o.colorIndex]));
  return (
    <>
      <h1>Overview</h1>
      <StateNotice problems={problems} canonicalUrl={`/${query}`} />
      <p className="lede">How outlets report the ISIS remnant insurgency: framing, claimed fighter numbers and attack types, traced to the sentence.</p>
      {totalArticles > 0 ? <FilterBar outlets={outlets} facts /> : null}
      <Suspense fallback={null}>
        <ShareBar view="overview" />
      </Suspense>
      <Suspense fallback={<div className="stats skeleton" style={{ height: 96 }} role="status" aria-label="Loading summary" />}>
        <Summary filters={filters} filtered={hasActiveFilters(state)} totalArticles={totalArticles} colors={colors} query={withFacts(filterQuery(state), state.facts)} facts={state.facts} />
      </Suspense>
      <h2 id="articles-heading">Articles</h2>
      {totalArticles > 0 ? (
        <div className="list-tools">
          <ArticleSearch key={state.q ?? ""} value={state.q ?? ""} />
          <ViewToggle
            name="sort"
            legend="Order"
            value={state.sort}
            clearSelection={false}
            clearCursor
            options={[
              { value: "newest", label: "Newest first" },
              { value: "oldest", label: "Oldest first" },
              { value: "title", label: "Title" },
            ]}
          />
        </div>
      ) : null}
      <Suspense key={JSON.stringify([filters, state.q, state.sort, state.cursor])} fallback={<p className="muted">Loading articles…</p>}>
        <ArticleList state={state} filters={filters} totalArticles={totalArticles} />
      </Suspense>
    </>
  );
}
