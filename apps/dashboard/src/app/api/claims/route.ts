import { loadClaims, loadOutlets } from "@/lib/cached-queries";
import { validateListParams } from "@/lib/share/api-params";
import { FILTER_KEYS, toFilters } from "@/lib/view-state";
import { withDatabase } from "@/lib/http/database-unavailable";

export const dynamic = "force-dynamic";

/**
 * GET /api/claims?<filters>&limit&cursor: the claims the timeline places
 * (a number and a dated article), oldest publication first, each with its
 * sentence; `limit` defaults to 50, at most 200. `facts` (applied |
 * machine | reviewed, default applied) picks the facts and is echoed back;
 * each claim carries its `review` state.
 */
export const GET = withDatabase(async function GET(request: Request) {
  const outlets = await loadOutlets();
  const checked = validateListParams("claims", new URL(request.url).searchParams, { knownOutletIds: outlets.map((o) => o.id), allowed: [...FILTER_KEYS, "facts"] });
  if (!checked.ok) return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  const list = await loadClaims(toFilters(checked.state), checked.page, checked.state.facts);
  return Response.json({ facts: checked.state.facts, ...list }, { headers: { "cache-control": "no-store" } });
});
