import { loadArticles, loadOutlets } from "@/lib/cached-queries";
import { validateListParams } from "@/lib/share/api-params";
import { toFilters } from "@/lib/view-state";
import { withDatabase } from "@/lib/http/database-unavailable";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles?<filters>&q&sort&limit&cursor: one page of the
 * overview's article list (the same query), with `total`, and `next` /
 * `prev` cursors. `limit` defaults to 50, at most 200.
 */
export const GET = withDatabase(async function GET(request: Request) {
  const outlets = await loadOutlets();
  const checked = validateListParams("overview", new URL(request.url).searchParams, { knownOutletIds: outlets.map((o) => o.id) });
  if (!checked.ok) return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  const { state, page } = checked;
  const list = await loadArticles(toFilters(state), { q: state.q, sort: state.sort, ...page });
  return Response.json(list, { headers: { "cache-control": "no-store" } });
});
