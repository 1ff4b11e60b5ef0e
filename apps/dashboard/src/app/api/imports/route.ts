import { listImportRuns } from "@framewatch/db/import-history";
import { db } from "@/lib/db";
import { withDatabase } from "@/lib/http/database-unavailable";
import { readHistoryParams } from "@/lib/imports/read-history-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/imports?limit&cursor: one page of the import history, newest run first (who started each, when, where
 * it stands, its counts and failures, whether its articles were deleted), with `total` and `next` / `prev`
 * cursors. `limit` defaults to 50, at most 200. Not cached: a running import's counts change by the second.
 */
export const GET = withDatabase(async function GET(request: Request) {
  const checked = readHistoryParams(new URL(request.url).searchParams, false);
  if (!checked.ok) return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  const page = await listImportRuns(db(), checked.page);
  return Response.json(page, { headers: { "cache-control": "no-store" } });
});
