import autocannon from "autocannon";
import type { DashboardServer } from "./dashboard-server";
import { percentile } from "./percentiles";

/** What one route did under load. */
export interface LoadFigures {
  route: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  /** Responses of any status. */
  responses: number;
  /** Requests sent and still unanswered when the run ended (not counted as timeouts: their clients were stopped). */
  unfinished: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Connection errors (resets, refused) and timeouts together, as autocannon counts them. */
  errors: number;
  timeouts: number;
  /** Responses with a status outside 2xx, and the 5xx among them. */
  non2xx: number;
  status5xx: number;
  /** Peak RSS of the dashboard's process tree during the run. */
  peakRssBytes: number;
  /** Whether the server process was still running afterwards. */
  serverAlive: boolean;
}

/**
 * `connections` clients sending GET `route` back to back for `duration`
 * seconds (autocannon, HTTP/1.1 keep-alive, gzip accepted as browsers do).
 * Latency percentiles are computed here from every response's time
 * (nearest rank), since autocannon's own summary has no p95.
 */
export async function runLoad(server: DashboardServer, route: string, options: { connections: number; duration: number; timeout: number }): Promise<LoadFigures> {
  const latencies: number[] = [];
  server.sampler.resetWindow();
  const started = performance.now();
  const instance = autocannon({
    url: `${server.origin}${route}`,
    connections: options.connections,
    duration: options.duration,
    timeout: options.timeout,
    headers: { "accept-encoding": "gzip" },
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  server.sampler.sample();
  latencies.sort((a, b) => a - b);
  return {
    route,
    connections: options.connections,
    seconds,
    requestsPerSecond: result.requests.average,
    responses: latencies.length,
    unfinished: Math.max(0, result.requests.sent - latencies.length - result.errors),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? NaN },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status5xx: result["5xx"],
    peakRssBytes: server.sampler.windowPeak,
    serverAlive: server.alive,
  };
}
