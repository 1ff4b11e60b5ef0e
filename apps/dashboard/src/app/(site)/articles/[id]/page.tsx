import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { splitSentences } from "@framewatch/corpus-model";
import { listArticleReview } from "@framewatch/db/review";
import { vocabLabel } from "@framewatch/charts";
import type { ArticleDetail } from "@framewatch/db/queries";
import { Suspense } from "react";
import { Pager } from "@/components/Pager";
import { HighlightScope } from "@/components/HighlightScope";
import { ReviewPanel } from "@/components/review/ReviewPanel";
import { ShareBar } from "@/components/ShareBar";
import { StateNotice } from "@/components/StateNotice";
import { loadArticle, loadArticleAttacks, loadArticleClaims, loadArticleSignals } from "@/lib/cached-queries";
import { sentenceHref } from "@/lib/charts";
import { explainClaimRules } from "@/lib/explain-claim-rules";
import { formatPublished, isoDay } from "@/lib/format";
import { readSupplied, suppliedHref } from "@/lib/read-supplied";
import { segmentText, type MarkedSpan } from "@/lib/segment-text";
import { siteOrigin } from "@/lib/share/page-state";
import { canonicalQuery, readViewState, type ViewState } from "@/lib/view-state";
import { currentUser } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** Items per page of each side panel (an article's facts are listed in text order). */
const CLAIMS_PER_PAGE = 20;
const ATTACKS_PER_PAGE = 20;
const SIGNALS_PER_PAGE = 30;

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(id: string): Promise<ArticleDetail | null> {
  const n = Number(id);
  return Number.isInteger(n) && n > 0 && n < 2 ** 31 ? loadArticle(n) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).id);
  const title = article?.title ?? "Article";
  const description = article ? `${article.outlet?.name ?? "Unknown outlet"}: read with Framewatch's fighter claims, attack types and framing signals highlighted.` : undefined;
  return {
    metadataBase: new URL(siteOrigin()),
    title,
    description,
    openGraph: { type: "article", siteName: "Framewatch", title, description },
    twitter: { card: "summary", title, description },
  };
}

function formatBound(n: number | null): string {
  return n === null ? "…" : n.toLocaleString("en-US");
}

const DIMENSION_LABELS: Record<string, string> = {
  naming: "Naming",
  actor_label: "Actor labels",
  sourcing: "Sourcing",
  threat: "Threat stance",
  policy_frame: "Policy frames",
  loaded_term: "Loaded terms",
};

interface Removed {
  start?: number;
  end?: number;
  text?: string;
  reason?: string;
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await load((await params).id);
  if (!article) notFound();
  // `fact` (claim-12, attack-3, added-7: from the review queue) is which fact the review panel focuses first;
  // it is not view state, so the view-state reader does not see it.
  const { fact, ...viewParams } = await searchParams;
  const focusKey = typeof fact === "string" && /^(claim|attack|added)-\d{1,10}$/.test(fact) ? fact : null;
  const { state, problems } = readViewState("article", viewParams);
  const { s } = state;
  const [review, user] = await Promise.all([listArticleReview(db(), article.id), currentUser(await headers())]);
  const canReview = user?.role === "editor" || user?.role === "admin";
  const sentences = splitSentences(article.body).map((sn): [number, number] => [sn.start, sn.end]);
  // The side panels list the machine's facts, as the highlights and counts beside them do; the review panel shows the decisions.
  const [claimPage, attackPage, signalPage] = await Promise.all([
    loadArticleClaims(article.id, { cursor: state.claimsCursor, limit: CLAIMS_PER_PAGE }, "machine"),
    loadArticleAttacks(article.id, { cursor: state.attacksCursor, limit: ATTACKS_PER_PAGE }, "machine"),
    loadArticleSignals(article.id, { cursor: state.signalsCursor, limit: SIGNALS_PER_PAGE }),
  ]);
  const pageHref = (patch: Partial<ViewState>, anchor: string) => `/articles/${article.id}${canonicalQuery("article", { ...state, ...patch })}#${anchor}`;
  const target = s && s.end <= article.body.length ? s : null;
  const href = (start: number, end: number) => sentenceHref(article.id, start, end);

