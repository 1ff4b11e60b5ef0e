/**
 * Server helpers the views share for links: read the URL state with notices,
 * the public origin, and the OpenGraph / Twitter metadata of a view.
 */
import type { Metadata } from "next";
import type { OutletListItem } from "@framewatch/db/queries";
import { loadOutlets } from "@/lib/cached-queries";
import { readDashboardEnv } from "@/lib/env";
import { canonicalQuery, readViewState, type ReadViewState, type ViewKey } from "@/lib/view-state";
import { chartOfView, chartTitle, describeOptions, VIEW_PATHS } from "./charts";
import { describeFilters } from "./load-chart";

type SearchParamsInput = Promise<Record<string, string | string[] | undefined>>;

/** The view state of a page request, with problems and the outlet list. */
export async function readPageState(view: ViewKey, searchParams: SearchParamsInput): Promise<ReadViewState & { outlets: OutletListItem[]; query: string }> {
  const [params, outlets] = await Promise.all([searchParams, loadOutlets()]);
  const read = readViewState(view, params, { knownOutletIds: outlets.map((o) => o.id) });
  return { ...read, outlets, query: canonicalQuery(view, read.state) };
}

/**
 * Public origin for absolute links: FRAMEWATCH_PUBLIC_URL, else the address
 * the dashboard listens on. Deliberately not the request's Host or
 * X-Forwarded-Host: a client could otherwise put any site into og:url and
 * og:image (and into caches that store the page).
 */
export function siteOrigin(): string {
  return readDashboardEnv().publicOrigin;
}

const VIEW_TITLES: Record<Exclude<ViewKey, "article">, string> = {
  overview: "Overview",
  framing: "Framing comparison",
  claims: "Claimed fighter numbers",
  attacks: "Attack types",
};

/** OpenGraph + Twitter card metadata describing a view and its filters, with an unfurl image of the same state. */
export async function viewMetadata(view: Exclude<ViewKey, "article">, searchParams: SearchParamsInput): Promise<Metadata> {
  const { state, outlets, query } = await readPageState(view, searchParams);
  const chart = chartOfView(view, state) ?? "naming";
  const options = view === "overview" ? [] : describeOptions(chart, state);
  const filters = describeFilters(state, outlets);
  const heading = view === "framing" ? `${VIEW_TITLES.framing}: ${chartTitle(chart, state)}` : VIEW_TITLES[view];
  const title = [heading, ...options, ...filters].join(" · ");
  const description =
    view === "overview"
      ? `Framewatch corpus overview${filters.length ? ` (${filters.join("; ")})` : ""}: how outlets report the ISIS remnant insurgency.`
      : `${chartTitle(chart, state)}${options.length ? ` (${options.join(", ")})` : ""}, ${filters.length ? filters.join("; ") : "all articles"}. Framewatch compares how outlets report the ISIS remnant insurgency.`;
  const image = { url: `/api/og/${chart}${canonicalQuery(chartOfView(view, state) ? view : "overview", state)}`, width: 1200, height: 630, alt: title };
  const url = `${VIEW_PATHS[view]}${query}`;
  return {
    metadataBase: new URL(siteOrigin()),
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: "Framewatch", title, description, url, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
