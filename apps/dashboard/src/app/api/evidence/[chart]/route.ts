import { loadAttackEvidence, loadFramingEvidence, loadOutlets } from "@/lib/cached-queries";
import { parseEvidenceId } from "@/lib/charts";
import { validateListParams } from "@/lib/share/api-params";
import { FRAMING_META, isChartKey, isFramingChart, stateForChart, viewOfChart } from "@/lib/share/charts";
import { FILTER_KEYS, toFilters } from "@/lib/view-state";
import { withDatabase } from "@/lib/http/database-unavailable";

export const dynamic = "force-dynamic";

/**
 * GET /api/evidence/<chart>?sel=<mark id>&<filters>&limit&cursor: the
 * sentences behind one mark of a framing or attack chart (what the page's
 * evidence panel lists), in article and text order; `total` is the mark's
 * count. `limit` defaults to 50, at most 200. Attacks take `facts`
 * (applied | machine | reviewed, default applied) and say it in the answer;
 * each mention carries its `review` state.
 */
export const GET = withDatabase(async function GET(request: Request, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  if (!isChartKey(chart) || chart === "claims") {
    return Response.json({ error: `No evidence list for "${chart}" (framing charts and attacks have one; claims: /api/claims).`, parameter: "chart" }, { status: 404 });
  }
  const outlets = await loadOutlets();
  // The chart names its dimension: `sel` is checked against it; a `dim=` in the query may only repeat it.
  const params = new URL(request.url).searchParams;
  if (isFramingChart(chart)) {
    if (params.has("dim") && params.get("dim") !== chart) {
      return Response.json({ error: `Parameter "dim" must be "${chart}" here (the chart in the path), or left out.`, parameter: "dim" }, { status: 400 });
    }
    params.set("dim", chart);
  }
  const checked = validateListParams(viewOfChart(chart), params, {
    knownOutletIds: outlets.map((o) => o.id),
    allowed: [...FILTER_KEYS, "sel", ...(isFramingChart(chart) ? ["dim"] : ["facts"])],
  });
  if (!checked.ok) return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  const state = stateForChart(chart, checked.state);
  const mark = parseEvidenceId(state.sel);
  const kind = isFramingChart(chart) ? FRAMING_META[chart].evidenceKind : "attack";
  if (!mark || mark.kind !== kind || (kind === "attack" && !mark.category)) {
    return Response.json({ error: `Parameter "sel" must name a mark of the ${chart} chart, e.g. "${kind}:<outlet id>:<category>".`, parameter: "sel" }, { status: 400 });
  }
  const filters = toFilters(state);
  const list = isFramingChart(chart)
    ? await loadFramingEvidence(filters, { dimension: FRAMING_META[chart].dbDimension, category: mark.category || null, outletId: mark.outletId, ...checked.page })
    : { facts: state.facts, ...(await loadAttackEvidence(filters, { type: mark.category, outletId: mark.outletId, ...checked.page }, state.facts)) };
  return Response.json(list, { headers: { "cache-control": "no-store" } });
});
