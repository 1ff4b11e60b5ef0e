import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle, type ArticleDetail } from "@framewatch/db/queries";
import { db } from "@/lib/db";
import { formatPublished, isoDay } from "@/lib/format";
import { segmentText, type MarkedSpan } from "@/lib/segment-text";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ s?: string }>;
}

async function load(id: string): Promise<ArticleDetail | null> {
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? getArticle(db(), n) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).id);
  return { title: article?.title ?? "Article" };
}

/** `?s=START-END` marks the sentence a chart mark came from. */
function parseTarget(s: string | undefined, length: number): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(s ?? "");
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= length ? { start, end } : null;
}

function formatBound(n: number | null): string {
  return n === null ? "…" : n.toLocaleString("en-US");
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await load((await params).id);
  if (!article) notFound();
  const target = parseTarget((await searchParams).s, article.body.length);

  const spans: MarkedSpan[] = [
    ...article.claims.map((c) => ({
      start: c.quantityStart,
      end: c.quantityEnd,
      kind: "claim" as const,
      label: `Claim: ${c.quantityText} (${c.refersTo}, ${c.claimantType})`,
    })),
    ...article.attacks.map((a) => ({
      start: a.triggerStart,
      end: a.triggerEnd,
      kind: "attack" as const,
      label: `Attack type: ${a.type}`,
    })),
    ...article.signals
      .filter((s) => s.dimension !== "policy_frame")
      .map((s) => ({
        start: s.matchStart,
        end: s.matchEnd,
        kind: "framing" as const,
        label: `Framing: ${s.dimension} / ${s.category}`,
      })),
    ...(target ? [{ ...target, kind: "target" as const, label: "Selected sentence" }] : []),
  ];
  const segments = segmentText(article.body, spans);
  const dateSpans = Array.isArray(article.dateSpans) ? (article.dateSpans as { text?: string }[]) : [];

  return (
    <>
      <p>
        <Link href="/">← All articles</Link>
      </p>
      <h1>{article.title ?? article.source}</h1>
      <div className="reader">
        <article className="article-body" data-testid="article-body" aria-label="Cleaned article text">
          {segments.map((seg) =>
            seg.kinds.length === 0 ? (
              <span key={seg.start}>{seg.text}</span>
            ) : (
              <mark
                key={seg.start}
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
        <aside className="facts" aria-label="Extracted facts">
          <section>
            <h2>Metadata</h2>
            <dl className="meta-list">
              <dt>Outlet</dt>
              <dd data-testid="outlet">
                {article.outlet?.name ?? "unknown"}
                {article.outletEvidence ? <span className="muted"> (“{article.outletEvidence}”)</span> : null}
              </dd>
              <dt>Published</dt>
              <dd data-testid="published">
                {formatPublished(article.publishedDate, article.publishedPrecision)}
                {article.publishedPrecision ? <span className="badge">{article.publishedPrecision}</span> : null}
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
                    {dateSpans.map((s, i) => (
                      <li key={i}>“{s.text}”</li>
                    ))}
                  </ul>
                ) : null}
              </dd>
              <dt>Source file</dt>
              <dd>{article.source}</dd>
              <dt>Extractor</dt>
              <dd>v{article.extractorVersion}</dd>
            </dl>
          </section>
          <section>
            <h2>Fighter claims ({article.claims.length})</h2>
            {article.claims.length === 0 ? (
              <p className="muted">No counts of militants in this article.</p>
            ) : (
              <ul data-testid="claims">
                {article.claims.map((c) => (
                  <li key={c.id} data-testid="claim">
                    <strong>{c.quantityText}</strong> — {c.qualifier.replace(/_/g, " ")} {formatBound(c.low)}–{formatBound(c.high)}
                    {c.unit === "percent" ? " %" : ""}, <span className="badge">{c.refersTo}</span>
                    <div className="muted">
                      claimed by {c.claimant} ({c.claimantType})
                    </div>
                    <Link href={`/articles/${article.id}?s=${c.sentenceStart}-${c.sentenceEnd}#target`}>show sentence</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h2>Attack types ({article.attacks.length})</h2>
            {article.attacks.length === 0 ? (
              <p className="muted">No attack types mentioned.</p>
            ) : (
              <ul data-testid="attacks">
                {article.attacks.map((a) => (
                  <li key={a.id} data-testid="attack">
                    <span className="badge">{a.type}</span> “{a.triggerText}”{" "}
                    <Link href={`/articles/${article.id}?s=${a.sentenceStart}-${a.sentenceEnd}#target`}>show sentence</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