  const framingSpans = article.signals.filter((sg) => sg.dimension !== "policy_frame");
  const bodyClaims = article.claims.filter((c) => c.section !== "title");
  const headlineClaims = article.claims.filter((c) => c.section === "title");
  const claimLabel = (c: (typeof article.claims)[number]) => `Claim: ${c.quantityText} (${c.refersTo}, ${c.claimantType})`;
  const headlineSegments = article.title
    ? segmentText(
        article.title,
        headlineClaims.map((c) => ({ start: c.quantityStart, end: c.quantityEnd, kind: "claim" as const, label: claimLabel(c) })),
      )
    : null;
  const spans: MarkedSpan[] = [
    ...bodyClaims.map((c) => ({
      start: c.quantityStart,
      end: c.quantityEnd,
      kind: "claim" as const,
      label: claimLabel(c),
    })),
    ...article.attacks.map((a) => ({
      start: a.triggerStart,
      end: a.triggerEnd,
      kind: "attack" as const,
      label: `Attack type: ${a.type}`,
    })),
    ...framingSpans.map((sg) => ({
      start: sg.matchStart,
      end: sg.matchEnd,
      kind: "framing" as const,
      label: `Framing: ${DIMENSION_LABELS[sg.dimension] ?? sg.dimension} / ${sg.category} (${sg.rule})`,
    })),
    ...(target ? [{ ...target, kind: "target" as const, label: "Selected sentence" }] : []),
  ];
  const segments = segmentText(article.body, spans);
  // What the import file said about the article: it won over inference, and the reader says so.
  const supplied = readSupplied(article.supplied);
  const suppliedBadge = <span className="badge" title="Given by the import file, not inferred from the text">supplied</span>;
  const sourceUrl = suppliedHref(supplied.url);
  const dateSpans = Array.isArray(article.dateSpans) ? (article.dateSpans as { text?: string }[]) : [];
  const removed = (Array.isArray(article.removed) ? (article.removed as Removed[]) : []).filter((r) => typeof r?.text === "string");
  const byDimension = new Map<string, Map<string, typeof article.signals>>();
  for (const sg of article.signals) {
    const dim = byDimension.get(sg.dimension) ?? new Map<string, typeof article.signals>();
    dim.set(sg.category, [...(dim.get(sg.category) ?? []), sg]);
    byDimension.set(sg.dimension, dim);
  }
  const dimensions = Object.keys(DIMENSION_LABELS).filter((d) => byDimension.has(d)).concat([...byDimension.keys()].filter((d) => !(d in DIMENSION_LABELS)));

