import type { DashboardServer } from "./dashboard-server";
import type { BenchRequest } from "./expand-routes";
import { summarise, type LatencySummary } from "./percentiles";
import { createAgent, sendRequest } from "./send-request";

export interface LoadResult {
  connections: number;
  seconds: number;
  /** Responses received (any status). */
  responses: number;
  /** Latency over the responses, ms. */
  latency: LatencySummary;
  /** Timeouts, connection errors and error statuses (4xx/5xx; 3xx too where no redirect is expected). */
  errors: number;
  /** 429 answers: a rate limit doing its job (the short-link API's), counted apart from errors. */
  rateLimited: number;
  timeouts: number;
  /** Seconds from the start until the last request started in the window had finished. */
  drainSeconds: number;
}

export interface RouteResult {
  name: string;
  kind: "page" | "api";
  /** The status most sequential requests got (0: no answer). */
  status: number;
  /** Largest body seen, decompressed (the HTML or JSON itself), bytes. */
  bytes: number;
  /** The same body as sent with gzip, bytes. */
  wireBytes: number;
  /** The first request: what a cache, if any, cost to fill. */
  coldMs: number;
  /** Sequential requests (the first one included). */
  sequential: LatencySummary;
  sequentialErrors: number;
  firstError: string | null;
  load: LoadResult | null;
  /** Peak RSS of the dashboard's process tree while this route ran. */
  peakRssBytes: number;
  /** Server exits (crashes, kills) while this route ran. */
  crashes: string[];
}

export interface MeasureOptions {
  requests: number;
  sequentialBudgetMs: number;
  timeoutMs: number;
  connections: number;
  duration: number;
  /** Queries running in PostgreSQL other than the benchmark's own (for waiting until the server is idle). */
  activeQueries: () => Promise<number>;
}

function isError(status: number, redirect: boolean | undefined): boolean {
  if (status === 0 || status >= 400) return true;
  return !redirect && status >= 300;
}

/**
 * Measures one route: sequential requests (one client, time to last byte)
 * up to a count or a time budget, then `connections` concurrent clients for
 * `duration` seconds. Starts only once the server is idle, so leftovers of
 * the previous route (timed-out requests still being served) do not count.
 */
export async function measureRoute(server: DashboardServer, req: BenchRequest, o: MeasureOptions): Promise<RouteResult> {
  const exitsBefore = server.exits.length;
  await server.waitIdle(o.activeQueries, o.timeoutMs + 30_000);
  server.sampler.resetWindow();
  server.sampler.sample();

  const times: number[] = [];
  const statuses = new Map<number, number>();
  let bytes = 0;
  let wireBytes = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  for (let i = 0; i < o.requests; i++) {
    if (i > 0 && performance.now() - started > o.sequentialBudgetMs) break;
    if (!server.alive) break;
    const reply = await sendRequest(server.origin, req, o.timeoutMs);
    times.push(reply.ms);
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    bytes = Math.max(bytes, reply.bytes);
    wireBytes = Math.max(wireBytes, reply.wireBytes);
    if (reply.error !== null || isError(reply.status, req.redirect)) {
      errors++;
      firstError ??= reply.error ?? `HTTP ${reply.status}`;
    }
  }
  const status = [...statuses.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;

  let load: LoadResult | null = null;
  if (o.duration > 0 && server.alive) {
    load = await runLoad(server.origin, req, o);
  }

  server.sampler.sample();
  const peakRssBytes = server.sampler.windowPeak;
  const crashes = server.exits.slice(exitsBefore).map((e) => e.reason);
  return {
    name: req.name,
    kind: req.kind,
    status,
    bytes,
    wireBytes,
    coldMs: times[0] ?? NaN,
    sequential: summarise(times),
    sequentialErrors: errors,
    firstError,
    load,
    peakRssBytes,
    crashes,
  };
}

/**
 * `connections` clients, each sending its next request as soon as the last
 * one is answered, for `duration` seconds. Requests started inside the
 * window are waited for (up to the timeout), so every one is counted: as a
 * latency or as an error, never silently dropped.
 */
export async function runLoad(origin: string, req: BenchRequest, o: MeasureOptions): Promise<LoadResult> {
  const agent = createAgent(o.connections);
  const latencies: number[] = [];
  let errors = 0;
  let rateLimited = 0;
  let timeouts = 0;
  const started = performance.now();
  const end = started + o.duration * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const reply = await sendRequest(origin, req, o.timeoutMs, agent);
      if (reply.error === null && reply.status === 429) rateLimited++;
      else if (reply.error !== null || isError(reply.status, req.redirect)) {
        errors++;
        if (reply.error?.startsWith("timed out")) timeouts++;
      }
      if (reply.error === null) latencies.push(reply.ms);
    }
  };
  await Promise.all(Array.from({ length: o.connections }, client));
  agent.destroy();
  return {
    connections: o.connections,
    seconds: o.duration,
    responses: latencies.length,
    latency: summarise(latencies),
    errors,
    rateLimited,
    timeouts,
    drainSeconds: (performance.now() - started) / 1000,
  };
}
