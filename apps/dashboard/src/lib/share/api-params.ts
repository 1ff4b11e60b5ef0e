/**
 * Strict parameter validation for the JSON API: the same parameters and
 * parsers as the pages, but anything not understood is a 400 naming the
 * parameter instead of a silent fallback.
 */
import { readViewState, STATE_VERSION, VIEW_PARAMS, type StateProblem, type ViewState } from "../view-state";
import { CHARTS, isChartKey, isFramingChart, stateForChart, viewOfChart, type ChartKey } from "./charts";

export type ChartParamsResult =
  | { ok: true; chart: ChartKey; state: ViewState }
  | { ok: false; status: 400 | 404; parameter: string; error: string };

function problemMessage(p: StateProblem, chart: ChartKey): string {
  switch (p.reason) {
    case "unknown":
      return `Unknown parameter "${p.param}" for chart "${chart}". Allowed: ${[...allowedParams(chart)].join(", ")}.`;
    case "version":
      return `Unsupported state version v=${p.value} (this server understands 1 to ${STATE_VERSION}).`;
    case "out-of-range":
      return `Unknown outlet id(s) in "${p.param}": ${p.value}.`;
    default:
      return `Invalid value for "${p.param}": "${p.value}".`;
  }
}

export function allowedParams(chart: ChartKey): string[] {
  return [...VIEW_PARAMS[viewOfChart(chart)], "v"];
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
  const read = readViewState(view, params, { knownOutletIds });
  const problem = read.problems[0];
  if (problem) return { ok: false, status: 400, parameter: problem.param, error: problemMessage(problem, chart) };
  return { ok: true, chart, state: stateForChart(chart, read.state) };
}
