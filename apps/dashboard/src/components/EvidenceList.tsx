import Link from "next/link";
import type { EvidenceList as Evidence } from "@framewatch/db/queries";
import { formatNumber } from "@framewatch/charts";
import { sentenceHref } from "@/lib/charts";
import { Pager } from "./Pager";

interface Props {
  heading: string;
  /** One page of the evidence; `total` counts every sentence behind the mark. */
  evidence: Evidence;
  emptyMessage: string;
  /** Links to the neighbouring pages. */
  hrefFor: (cursor: string) => string;
}

/** Evidence sentences behind a selected mark, a page at a time, the matched words highlighted, each linking into its article. */
export function EvidenceList({ heading, evidence, emptyMessage, hrefFor }: Props) {
  return (
    <section className="evidence" aria-labelledby="evidence-heading" data-testid="evidence">
      <h2 id="evidence-heading">
        {heading} <span className="muted">({formatNumber(evidence.total)} {evidence.total === 1 ? "sentence" : "sentences"})</span>
      </h2>
      {evidence.items.length === 0 ? (
        <p className="muted">{emptyMessage}</p>
      ) : (
        <ol className="evidence-list">
          {evidence.items.map((e) => {
            const a = Math.max(0, Math.min(e.sentence.length, e.matchStart - e.sentenceStart));
            const b = Math.max(a, Math.min(e.sentence.length, e.matchEnd - e.sentenceStart));
            return (
              <li key={e.id} data-testid="evidence-item" data-review={e.review}>
                <blockquote>
                  {e.sentence.slice(0, a)}
                  <mark className="evidence-match">{e.sentence.slice(a, b)}</mark>
                  {e.sentence.slice(b)}
                </blockquote>
                <div className="muted evidence-meta">
                  <Link href={sentenceHref(e.articleId, e.sentenceStart, e.sentenceEnd)}>{e.articleTitle}</Link>
                  <span className="badge" title="Lexicon rule that fired">
                    {e.rule}
                  </span>
                  {e.review && e.review !== "unreviewed" ? <span className="badge badge-reviewed">{e.review}</span> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {evidence.items.length > 0 ? (
        <Pager noun="sentences" testId="evidence" page={evidence} href={hrefFor} />
      ) : null}
    </section>
  );
}
