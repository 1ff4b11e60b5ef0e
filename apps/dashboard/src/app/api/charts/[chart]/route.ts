import { listOutlets } from "@framewatch/db/queries";
import { db } from "@/lib/db";
import { validateChartParams } from "@/lib/share/api-params";
import { VIEW_PATHS, viewOfChart } from "@/lib/share/charts";
import { chartData, loadChart } from "@/lib/share/load-chart";
import { canonicalQuery, STATE_VERSION } from "@/lib/view-state";

export const dynamic = "force-dynamic";

/**
 * GET /api/charts/<chart>?<view params>: the data behind a chart, from the
 * same queries and builders as the page. Strict: 400 names a bad parameter.
 */
export async function GET(request: Request, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  const params = new URL(request.url).searchParams;
  const outlets = await listOutlets(db());
  const checked = validateChartParams(chart, params, outlets.map((o) => o.id));
  if (!checked.ok) {
    return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  }
  const view = viewOfChart(checked.chart);
  const loaded = await loadChart(checked.chart, checked.state);
  const query = canonicalQuery(view, checked.state);
  return Response.json(
    {
      chart: checked.chart,
      version: STATE_VERSION,
      query,
      view: `${VIEW_PATHS[view as keyof typeof VIEW_PATHS]}${query}`,
      title: loaded.meta.title,
      subtitle: loaded.meta.subtitle,
      empty: loaded.meta.empty,
      data: chartData(loaded),
      table: loaded.table,
    },
    { headers: { "cache-control": "no-store" } },
  );
}
