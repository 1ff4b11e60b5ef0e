import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatNumber } from "@framewatch/charts";
import { FILE_OUTCOMES, getImportRun, isFileOutcome, listImportRunFailures, listImportRunFiles, type FileOutcome, type ImportRunDetail } from "@framewatch/db/import-history";
import { DeleteRunArticles } from "@/components/DeleteRunArticles";
import { Pager } from "@/components/Pager";
import { db } from "@/lib/db";
import { describeDuration, describeState, formatWhen, runName } from "@/lib/imports/describe-run";
import { readRunId } from "@/lib/imports/read-run-id";
import { parseAsCursor } from "@/lib/view-state";

/** Files per page of a run's outcomes. */
const FILES_PER_PAGE = 100;

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const OUTCOME_LABELS: Record<FileOutcome, string> = { imported: "Imported", unchanged: "Unchanged", reanalysed: "Re-analysed", failed: "Failed", pending: "Pending" };

async function load(id: string): Promise<ImportRunDetail | null> {
  const runId = readRunId(id);
  return runId === null ? null : getImportRun(db(), runId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const run = await load((await params).id);
  return { title: run ? `${runName(run).replace(/^./, (c) => c.toUpperCase())} · Import history` : "Import run" };
}

function countOf(run: ImportRunDetail, outcome: FileOutcome): number {
  return outcome === "pending" ? Math.max(0, run.total - run.imported - run.unchanged - run.reanalysed - run.failed) : run[outcome];
}

/** One run of the import history: its summary, the deletion of its articles (admins), and every file's outcome with its reason and article. */
export default async function ImportRunPage({ params, searchParams }: Props) {
  const run = await load((await params).id);
  if (!run) notFound();
  const sp = await searchParams;
  const outcome = typeof sp.outcome === "string" && isFileOutcome(sp.outcome) ? sp.outcome : null;
  const cursor = typeof sp.cursor === "string" ? parseAsCursor.parse(sp.cursor) : null;
  const href = (patch: { outcome?: FileOutcome | null; cursor?: string | null }) => {
    const q = new URLSearchParams();
    const o = patch.outcome === undefined ? outcome : patch.outcome;
    if (o) q.set("outcome", o);
    if (patch.cursor) q.set("cursor", patch.cursor);
    const text = q.toString();
    return `/imports/${run.id}${text ? `?${text}` : ""}#files-heading`;
  };
  const title = runName(run).replace(/^./, (c) => c.toUpperCase());
  const deletable = run.kind === "import" && run.finishedAt !== null && !run.deleted && run.articles > 0;

  return (
    <>
      <p>
        <Link href="/imports">← Import history</Link>
      </p>
      <h1 data-testid="run-title">{title}</h1>
      <dl className="meta-list run-summary" data-testid="run-summary">
        <dt>Started by</dt>
        <dd className="break">{run.startedBy || "unknown"}</dd>
        <dt>Started</dt>
        <dd>{formatWhen(run.startedAt)}</dd>
        <dt>{run.finishedAt ? "Finished" : "Duration"}</dt>
        <dd>
          {run.finishedAt ? `${formatWhen(run.finishedAt)} (${describeDuration(run)})` : describeDuration(run)}
        </dd>
        <dt>State</dt>
        <dd data-testid="run-state">
          {describeState(run)}
          {run.interruptedAt ? <div className="muted">Its command stopped {formatWhen(run.interruptedAt)}; the run covers the files staged until then.</div> : null}
        </dd>
        <dt>Files</dt>
        <dd data-testid="run-counts">
          {formatNumber(run.total)}: {formatNumber(run.imported)} imported, {formatNumber(run.unchanged)} unchanged, {formatNumber(run.reanalysed)} re-analysed,{" "}
          {formatNumber(run.failed)} failed
        </dd>
        {run.kind === "import" ? (
          <>
            <dt>Articles stored</dt>
            <dd data-testid="run-articles">
              {formatNumber(run.articles)} <span className="muted">(added by this run and still stored, re-analysed ones included)</span>
            </dd>
          </>
        ) : null}
        <dt>Extractor</dt>
        <dd>v{run.extractorVersion}</dd>
      </dl>
      {run.deleted ? (
        <p className="notice" role="status" data-testid="run-deleted">
          Its {formatNumber(run.deleted.articles)} articles ({formatNumber(run.deleted.claims)} fighter claims, {formatNumber(run.deleted.attacks)} attack mentions,{" "}
          {formatNumber(run.deleted.signals)} framing signals) were deleted {formatWhen(run.deleted.at)} by {run.deleted.by}.
        </p>
      ) : null}
      {deletable ? <DeleteRunArticles runId={run.id} articles={run.articles} /> : null}

      <h2 id="files-heading">Files</h2>
      {run.filesKept ? <Files run={run} outcome={outcome} cursor={cursor} href={href} /> : <LegacyFailures run={run} cursor={cursor} href={href} />}
    </>
  );
}

async function Files({
  run,
  outcome,
  cursor,
  href,
}: {
  run: ImportRunDetail;
  outcome: FileOutcome | null;
  cursor: string | null;
  href: (patch: { outcome?: FileOutcome | null; cursor?: string | null }) => string;
}) {
  const page = await listImportRunFiles(db(), run.id, { outcome, cursor, limit: FILES_PER_PAGE });
  const shown = FILE_OUTCOMES.filter((o) => countOf(run, o) > 0 || o === outcome);
  return (
    <>
      <nav aria-label="Files by outcome" className="outcome-filter" data-testid="outcome-filter">
        <Link href={href({ outcome: null, cursor: null })} aria-current={outcome === null ? "page" : undefined}>
          All ({formatNumber(run.total)})
        </Link>
        {shown.map((o) => (
          <Link key={o} href={href({ outcome: o, cursor: null })} aria-current={outcome === o ? "page" : undefined}>
            {OUTCOME_LABELS[o]} ({formatNumber(countOf(run, o))})
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? (
        <p className="muted">No files {outcome ? `with the outcome “${OUTCOME_LABELS[outcome].toLowerCase()}”` : "yet"}.</p>
      ) : (
        <div className="table-scroll">
          <table className="history-table" data-testid="run-files">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Outcome</th>
                <th scope="col">Reason or article</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((f) => (
                <tr key={f.id} data-testid="run-file" data-outcome={f.outcome}>
                  <td className="break">{f.source}</td>
                  <td>
                    <span className={`badge outcome-${f.outcome}`}>{OUTCOME_LABELS[f.outcome]}</span>
                  </td>
                  <td className="break">
                    {f.reason ? <span data-testid="file-reason">{f.reason}</span> : null}
                    {f.article ? (
                      <>
                        <Link href={`/articles/${f.article.id}`}>{f.article.title ?? `article #${f.article.id}`}</Link>
                        {f.article.importRunId !== run.id && f.article.importRunId !== null ? (
                          <span className="muted">
                            {" "}
                            (added by <Link href={`/imports/${f.article.importRunId}`}>import #{f.article.importRunId}</Link>)
                          </span>
                        ) : null}
                      </>
                    ) : !f.reason && f.outcome !== "pending" ? (
                      <span className="muted">{run.deleted ? "deleted" : "no longer stored"}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager noun="files" testId="run-files" page={page} href={(c) => href({ cursor: c })} />
    </>
  );
}

/** Runs that finished before per-file outcomes were kept: only their failures, from the summary they stored. */
async function LegacyFailures({ run, cursor, href }: { run: ImportRunDetail; cursor: string | null; href: (patch: { cursor?: string | null }) => string }) {
  const page = await listImportRunFailures(db(), run.id, { cursor, limit: FILES_PER_PAGE });
  return (
    <>
      <p className="muted">This run finished before Framewatch kept every file&apos;s outcome; its failures are listed with their reasons.</p>
      {page.items.length === 0 ? null : (
        <ul data-testid="run-failures">
          {page.items.map((f, i) => (
            <li key={i}>
              <span className="break">{f.source}</span>: {f.reason}
            </li>
          ))}
        </ul>
      )}
      <Pager noun="failures" testId="run-failures" page={page} href={(c) => href({ cursor: c })} />
    </>
  );
}
