"use client";

import type { ReviewDecisionView } from "@framewatch/db/review";
import { useEffect, useState } from "react";
import { formatFields } from "./fact-display";

const PAGE = 20;

/**
 * The article's review history (GET /api/articles/<id>/history): every
 * decision, newest first, with who, when, the action and reason, and the
 * values before → after; decisions a re-analysis could not re-attach are
 * flagged for a second look. Reloads its first page whenever `version`
 * changes (after each decision saved on the page); older pages on demand.
 */
export function ReviewHistory({ articleId, version }: { articleId: number; version: number }) {
  const [items, setItems] = useState<ReviewDecisionView[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetch(`/api/articles/${articleId}/history?limit=${PAGE}`, { cache: "no-store" })
      .then(async (r) => (r.ok ? ((await r.json()) as { items: ReviewDecisionView[]; next: number | null }) : Promise.reject(new Error(String(r.status)))))
      .then((page) => {
        if (!live) return;
        setItems(page.items);
        setNext(page.next);
        setProblem(null);
      })
      .catch(() => live && setProblem("The history could not be loaded."));
    return () => {
      live = false;
    };
  }, [articleId, version]);

  const more = async () => {
    if (next === null) return;
    const r = await fetch(`/api/articles/${articleId}/history?limit=${PAGE}&before=${next}`, { cache: "no-store" });
    if (!r.ok) return setProblem("Older decisions could not be loaded.");
    const page = (await r.json()) as { items: ReviewDecisionView[]; next: number | null };
    setItems((old) => [...old, ...page.items]);
    setNext(page.next);
  };

  return (
    <section className="review-history" data-testid="review-history" aria-labelledby="review-history-heading">
      <h3 id="review-history-heading">
        History <span className="muted">({items.length}{next !== null ? "+" : ""} {items.length === 1 ? "decision" : "decisions"})</span>
      </h3>
      {problem ? <p className="notice">{problem}</p> : null}
      {items.length === 0 && !problem ? <p className="muted">No decisions yet.</p> : null}
      <ol>
        {items.map((d) => (
          <li key={d.id} data-testid="history-item" data-action={d.action} className={d.detachedAt ? "detached" : undefined}>
            <strong>{d.user.name}</strong> {d.action === "close" ? "closed the detached decision on" : d.action}
            {d.reason ? ` (${d.reason.replace(/-/g, " ")})` : ""} {d.kind} “{d.anchor.anchorText}”{" "}
            <time dateTime={d.createdAt} className="muted">
              {new Date(d.createdAt).toLocaleString("en-GB")}
            </time>
            {d.action !== "close" && (d.before || d.after) ? (
              <div className="muted">
                {d.before ? formatFields(d.kind, d.before) : "—"} → {d.after ? formatFields(d.kind, d.after) : "rejected"}
              </div>
            ) : null}
            {d.note ? <div>note: {d.note}</div> : null}
            {d.supersededById && !d.detachedAt ? <span className="badge">superseded</span> : null}
            {d.detachedAt && d.supersededById ? <span className="badge">detached after a re-analysis, since closed</span> : null}
            {d.detachedAt && !d.supersededById ? (
              <span className="badge badge-warn" data-testid="history-detached">
                detached: its fact was not found after re-analysis (extractor v{d.extractorVersion}), take a second look
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {next !== null ? (
        <button type="button" onClick={() => void more()}>
          Older decisions
        </button>
      ) : null}
    </section>
  );
}
