import Link from "next/link";
import type { EvidenceList as Evidence } from "@framewatch/db/queries";
import { sentenceHref } from "@/lib/charts";

/** Evidence sentences behind a selected mark, the matched words highlighted, each linking into its article. */
export function EvidenceList({ heading, evidence, emptyMessage }: { heading: string; evidence: Evidence; emptyMessage: string }) {
  return (
    <section className="evidence" aria-labelledby="evidence-heading" data-testid="evidence">
      <h2 id="evidence-heading">
        {heading} <span className="muted">({evidence.total} {evidence.total === 1 ? "sentence" : "sentences"})</span>
      </h2>
      {evidence.items.length === 0 ? (
        <p className="muted">{emptyMessage}</p>
      ) : (
        <ol className="evidence-list">
          {evidence.items.map((e) => {
            const a = Math.max(0, Math.min(e.sentence.length, e.matchStart - e.sentenceStart));
            const b = Math.max(a, Math.min(e.sentence.length, e.matchEnd - e.sentenceStart));
            return (
              <li key={e.id} data-testid="evidence-item">
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
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {evidence.total > evidence.items.length ? (
        <p className="muted">Showing the first {evidence.items.length} of {evidence.total}.</p>
      ) : null}
    </section>
  );
}
