import Link from "next/link";
import type { Page } from "@framewatch/db/queries";
import type { DetachedDecision } from "@framewatch/db/review";
import { Pager } from "@/components/Pager";
import { CloseDetachedButton } from "./CloseDetachedButton";
import { formatFields } from "./fact-display";

interface Props {
  page: Page<DetachedDecision>;
  /** The /review URL showing the page a cursor names. */
  href: (cursor: string) => string;
  /** Editors and admins may close a decision (the page is theirs; the API checks again). */
  canClose: boolean;
}

/** The anchor sentence with the decision's words marked (the anchor's offsets index the section; the sentence starts at sentenceStart). */
function MarkedAnchor({ d }: { d: DetachedDecision }) {
  const { sentence, sentenceStart, anchorStart, anchorEnd } = d.anchor;
  const start = anchorStart - sentenceStart;
  const end = anchorEnd - sentenceStart;
  if (start < 0 || end > sentence.length || start > end) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, start)}
      <mark className={d.kind === "claim" ? "span-claim" : "span-attack"}>{sentence.slice(start, end)}</mark>
      {sentence.slice(end)}
    </>
  );
}

/**
 * "Decisions to look at again" on /review: decisions a re-analysis could not
 * re-attach to a fact of the newer extractor, across the corpus, most
 * recently detached first, in keyset pages; each says what was decided (and
 * by whom, when) on which words, and opens the article, where the new
 * analysis's facts can be reviewed afresh. Closing one (it was looked at)
 * appends a `close` decision that takes it off the list.
 */
export function DetachedDecisionList({ page, href, canClose }: Props) {
  return (
    <section aria-labelledby="detached-heading" data-testid="review-detached-list">
      <h2 id="detached-heading">
        Decisions to look at again <span className="muted" data-testid="review-detached-count">({page.total.toLocaleString("en-US")})</span>
      </h2>
      {page.items.length === 0 ? (
        <p className="muted">Every decision found its fact again after the last re-analysis.</p>
      ) : (
        <>
          <p className="muted">A re-analysis could not find these decisions&apos; facts again (the sentence or its words changed). Open the article to review its new facts, then close the decision: the history keeps it.</p>
          <table className="review-queue">
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Decision</th>
                <th scope="col">Who, when</th>
                <th scope="col">Sentence</th>
                {canClose ? <th scope="col">Dealt with</th> : null}
              </tr>
            </thead>
            <tbody>
              {page.items.map((d) => (
                <tr key={d.id} data-testid="review-detached-row" data-decision={d.id}>
                  <td>
                    <Link href={`/articles/${d.articleId}`}>{d.title ?? `Article ${d.articleId}`}</Link>
                    <div className="muted">{d.outlet ?? "unknown outlet"}</div>
                  </td>
                  <td>
                    {d.action}
                    {d.reason ? ` (${d.reason.replace(/-/g, " ")})` : ""} {d.kind} “{d.anchor.anchorText}”
                    {d.before || d.after ? (
                      <div className="muted">
                        {d.before ? formatFields(d.kind, d.before) : "—"} → {d.after ? formatFields(d.kind, d.after) : "rejected"}
                      </div>
                    ) : null}
                    {d.note ? <div>note: {d.note}</div> : null}
                  </td>
                  <td>
                    {d.user.name}{" "}
                    <time dateTime={d.createdAt} className="muted">
                      {new Date(d.createdAt).toLocaleString("en-GB", { timeZone: "UTC" })}
                    </time>
                    <div className="muted">
                      detached <time dateTime={d.detachedAt ?? undefined}>{d.detachedAt ? new Date(d.detachedAt).toLocaleString("en-GB", { timeZone: "UTC" }) : ""}</time> (made on extractor v{d.extractorVersion})
                    </div>
                  </td>
                  <td>
                    {d.anchor.section === "title" ? <span className="badge">headline</span> : null}
                    <MarkedAnchor d={d} />
                  </td>
                  {canClose ? (
                    <td>
                      <CloseDetachedButton decisionId={d.id} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <Pager noun="decisions to look at again" testId="review-detached" page={page} href={href} onlyWhenPaged />
    </section>
  );
}
