import { loadOutlets } from "@/lib/cached-queries";
import { validateChartParams } from "@/lib/share/api-params";
import { VIEW_PATHS, viewOfChart } from "@/lib/share/charts";
import { chartData, loadChart } from "@/lib/share/load-chart";
import { pageRows } from "@/lib/share/page-rows";
import { canonicalQuery, STATE_VERSION } from "@/lib/view-state";
import { withDatabase } from "@/lib/http/database-unavailable";

export const dynamic = "force-dynamic";

/**
 * GET /api/charts/<chart>?<view params>[&limit&cursor]: the data behind a
 * chart, from the same (cached) queries and builders as the page. `data` is
 * what the chart draws, bounded whatever the corpus size (aggregates, or at
 * most MAX_CLAIM_MARKS claims); `table.rows` is paged by `limit` / `cursor`.
 * Strict: 400 names a bad parameter.
 */
export const GET = withDatabase(async function GET(request: Request, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  const params = new URL(request.url).searchParams;
  const outlets = await loadOutlets();
  const checked = validateChartParams(chart, params, outlets.map((o) => o.id));
  if (!checked.ok) {
    return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  }
  const view = viewOfChart(checked.chart);
  const loaded = await loadChart(checked.chart, checked.state);
  const query = canonicalQuery(view, checked.state);
  const { rows, ...page } = pageRows(loaded.table.rows, checked.page);
  return Response.json(
    {
      chart: checked.chart,
      version: STATE_VERSION,
      query,
      view: `${VIEW_PATHS[view as keyof typeof VIEW_PATHS]}${query}`,
      title: loaded.meta.title,
      subtitle: loaded.meta.subtitle,
      empty: loaded.meta.empty,
      // Which facts the data holds (claims and attacks; framing is not reviewable).
      ...(loaded.kind === "framing" ? {} : { facts: checked.state.facts }),
      ...(loaded.kind === "claims" ? { mode: loaded.model.mode, plotted: loaded.model.plotted } : {}),
      data: chartData(loaded),
      table: { ...loaded.table, rows, page },
    },
    { headers: { "cache-control": "no-store" } },
  );
});
