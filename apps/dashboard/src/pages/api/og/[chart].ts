/**
 * GET /api/og/<chart>?<view params>: the chart in that exact state as a
 * 1200x630 PNG (link unfurls). Lenient like the pages: bad parameters fall
 * back to defaults. `?format=svg` returns the SVG before rasterising.
 *
 * A Pages Router API route on purpose: App Router handlers run in the React
 * Server Components layer, where react-dom/server is unavailable, and the
 * image is react-dom/server's static markup of the packages/charts component.
 */
import type { NextApiRequest, NextApiResponse } from "next";
import { cached } from "@/lib/cache";
import { noteDatabaseError } from "@/lib/database-health";
import { UNAVAILABLE_HEADERS, unavailableBody } from "@/lib/http/database-unavailable";
import { loadOutlets } from "@/lib/cached-queries";
import { isChartKey, stateForChart, viewOfChart } from "@/lib/share/charts";
import { loadChart } from "@/lib/share/load-chart";
import { rasterise, renderOgSvg } from "@/lib/share/og-image";
import { canonicalQuery, readViewState } from "@/lib/view-state";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    await renderOgImage(req, res);
  } catch (error) {
    // The database lost between the proxy's check and the query: 503 as the proxy would answer, not a bare 500.
    if (!noteDatabaseError(error) || res.headersSent) throw error;
    for (const [name, value] of Object.entries(UNAVAILABLE_HEADERS)) res.setHeader(name, value);
    res.status(503).json(unavailableBody());
  }
}

async function renderOgImage(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    res.status(405).json({ error: "Method not allowed" });
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const chart = decodeURIComponent(url.pathname.split("/").pop() ?? "");
  if (!isChartKey(chart)) {
    res.status(404).json({ error: `Unknown chart "${chart}".`, parameter: "chart" });
    return;
  }
  const params = url.searchParams;
  const format = params.get("format");
  params.delete("format");
  const outlets = await loadOutlets();
  const { state } = readViewState(viewOfChart(chart), params, { knownOutletIds: outlets.map((o) => o.id) });
  const chartState = stateForChart(chart, state);
  // Rendering and rasterising cost far more than the data: keep the image per corpus version too.
  const key = `og:${chart}:${canonicalQuery(viewOfChart(chart), chartState)}`;
  const svg = await cached(chart === "claims" ? "facts" : "rollups", `${key}:svg`, async () => renderOgSvg(await loadChart(chart, chartState), chartState));
  if (format === "svg") {
    res.setHeader("content-type", "image/svg+xml; charset=utf-8");
    res.setHeader("cache-control", "no-store");
    res.status(200).send(svg);
    return;
  }
  const png = Buffer.from(await cached(chart === "claims" ? "facts" : "rollups", `${key}:png`, async () => (await rasterise(svg)).toString("base64")), "base64");
  res.setHeader("content-type", "image/png");
  res.setHeader("content-length", String(png.length));
  res.setHeader("cache-control", "public, max-age=300");
  res.status(200).end(png);
}
