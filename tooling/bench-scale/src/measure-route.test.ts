import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "./measure-route";
import { sendRequest } from "./send-request";

// A real HTTP server on loopback whose answers the tests choose by path.
let server: http.Server;
let origin: string;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    // Concurrency is counted on "/" only: other tests leave slow requests running.
    const counted = req.url === "/";
    if (counted) maxInFlight = Math.max(maxInFlight, ++inFlight);
    const finish = (status: number, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) =>
      setTimeout(() => {
        if (counted) inFlight--;
        res.writeHead(status, headers).end(body);
      }, 20);
    if (req.url === "/gzip") finish(200, zlib.gzipSync("x".repeat(100_000)), { "content-encoding": "gzip" });
    else if (req.url === "/fail") finish(500, "no");
    else if (req.url === "/limited") finish(429, "slow down");
    else if (req.url === "/redirect") finish(307, "", { location: "/" });
    else if (req.url === "/slow") setTimeout(() => finish(200, "late"), 2000);
    else finish(200, "ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const base = { requests: 1, sequentialBudgetMs: 1000, timeoutMs: 5000, connections: 5, duration: 1, activeQueries: async () => 0 };

describe("sendRequest", () => {
  it("reports the decompressed size next to the size on the wire", async () => {
    const reply = await sendRequest(origin, { method: "GET", url: "/gzip" }, 5000);
    expect(reply).toMatchObject({ status: 200, bytes: 100_000, error: null });
    expect(reply.wireBytes).toBeLessThan(1000);
  });

  it("does not follow redirects and turns a timeout into an error", async () => {
    expect((await sendRequest(origin, { method: "GET", url: "/redirect" }, 5000)).status).toBe(307);
    const late = await sendRequest(origin, { method: "GET", url: "/slow" }, 300);
    expect(late.error).toMatch(/timed out/);
  });
});

describe("runLoad", () => {
  it("keeps exactly `connections` requests in flight and counts every answer", async () => {
    maxInFlight = 0;
    const r = await runLoad(origin, { name: "/", kind: "api", method: "GET", url: "/" }, base);
    expect(maxInFlight).toBe(5);
    // 20 ms per answer, 5 clients, 1 s: on the order of 250 answers (fewer on a busy machine).
    expect(r.responses).toBeGreaterThan(20);
    expect(r.responses).toBeLessThan(300);
    expect(r.errors).toBe(0);
    expect(r.latency.p50).toBeGreaterThanOrEqual(19);
  });

  it("counts error statuses, accepts redirects only where expected, and waits for requests still in flight", async () => {
    const fail = await runLoad(origin, { name: "/fail", kind: "api", method: "GET", url: "/fail" }, base);
    expect(fail.errors).toBe(fail.responses);
    const redirect = await runLoad(origin, { name: "/redirect", kind: "page", method: "GET", url: "/redirect", redirect: true }, base);
    expect(redirect.errors).toBe(0);
    const slow = await runLoad(origin, { name: "/slow", kind: "page", method: "GET", url: "/slow" }, { ...base, duration: 1 });
    expect(slow.responses).toBe(5);
    expect(slow.drainSeconds).toBeGreaterThan(1.9);
  });

  it("counts 429 answers as rate-limited, not as errors", async () => {
    const limited = await runLoad(origin, { name: "/limited", kind: "api", method: "POST", url: "/limited", body: "{}" }, base);
    expect(limited.responses).toBeGreaterThan(0);
    expect(limited.rateLimited).toBe(limited.responses);
    expect(limited.errors).toBe(0);
  });
});
