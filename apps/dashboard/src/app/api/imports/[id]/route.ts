import { getImportRun, listImportRunFailures, listImportRunFiles } from "@framewatch/db/import-history";
import { db } from "@/lib/db";
import { withDatabase } from "@/lib/http/database-unavailable";
import { readHistoryParams } from "@/lib/imports/read-history-params";
import { readRunId } from "@/lib/imports/read-run-id";

export const dynamic = "force-dynamic";

/**
 * GET /api/imports/<id>?outcome&limit&cursor: one run of the history (`run`) and one page of its per-file outcomes
 * (`files`: source, outcome, reason, the article stored), optionally of one outcome. Runs that finished before
 * per-file outcomes were kept answer `files: null` and page their stored failures (`failures`) instead.
 */
export const GET = withDatabase(async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const runId = readRunId(id);
  const run = runId === null ? null : await getImportRun(db(), runId);
  if (!run) return Response.json({ error: `No import run ${id.slice(0, 40)}.`, parameter: "id" }, { status: 404 });
  const checked = readHistoryParams(new URL(request.url).searchParams, true);
  if (!checked.ok) return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  const body = run.filesKept
    ? { run, files: await listImportRunFiles(db(), run.id, { ...checked.page, outcome: checked.outcome }), failures: null }
    : { run, files: null, failures: await listImportRunFailures(db(), run.id, checked.page) };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