  return (
    <>
      <p>
        <Link href="/">← Overview</Link>
      </p>
      <h1 id="headline" data-testid="headline">
        {headlineSegments
          ? headlineSegments.map((seg) =>
              seg.kinds.length === 0 ? (
                <span key={seg.start}>{seg.text}</span>
              ) : (
                <mark key={seg.start} className="span-claim" title={seg.labels.join("\n")} data-kinds="claim">
                  {seg.text}
                </mark>
              ),
            )
          : article.source}
      </h1>
      <StateNotice problems={problems} canonicalUrl={`/articles/${article.id}${canonicalQuery("article", state)}`} />
      <Suspense fallback={null}>
        <ShareBar view="article" />
      </Suspense>
      <div className="reader">
        <div>
          <HighlightScope counts={{ claims: article.claims.length, attacks: article.attacks.length, framing: framingSpans.length }}>
            <article className="article-body" data-testid="article-body" aria-label="Cleaned article text">
              {segments.map((seg) =>
                seg.kinds.length === 0 ? (
                  <span key={seg.start} data-start={seg.start} data-end={seg.end}>
                    {seg.text}
                  </span>
                ) : (
                  <mark
                    key={seg.start}
                    data-start={seg.start}
                    data-end={seg.end}
                    className={seg.kinds.map((k) => `span-${k}`).join(" ")}
                    title={seg.labels.join("\n")}
                    data-kinds={seg.kinds.join(" ")}
                    id={target && seg.start === target.start ? "target" : undefined}
                  >
                    {seg.text}
                  </mark>
                ),
              )}
            </article>
          </HighlightScope>
          <details className="removed" data-testid="removed">
            <summary>
              Removed boilerplate ({removed.length} {removed.length === 1 ? "fragment" : "fragments"})
            </summary>
            {removed.length === 0 ? (
              <p className="muted">Cleaning removed nothing from this article.</p>
            ) : (
              <ol>
                {removed.map((r, i) => (
                  <li key={i}>
                    <span className="badge">{r.reason ?? "removed"}</span>
                    <pre>{r.text}</pre>
                  </li>
                ))}
              </ol>
            )}
          </details>
        </div>
        <aside className="facts" aria-label="Extracted facts">
          {review ? (
            <ReviewPanel
              articleId={article.id}
              initial={[...review.claims, ...review.attacks]}
              detached={review.detached}
              canReview={canReview}
              sentences={sentences}
              body={article.body}
              focusKey={focusKey}
            />
          ) : null}
          <section>
            <h2>Metadata</h2>
            <dl className="meta-list">
              <dt>Outlet</dt>
              <dd data-testid="outlet">
                {article.outlet?.name ?? "unknown"}
                {supplied.outlet ? (
                  <> {suppliedBadge}</>
                ) : article.outletEvidence ? (
                  <span className="muted"> (“{article.outletEvidence}”{supplied.url && supplied.url.includes(article.outletEvidence) ? ", from the supplied URL" : ""})</span>
                ) : null}
              </dd>
              <dt>Published</dt>
              <dd data-testid="published">
                {formatPublished(article.publishedDate, article.publishedPrecision)}
                {supplied.published ? <> {suppliedBadge}</> : null}
                {article.publishedPrecision ? <span className="badge">precision: {article.publishedPrecision}</span> : null}
                {article.publishedEarliest ? (
                  <div className="muted">
                    between {isoDay(article.publishedEarliest)} and {isoDay(article.publishedLatest)}
                  </div>
                ) : null}
              </dd>
              <dt>Date evidence</dt>
              <dd data-testid="date-evidence">
                {article.publishedEvidence ?? "none found"}
                {dateSpans.length > 0 ? (
                  <ul>
                    {dateSpans.map((d, i) => (
                      <li key={i}>“{d.text}”</li>
                    ))}
                  </ul>
                ) : null}
              </dd>
              {article.byline ? (
                <>
                  <dt>Byline</dt>
                  <dd>
                    {article.byline}
                    {supplied.byline ? <> {suppliedBadge}</> : null}
                  </dd>
                </>
              ) : null}
              {supplied.title ? (
                <>
                  <dt>Headline</dt>
                  <dd data-testid="supplied-title">{suppliedBadge}</dd>
                </>
              ) : null}
              {supplied.url ? (
                <>
                  <dt>URL</dt>
                  <dd className="break" data-testid="supplied-url">
                    {sourceUrl ? (
                      <a href={sourceUrl} rel="noopener noreferrer nofollow">
                        {supplied.url}
                      </a>
                    ) : (
                      supplied.url
                    )}{" "}
                    {suppliedBadge}
                  </dd>
                </>
              ) : null}
              {supplied.language ? (
                <>
                  <dt>Language</dt>
                  <dd>
                    {supplied.language} {suppliedBadge}
                  </dd>
                </>
              ) : null}
              <dt>Words</dt>
              <dd>{article.wordCount.toLocaleString("en-US")}</dd>
              <dt>Source file</dt>
              <dd className="break">{article.source}</dd>
              {article.importRun ? (
                <>
                  <dt>Added by</dt>
                  <dd className="break" data-testid="added-by">
                    <Link href={`/imports/${article.importRun.id}`}>import #{article.importRun.id}</Link>, {isoDay(article.importRun.startedAt)}
                    {article.importRun.startedBy ? `, by ${article.importRun.startedBy}` : ""}
                  </dd>
                </>
              ) : null}
              <dt>Extractor</dt>
              <dd>v{article.extractorVersion}</dd>
            </dl>
          </section>
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">Fighter claims ({article.claims.length})</h2>
            {article.claims.length === 0 ? (
              <p className="muted">No counts of militants in this article.</p>
            ) : (
              <ul data-testid="claims">
                {claimPage.items.map((c) => (
                  <li key={c.id} data-testid="claim">
                    <strong>{c.quantityText}</strong> — {c.qualifier.replace(/_/g, " ")} {formatBound(c.low)}–{formatBound(c.high)}
                    {c.unit === "percent" ? " %" : ""}, <span className="badge">{c.refersTo}</span>
                    <div className="muted">
                      claimed by {c.claimant} ({c.claimantType})
                      {c.claimantEvidenceText ? <> — named as “{c.claimantEvidenceText}”</> : null}
                    </div>
                    {c.section === "title" ? <div className="muted">in the headline</div> : <Link href={href(c.sentenceStart, c.sentenceEnd)}>show sentence</Link>}
                    {c.rules.length > 0 ? (
                      <details className="claim-why" data-testid="claim-why">
                        <summary>why</summary>
                        <dl>
                          {explainClaimRules(c.rules).map((r) => (
                            <div key={r.rule}>
                              <dt>{r.aspect}</dt>
                              <dd>
                                {r.text} <code className="muted">{r.rule}</code>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            <Pager noun="claims" testId="reader-claims" page={claimPage} href={(cursor) => pageHref({ claimsCursor: cursor }, "claims-heading")} onlyWhenPaged />
          </section>
          <section aria-labelledby="attacks-heading">
            <h2 id="attacks-heading">Attack types ({article.attacks.length})</h2>
            {article.attacks.length === 0 ? (
              <p className="muted">No attack types mentioned.</p>
            ) : (
              <ul data-testid="attacks">
                {attackPage.items.map((a) => (
                  <li key={a.id} data-testid="attack">
                    <span className="badge">{a.type}</span> “{a.triggerText}”{" "}
                    <Link href={href(a.sentenceStart, a.sentenceEnd)}>show sentence</Link>
                  </li>
                ))}
              </ul>
            )}
            <Pager
              noun="attack mentions"
              testId="reader-attacks"
              page={attackPage}
              href={(cursor) => pageHref({ attacksCursor: cursor }, "attacks-heading")}
              onlyWhenPaged
            />
          </section>
          <section data-testid="framing-signals" aria-labelledby="signals-heading">
            <h2 id="signals-heading">Framing signals ({article.signals.length})</h2>
            {dimensions.length === 0 ? (
              <p className="muted">No framing signals.</p>
            ) : (
              <>
                {dimensions.map((dim) => {
                  const cats = byDimension.get(dim)!;
                  const total = [...cats.values()].reduce((n, l) => n + l.length, 0);
                  return (
                    <details key={dim} className="signal-group" data-dimension={dim}>
                      <summary>
                        {DIMENSION_LABELS[dim] ?? dim} <span className="muted">({total})</span>
                      </summary>
                      <ul className="signal-summary">
                        {[...cats.entries()].map(([cat, list]) => (
                          <li key={cat}>
                            <strong>{dim === "sourcing" ? vocabLabel(cat) : cat}</strong> <span className="muted">×{list.length}</span>
                          </li>
                        ))}
                      </ul>
                    </details>
                  );
                })}
                <h3>In text order</h3>
                <ul className="signal-list" data-testid="signal-list">
                  {signalPage.items.map((sg) => (
                    <li key={sg.id} data-testid="signal">
                      <span className="badge">{DIMENSION_LABELS[sg.dimension] ?? sg.dimension}</span> {sg.dimension === "sourcing" ? vocabLabel(sg.category) : sg.category}:
                      “{sg.matchText}” <Link href={href(sg.sentenceStart, sg.sentenceEnd)}>show sentence</Link>
                    </li>
                  ))}
                </ul>
                <Pager noun="signals" testId="reader-signals" page={signalPage} href={(cursor) => pageHref({ signalsCursor: cursor }, "signals-heading")} />
              </>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
