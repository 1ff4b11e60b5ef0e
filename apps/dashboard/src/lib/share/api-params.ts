/**
 * Strict parameter validation for the JSON API: the same parameters and
 * parsers as the pages, but anything not understood is a 400 naming the
 * parameter instead of a silent fallback.
 */
import { MAX_PAGE_SIZE } from "@framewatch/db/queries";
import { parseAsCursor, readViewState, STATE_VERSION, VIEW_PARAMS, type StateProblem, type ViewKey, type ViewState } from "../view-state";
import { CHARTS, isChartKey, isFramingChart, stateForChart, viewOfChart, type ChartKey } from "./charts";

/** A page of a list (or of a chart's table rows) as the API was asked for it. */
export interface PageParams {
  limit: number;
  cursor: string | null;
}

export type ApiError = { ok: false; status: 400 | 404; parameter: string; error: string };

export type ChartParamsResult = { ok: true; chart: ChartKey; state: ViewState; page: PageParams } | ApiError;

/** Most rows of a chart's table in one response (aggregates stay far below it; `cursor` pages beyond). */
export const MAX_TABLE_ROWS = 2000;

/**
 * Takes `limit` and `cursor` out of `params` (they page the response, they
 * are not view state) and checks them: `limit` 1..max, `cursor` as a
 * previous response gave it.
 */
export function takePageParams(params: URLSearchParams, max: number, fallback: number): { ok: true; page: PageParams; rest: URLSearchParams } | ApiError {
  const rest = new URLSearchParams(params);
  const limitText = rest.get("limit");
  const cursorText = rest.get("cursor");
  rest.delete("limit");
  rest.delete("cursor");
  let limit = fallback;
  if (limitText !== null) {
    if (!/^\d{1,6}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > max) {
      return { ok: false, status: 400, parameter: "limit", error: `Invalid value for "limit": "${limitText}" (a whole number from 1 to ${max}).` };
    }
    limit = Number(limitText);
  }
  let cursor: string | null = null;
  if (cursorText !== null) {
    cursor = parseAsCursor.parse(cursorText);
    if (cursor === null) return { ok: false, status: 400, parameter: "cursor", error: `Invalid value for "cursor": use the "next" or "prev" of a previous response.` };
  }
  return { ok: true, page: { limit, cursor }, rest };
}

function problemMessage(p: StateProblem, chart: ChartKey | ViewKey): string {
  switch (p.reason) {
    case "unknown":
      return isChartKey(chart)
        ? `Unknown parameter "${p.param}" for chart "${chart}". Allowed: ${[...allowedParams(chart)].join(", ")}.`
        : `Unknown parameter "${p.param}".`;
    case "version":
      return `Unsupported state version v=${p.value} (this server understands 1 to ${STATE_VERSION}).`;
    case "out-of-range":
      return `Unknown outlet id(s) in "${p.param}": ${p.value}.`;
    default:
      return `Invalid value for "${p.param}": "${p.value}".`;
  }
}

export function allowedParams(chart: ChartKey): string[] {
  return [...VIEW_PARAMS[viewOfChart(chart)].filter((p) => p !== "cursor"), "v", "limit", "cursor"];
}

/**
 * Validates a list endpoint's parameters: the view's own (filters, search,
 * sort...) through the same parsers as the pages, plus `limit` / `cursor`.
 * Anything else is a 400 naming the parameter.
 */
export function validateListParams(
  view: ViewKey,
  params: URLSearchParams,
  options: { knownOutletIds?: readonly number[]; allowed?: readonly string[]; defaultLimit?: number } = {},
): { ok: true; state: ViewState; page: PageParams } | ApiError {
  const paged = takePageParams(params, MAX_PAGE_SIZE, options.defaultLimit ?? 50);
  if (!paged.ok) return paged;
  const allowed = new Set([...(options.allowed ?? VIEW_PARAMS[view]), "v"]);
  for (const key of paged.rest.keys()) {
    if (!allowed.has(key)) {
      return { ok: false, status: 400, parameter: key, error: `Unknown parameter "${key}". Allowed: ${[...allowed].filter((k) => k !== "cursor").concat("limit", "cursor").join(", ")}.` };
    }
  }
  const read = readViewState(view, paged.rest, { knownOutletIds: options.knownOutletIds });
  const problem = read.problems[0];
  if (problem) return { ok: false, status: 400, parameter: problem.param, error: problemMessage(problem, view) };
  return { ok: true, state: read.state, page: paged.page };
}

/** Validate a chart key and its query parameters (`knownOutletIds` turns unknown outlets into errors). */
export function validateChartParams(chart: string, params: URLSearchParams, knownOutletIds?: readonly number[]): ChartParamsResult {
  if (!isChartKey(chart)) {
    return { ok: false, status: 404, parameter: "chart", error: `Unknown chart "${chart}". Charts: ${CHARTS.join(", ")}.` };
  }
  const view = viewOfChart(chart);
  const dim = params.get("dim");
  if (isFramingChart(chart) && dim !== null && dim !== chart) {
    return { ok: false, status: 400, parameter: "dim", error: `Parameter "dim" (${dim}) contradicts the chart "${chart}"; leave it out.` };
  }
  const paged = takePageParams(params, MAX_TABLE_ROWS, MAX_TABLE_ROWS);
  if (!paged.ok) return paged;
  const read = readViewState(view, paged.rest, { knownOutletIds });
  const problem = read.problems[0];
  if (problem) return { ok: false, status: 400, parameter: problem.param, error: problemMessage(problem, chart) };
  // `cursor` pages the table here; the view's own list cursor means nothing to a chart.
  return { ok: true, chart, state: stateForChart(chart, { ...read.state, cursor: null }), page: paged.page };
}
