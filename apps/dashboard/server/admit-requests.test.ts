import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAdmission, isProgressStream } from "./admit-requests.mjs";

/**
 * A real HTTP server whose handler holds each admitted request until the test
 * releases it, so what is in flight and what waits is under the test's control.
 */
async function serverWith(options: { concurrent: number; queue: number }) {
  const admission = createAdmission(options);
  const started: string[] = [];
  const held = new Map<string, http.ServerResponse>();
  const server = http.createServer((req, res) =>
    admission.admit(req, res, () => {
      started.push(req.url!);
      if (req.url!.startsWith("/_next/static/")) return void res.end("asset");
      held.set(req.url!, res);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const get = (path: string) => {
    const request = http.get({ host: "127.0.0.1", port, path, agent });
    const response = new Promise<{ status: number; body: string; retryAfter?: string }>((resolve, reject) => {
      request.on("response", (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, body, retryAfter: res.headers["retry-after"] as string | undefined }));
      });
      request.on("error", reject);
    });
    return { request, response };
  };
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((r) => setTimeout(r, 5));
  };
  const release = (path: string) => {
    held.get(path)!.end(`done ${path}`);
    held.delete(path);
  };
  return { admission, started, held, get, until, release, close: () => new Promise<void>((r) => server.close(() => r())), agent };
}

describe("the front server's admission control (a real HTTP server)", () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it("hands at most `concurrent` requests on at once and starts the waiting ones in arrival order", async () => {
    const s = await serverWith({ concurrent: 2, queue: 10 });
    close = s.close;
    const replies = ["/a", "/b", "/c", "/d", "/e"].map((p) => s.get(p).response);
    await s.until(() => s.admission.stats().waiting === 3);
    expect(s.started).toEqual(["/a", "/b"]);
    s.release("/b");
    await s.until(() => s.started.length === 3);
    expect(s.admission.stats()).toEqual({ active: 2, waiting: 2 });
    s.release("/a");
    s.release("/c");
    await s.until(() => s.started.length === 5);
    expect(s.started.slice(2)).toEqual(["/c", "/d", "/e"]);
    s.release("/d");
    s.release("/e");
    expect((await Promise.all(replies)).map((r) => r.body)).toEqual(["/a", "/b", "/c", "/d", "/e"].map((p) => `done ${p}`));
    expect(s.admission.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("answers 503 with Retry-After at once when the line is full, and build assets skip the line", async () => {
    const s = await serverWith({ concurrent: 1, queue: 1 });
    close = s.close;
    const first = s.get("/first").response;
    await s.until(() => s.started.length === 1);
    const second = s.get("/second").response;
    await s.until(() => s.admission.stats().waiting === 1);
    const refused = await s.get("/third").response;
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toMatch(/^\d+$/);
    expect(JSON.parse(refused.body).error).toMatch(/busy/);
    // Not queued, not started: the line is as it was.
    expect(s.admission.stats()).toEqual({ active: 1, waiting: 1 });
    expect(await s.get("/_next/static/chunk.js").response).toMatchObject({ status: 200, body: "asset" });
    // An import's progress stream stays open for the whole run: it does not take a render slot or wait for one.
    const stream = s.get("/api/imports/7/events").response;
    await s.until(() => s.started.includes("/api/imports/7/events"));
    expect(s.admission.stats()).toEqual({ active: 1, waiting: 1 });
    s.release("/api/imports/7/events");
    expect((await stream).body).toBe("done /api/imports/7/events");
    s.release("/first");
    await s.until(() => s.started.includes("/second"));
    s.release("/second");
    expect((await first).status).toBe(200);
    expect((await second).body).toBe("done /second");
    expect(s.started).not.toContain("/third");
  });

  it("frees the slot of a request whose client disconnects, and drops waiting requests whose client left", async () => {
    const s = await serverWith({ concurrent: 1, queue: 10 });
    close = s.close;
    const running = s.get("/running");
    running.response.catch(() => {});
    await s.until(() => s.started.length === 1);
    const leaving = s.get("/leaving");
    leaving.response.catch(() => {});
    const staying = s.get("/staying").response;
    await s.until(() => s.admission.stats().waiting === 2);
    leaving.request.destroy();
    await s.until(() => s.admission.stats().waiting === 1);
    // The running request's client goes away without an answer: its slot is freed, and the next in line starts.
    running.request.destroy();
    await s.until(() => s.started.includes("/staying"));
    expect(s.started).toEqual(["/running", "/staying"]);
    s.release("/staying");
    expect((await staying).body).toBe("done /staying");
  });
});

describe("isProgressStream", () => {
  it("is the events route of one import run, and nothing else", () => {
    for (const url of ["/api/imports/12/events", "/api/imports/12/events/", "/api/imports/12/events?x=1", "/api/imports/abc/events"]) expect(isProgressStream(url), url).toBe(true);
    for (const url of ["/api/imports/12", "/api/imports/upload", "/api/imports/12/events/more", "/api/imports//events", "/imports/12/events", "/api/imports/12/eventsx", undefined])
      expect(isProgressStream(url), String(url)).toBe(false);
  });
});
