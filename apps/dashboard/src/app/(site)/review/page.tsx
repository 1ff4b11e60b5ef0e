import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { ATTACK_TYPES, CLAIMANT_TYPES } from "@framewatch/corpus-model/model";
import { listOutlets } from "@framewatch/db/queries";
import { getReviewProgress, listDetachedDecisions, listReviewQueue, type ReviewQueueItem } from "@framewatch/db/review";
import { Pager } from "@/components/Pager";
import { DetachedDecisionList } from "@/components/review/DetachedDecisionList";
import { StateNotice } from "@/components/StateNotice";
import { currentUser } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { readQueueKind, REVIEW_QUEUE_FILTERS } from "@/lib/review/read-queue-kind";
import { parseAsCursor, readViewState, toFilters } from "@/lib/view-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

const PER_PAGE = 50;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

/** The sentence with the fact's words marked. */
function Marked({ item }: { item: ReviewQueueItem }) {
  const { sentence, anchorStart, anchorEnd } = item;
  return (
    <>
      {sentence.slice(0, anchorStart)}
      <mark className={item.kind === "claim" ? "span-claim" : "span-attack"}>{sentence.slice(anchorStart, anchorEnd)}</mark>
      {sentence.slice(anchorEnd)}
    </>
  );
}

/**
 * /review (editors): the facts no one has decided on, across the corpus,
 * least certain first, filtered like the views (outlet, dates, claimant and
 * attack type) and by kind, in keyset pages; each opens the reader focused on
 * it. Per-outlet progress on top. A GET form: every state has its URL.
 * Below, the decisions re-analysis detached, with their own pages (`detached`
 * is their cursor; a malformed one shows the first page).
 */
export default async function ReviewQueuePage({ searchParams }: Props) {
  const user = await currentUser(await headers());
  if (!user || (user.role !== "editor" && user.role !== "admin")) {
    return (
      <>
        <h1>Review queue</h1>
        <p data-testid="review-editors-only">
          The review queue is for editors. {user ? "Your account can read every view but not review." : <Link href="/sign-in?next=%2Freview">Sign in</Link>}
        </p>
      </>
    );
  }
  const params = await searchParams;
  const kind = readQueueKind(one(params.kind)) ?? null;
  const viewParams = Object.fromEntries(Object.entries(params).filter(([k, v]) => one(v) !== "" && (k === "cursor" || (REVIEW_QUEUE_FILTERS as readonly string[]).includes(k))));
  const prisma = db();
  const outlets = await listOutlets(prisma);
  const { state, problems } = readViewState("claims", viewParams, { knownOutletIds: outlets.map((o) => o.id) });
  const { outletIds, from, to, claimantTypes, attackTypes } = toFilters(state);
  const detachedCursor = parseAsCursor.parse(one(params.detached));
  const [page, progress, detached] = await Promise.all([
    listReviewQueue(prisma, { kind, outletIds, from, to, claimantTypes, attackTypes }, { limit: PER_PAGE, cursor: state.cursor }),
    getReviewProgress(prisma),
    listDetachedDecisions(prisma, { limit: PER_PAGE, cursor: detachedCursor }),
  ]);
  const query = (cursor: string | null, detachedPage: string | null = detachedCursor) => {
    const q = new URLSearchParams();
    if (kind) q.set("kind", kind);
    if (state.outlets.length > 0) q.set("outlets", state.outlets.join(","));
    if (from) q.set("from", from);
    if (to) q.set("to", to);
    if (state.claimants.length > 0) q.set("claimants", state.claimants.join(","));
    if (state.attacks.length > 0) q.set("attacks", state.attacks.join(","));
    if (cursor) q.set("cursor", cursor);
    if (detachedPage) q.set("detached", detachedPage);
    const text = q.toString();
    return text ? `/review?${text}` : "/review";
  };

  return (
    <>
      <h1>Review queue</h1>
      <p className="muted">Facts no one has decided on yet, least certain first. Open one to review it in the reader (j/k, a, r, e).</p>
      <StateNotice problems={problems} canonicalUrl={query(null, null)} />
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress by outlet</h2>
        <ul className="review-progress" data-testid="review-progress">
          {progress.map((p) => (
            <li key={p.outletId} data-testid="review-progress-outlet" data-outlet={p.outlet ?? "unknown"} data-reviewed={p.reviewed} data-total={p.total}>
              <progress value={p.reviewed} max={p.total} aria-label={`${p.outlet ?? "Unknown outlet"}: ${p.reviewed} of ${p.total} reviewed`} /> {p.outlet ?? "Unknown outlet"}:{" "}
              {p.reviewed.toLocaleString("en-US")} of {p.total.toLocaleString("en-US")} reviewed
            </li>
          ))}
        </ul>
      </section>
      <form method="get" action="/review" className="filter-form" aria-label="Filter the queue">
        <label>
          Kind{" "}
          <select name="kind" defaultValue={kind ?? ""}>
            <option value="">claims and attacks</option>
            <option value="claim">claims</option>
            <option value="attack">attacks</option>
          </select>
        </label>{" "}
        <label>
          Outlet{" "}
          <select name="outlets" defaultValue={state.outlets.length === 1 ? String(state.outlets[0]) : ""}>
            <option value="">all</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          From <input type="date" name="from" defaultValue={from ?? ""} />
        </label>{" "}
        <label>
          To <input type="date" name="to" defaultValue={to ?? ""} />
        </label>{" "}
        <label>
          Claimant type{" "}
          <select name="claimants" defaultValue={state.claimants[0] ?? ""}>
            <option value="">any</option>
            {CLAIMANT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Attack type{" "}
          <select name="attacks" defaultValue={state.attacks[0] ?? ""}>
            <option value="">any</option>
            {ATTACK_TYPES.map((t) => (
              <option key={t} value={t}>
                {t.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </label>{" "}
        <button type="submit">Filter</button>
      </form>
      {page.items.length === 0 ? (
        <p data-testid="review-queue-empty">Nothing waits for review under these filters.</p>
      ) : (
        <table className="review-queue" data-testid="review-queue">
          <thead>
            <tr>
              <th scope="col">Confidence</th>
              <th scope="col">Fact</th>
              <th scope="col">Outlet</th>
              <th scope="col">Date</th>
              <th scope="col">Sentence</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={`${item.kind}-${item.factId}`} data-testid="review-queue-row" data-fact={`${item.kind}-${item.factId}`}>
                <td>{item.confidence.toFixed(2)}</td>
                <td>
                  <Link href={`/articles/${item.articleId}?fact=${item.kind}-${item.factId}`}>
                    {item.kind} “{item.anchorText}”
                  </Link>{" "}
                  <span className="badge">{item.label.replace(/_/g, " ")}</span>
                </td>
                <td>{item.outlet ?? "unknown"}</td>
                <td>{item.publishedDate ?? "undated"}</td>
                <td>
                  {item.section === "title" ? <span className="badge">headline</span> : null}
                  <Marked item={item} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager noun="facts to review" testId="review-queue" page={page} href={(cursor) => query(cursor)} />
      <DetachedDecisionList canClose page={detached} href={(cursor) => `${query(state.cursor, cursor)}#detached-heading`} />
    </>
  );
}
