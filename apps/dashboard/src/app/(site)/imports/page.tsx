import type { Metadata } from "next";
import Link from "next/link";
import { formatNumber } from "@framewatch/charts";
import { listImportRuns } from "@framewatch/db/import-history";
import { Pager } from "@/components/Pager";
import { db } from "@/lib/db";
import { describeDuration, describeState, formatWhen } from "@/lib/imports/describe-run";
import { parseAsCursor } from "@/lib/view-state";

/** Runs per page of the history. */
const RUNS_PER_PAGE = 50;

// Runs change by the second while they are under way: never prerender, never cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Import history" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The import history: every run, newest first, with who started it, when, how long it took, its counts and failures. */
export default async function ImportsPage({ searchParams }: Props) {
  const raw = (await searchParams).cursor;
  const cursor = typeof raw === "string" ? parseAsCursor.parse(raw) : null;
  const page = await listImportRuns(db(), { limit: RUNS_PER_PAGE, cursor });
  return (
    <>
      <h1>Import history</h1>
      <p className="lede">
        Every import (command line, browser upload, start-up import of the bundled corpus) and re-analysis, newest first: who started it, when, and what became
        of its files. Editors can <Link href="/imports/new">import files or URLs from the browser</Link>.
      </p>
      {page.items.length === 0 ? (
        <p className="empty" data-testid="imports-empty">
          No imports yet. Import some <Link href="/imports/new">in the browser</Link> or with <code>npm run corpus -- import FILE_OR_DIR</code>.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="history-table" data-testid="import-runs">
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Started by</th>
                <th scope="col">Started</th>
                <th scope="col">Duration</th>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  Files
                </th>
                <th scope="col" className="num">
                  Imported
                </th>
                <th scope="col" className="num">
                  Unchanged
                </th>
                <th scope="col" className="num">
                  Re-analysed
                </th>
                <th scope="col" className="num">
                  Failed
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((run) => (
                <tr key={run.id} data-testid="import-run" data-state={run.state} data-deleted={run.deleted ? "true" : undefined}>
                  <td>
                    <Link href={`/imports/${run.id}`}>
                      {run.kind === "reanalyse" ? "Re-analysis" : "Import"} #{run.id}
                    </Link>
                  </td>
                  <td className="break">{run.startedBy || "unknown"}</td>
                  <td>{formatWhen(run.startedAt)}</td>
                  <td>{describeDuration(run)}</td>
                  <td>
                    <span className={`badge state-${run.state}`}>{describeState(run)}</span>
                    {run.deleted ? (
                      <div className="muted">
                        {formatNumber(run.deleted.articles)} articles deleted {formatWhen(run.deleted.at)} by {run.deleted.by}
                      </div>
                    ) : null}
                  </td>
                  <td className="num">{formatNumber(run.total)}</td>
                  <td className="num">{formatNumber(run.imported)}</td>
                  <td className="num">{formatNumber(run.unchanged)}</td>
                  <td className="num">{formatNumber(run.reanalysed)}</td>
                  <td className="num">{run.failed > 0 ? <Link href={`/imports/${run.id}?outcome=failed`}>{formatNumber(run.failed)}</Link> : "0"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager noun={page.total === 1 ? "run" : "runs"} testId="import-runs" page={page} href={(c) => `/imports?cursor=${c}`} />
    </>
  );
}
