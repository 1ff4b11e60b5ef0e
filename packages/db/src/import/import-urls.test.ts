import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "../client";
import { createTestDatabase } from "../testing/create-test-database";
import { findFreePort } from "../testing/start-throwaway-postgres";
import { fetchUrlList } from "./fetch-url-list";
import { createPgPool } from "./create-pg-pool";
import { importCorpus } from "./import-corpus";
import { stageImportRun } from "./stage-import-run";
import { readUrlList } from "./read-url-list";
import { REPO_ROOT } from "../paths";

/**
 * `corpus import --urls` against local HTTP servers (node:http on loopback, random ports): no test touches the
 * internet. A known outlet's domain is served by resolving every host name to 127.0.0.1 in fetch's connection
 * pool (withHostsOnLoopback); everything else uses the servers' own 127.0.0.1 addresses.
 */

const paragraph = (n: number) =>
  `<p>Iraqi officials say about ${n} militants have regrouped in the desert west of Mosul, an army spokesman told reporters on Sunday. ` +
  `They move at night between caves in the valleys, and the army has asked for more drones to watch the area around them.</p>`;
const page = (title: string, n: number, extra = "") =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `${extra}${paragraph(n)}${paragraph(n + 1)}${paragraph(n + 2)}</article></body></html>`;

/** Short limits so the failures come fast: a request may take 1 s, a page 64 kB. */
const FETCH = { timeoutMs: 1_000, hostIntervalMs: 10, maxBytes: 64 * 1024 };

interface Hit {
  host: string;
  path: string;
  at: number;
  userAgent: string | undefined;
  hostHeader: string | undefined;
}

function startServer(host: string, hits: Hit[], handler: http.RequestListener): Promise<http.Server & { base: string }> {
  const server = http.createServer((req, res) => {
    hits.push({ host, path: req.url ?? "", at: Date.now(), userAgent: req.headers["user-agent"], hostHeader: req.headers.host });
    handler(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve(Object.assign(server, { base: `http://${host}:${(server.address() as AddressInfo).port}` }))),
  );
}

/**
 * Runs `body` with every host name fetch connects to resolved to 127.0.0.1, as an /etc/hosts entry would, so that
 * http://www.aljazeera.com:PORT/ reaches a local server with its real Host header. Node's fetch has no option
 * for this: the test swaps the connection pool undici keeps under its global-dispatcher symbol for another of the
 * same class with a lookup of its own, and puts the original back. If a Node upgrade moves that symbol, this fails
 * loudly (no pool found) rather than reaching the internet.
 */
async function withHostsOnLoopback<T>(body: () => Promise<T>): Promise<T> {
  const key = Symbol.for("undici.globalDispatcher.1");
  const slot = globalThis as unknown as Record<symbol, { constructor: new (options: object) => { close(): Promise<void> } } | undefined>;
  // The pool exists once fetch has run in this process.
  await fetch("data:text/plain,warm-up");
  const original = slot[key];
  if (!original) throw new Error("Node's fetch keeps no global dispatcher under undici.globalDispatcher.1: update withHostsOnLoopback");
  type Lookup = (host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => void;
  const lookup: Lookup = (_host, options, callback) =>
    options?.all ? callback(null, [{ address: "127.0.0.1", family: 4 }]) : callback(null, "127.0.0.1", 4);
  const mapped = new original.constructor({ connect: { lookup } });
  slot[key] = mapped as unknown as (typeof slot)[symbol];
  try {
    return await body();
  } finally {
    slot[key] = original;
    await mapped.close();
  }
}

describe("importCorpus with URL lists", () => {
  let prisma: PrismaClient;
  let url: string;
  let dir: string;
  let server: http.Server & { base: string };
  const hits: Hit[] = [];
  let hugeClosed: Promise<void> = Promise.resolve();
  const stalled: http.ServerResponse[] = [];

  beforeAll(async () => {
    ({ prisma, url } = await createTestDatabase("urls"));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-urls-"));
    server = await startServer("127.0.0.1", hits, (req, res) => {
      const html = (body: string | Buffer, type = "text/html; charset=utf-8") => res.writeHead(200, { "content-type": type }).end(body);
      switch (req.url) {
        case "/news/militants-regroup":
          return html(page("Militants regroup west of Mosul", 300));
        case "/news/latin-1":
          // No charset in the header: the page's <meta> says ISO-8859-1, and the é must survive.
          return html(Buffer.from(page("Le général parle de Mossoul", 400).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">'), "latin1"), "text/html");
        case "/old-address":
          return res.writeHead(301, { location: "/news/moved-here" }).end();
        case "/news/moved-here":
          return html(page("Army asks for drones over the valleys", 500));
        case "/slow-headers":
          stalled.push(res);
          return; // never answers
        case "/slow-body":
          stalled.push(res);
          res.writeHead(200, { "content-type": "text/html" }).write(`<html><body>${paragraph(1)}`);
          return; // never ends
        case "/huge": {
          // No Content-Length, no end: only the reader's limit stops it.
          res.writeHead(200, { "content-type": "text/html" });
          hugeClosed = new Promise((resolve) => res.on("close", resolve));
          const chunk = Buffer.from(paragraph(9).repeat(100));
          const pump = () => {
            while (!res.destroyed && res.write(chunk));
            if (!res.destroyed) res.once("drain", pump);
          };
          return pump();
        }
        case "/huge-declared":
          return res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 * 1024) }).end();
        case "/error":
          return res.writeHead(500, { "content-type": "text/plain" }).end("boom");
        case "/loop-a":
          return res.writeHead(302, { location: "/loop-b" }).end();
        case "/loop-b":
          return res.writeHead(302, { location: "/loop-a" }).end();
        case "/report.pdf":
          return html("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n", "application/pdf");
        case "/to-ftp":
          return res.writeHead(302, { location: "ftp://127.0.0.1/file.txt" }).end();
        default:
          return res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      }
    });
  });
  afterAll(async () => {
    for (const res of stalled) res.destroy();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await prisma?.$disconnect();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const article = (source: string) => prisma.article.findFirstOrThrow({ where: { source }, include: { outlet: true } });

  it("stores each page with its URL as source and supplied URL, reports each unreachable URL with its reason, and the rest go on", async () => {
    const refused = `http://127.0.0.1:${await findFreePort()}/news`;
    const list = path.join(dir, "urls.txt");
    const good = ["/news/militants-regroup", "/news/latin-1", "/old-address"].map((p) => server.base + p);
    const bad = ["/slow-headers", "/slow-body", "/huge", "/huge-declared", "/missing", "/error", "/loop-a", "/report.pdf", "/to-ftp"].map((p) => server.base + p);
    fs.writeFileSync(list, ["# pages for the test", "", ...good, "  ", "not a url", "ftp://127.0.0.1/file.txt", `https://example.org/${"x".repeat(70 * 1024)}`, ...bad, refused, "# the end"].join("\n"));

    const summary = await importCorpus(url, [], { cwd: dir, urlLists: ["urls.txt"], fetch: FETCH });
    const reasons = Object.fromEntries(summary.failures.map((f) => [f.source.replace(server.base, ""), f.reason]));
    expect(reasons).toEqual({
      "urls.txt:7": 'not a URL: "not a url" (one http:// or https:// URL per line)',
      "urls.txt:8": 'not fetched: "ftp://127.0.0.1/file.txt" is not http or https (ftp:)',
      "urls.txt:9": "line too long: over 64 KB, not a URL",
      "/slow-headers": "timed out after 1 s (FRAMEWATCH_URL_TIMEOUT_S)",
      "/slow-body": "timed out after 1 s while reading the page (FRAMEWATCH_URL_TIMEOUT_S)",
      "/huge": expect.stringMatching(/^too large: over the 0\.1 MB limit \(FRAMEWATCH_MAX_FILE_MB\); stopped reading after \d+ bytes$/),
      "/huge-declared": expect.stringMatching(/^too large: 10\.0 MB \(10485760 bytes\), over the 0\.1 MB limit \(FRAMEWATCH_MAX_FILE_MB/),
      "/missing": "HTTP 404 Not Found",
      "/error": "HTTP 500 Internal Server Error",
      "/loop-a": `redirect loop: back to ${server.base}/loop-a after 2 redirects`,
      "/report.pdf": "not a web page: Content-Type application/pdf (only HTML and plain text are read)",
      "/to-ftp": "redirected to a URL that is not http or https (ftp:): only web pages are fetched",
      [refused.replace(server.base, "")]: "connection refused",
    });
    expect(summary).toMatchObject({ imported: 3, unchanged: 0, failed: 13, total: 16 });
    // The endless body was dropped, not read to the end: the server saw its reader go.
    await hugeClosed;

    const first = await article(good[0]!);
    expect(first.title).toBe("Militants regroup west of Mosul");
    expect(first.supplied).toEqual({ url: good[0] });
    // No outlet in the page: the URL's host names it, as an unknown site's domain is shown.
    expect(first.outlet?.name).toBe("127.0.0.1");
    expect((await article(good[1]!)).title).toBe("Le général parle de Mossoul");
    // A redirect is followed; the page's own address is the one kept.
    const moved = await article(good[2]!);
    expect(moved.supplied).toEqual({ url: `${server.base}/news/moved-here` });
    expect(moved.title).toBe("Army asks for drones over the valleys");
    // Every request named Framewatch and its version.
    expect(new Set(hits.map((h) => h.userAgent))).toEqual(new Set([expect.stringMatching(/^Framewatch\/\d+\.\d+\.\d+ \(/)]));
  }, 60_000);

  it("names the outlet from a known domain in the URL (the host name resolved to this machine)", async () => {
    const port = new URL(server.base).port;
    const known = `http://www.aljazeera.com:${port}/news/militants-regroup`;
    const list = path.join(dir, "known.txt");
    fs.writeFileSync(list, `${known}\n`);
    const summary = await withHostsOnLoopback(() => importCorpus(url, [], { urlLists: [list], fetch: FETCH }));
    expect(summary).toMatchObject({ imported: 1, failed: 0 });
    expect(hits.at(-1)).toMatchObject({ path: "/news/militants-regroup", hostHeader: `www.aljazeera.com:${port}` });
    const stored = await article(known);
    expect(stored.supplied).toEqual({ url: known });
    expect(stored.outlet?.name).toBe("Al Jazeera");
  });

  it("reports the same unchanged pages unchanged when they are listed again, ", async () => {
    const list = path.join(dir, "again.txt");
    fs.writeFileSync(list, ["/news/militants-regroup", "/news/latin-1", "/old-address"].map((p) => server.base + p).join("\n"));
    expect(await importCorpus(url, [], { urlLists: [list], fetch: FETCH })).toMatchObject({ imported: 0, unchanged: 3, failed: 0 });
    expect(await prisma.article.count()).toBe(4);
  });

  it("reports a list that cannot be read, and one with no URL in it", async () => {
    const empty = path.join(dir, "comments.txt");
    fs.writeFileSync(empty, "# nothing yet\n\n   \n");
    const summary = await importCorpus(url, [], { urlLists: [path.join(dir, "missing.txt"), empty], fetch: FETCH });
    expect(summary.failures).toEqual([
      { source: path.join(dir, "missing.txt"), reason: "file not found" },
      { source: empty, reason: "no URLs: every line is blank or a # comment" },
    ]);
  });

  it("stops fetching at once when the import is interrupted (Ctrl-C), not when the page's time is up", async () => {
    const list = path.join(dir, "slow.txt");
    fs.writeFileSync(list, `${server.base}/slow-headers\n`);
    const pool = createPgPool(url, 2);
    const stop = new AbortController();
    const asked = hits.length;
    try {
      const staging = stageImportRun(pool, [], { urlLists: [list], fetch: { ...FETCH, timeoutMs: 120_000 }, signal: stop.signal });
      await vi.waitFor(() => expect(hits.length).toBeGreaterThan(asked));
      stop.abort();
      await expect(staging).rejects.toThrow(/aborted/);
    } finally {
      await pool.end();
    }
  }, 20_000);
});

describe("readUrlList", () => {
  it("reads the README's example list as its four URLs (comments and blank lines skipped)", async () => {
    const entries = [];
    for await (const e of readUrlList(path.join(REPO_ROOT, "docs/examples/urls.txt"), "urls.txt")) entries.push(e);
    expect(entries.map((e) => ("reason" in e ? e : e.url.hostname))).toEqual(["www.aljazeera.com", "www.rudaw.net", "www.bbc.co.uk", "apnews.com"]);
  });
});

describe("fetchUrlList's pace", () => {
  it("asks each host at most once per interval, while other hosts are asked meanwhile", async () => {
    const hits: Hit[] = [];
    const ok: http.RequestListener = (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("Army patrols found an empty hideout near Rutba.");
    // Two hosts on this machine: 127.0.0.1 and 127.0.0.2 are both loopback on Linux.
    const a = await startServer("127.0.0.1", hits, ok);
    const b = await startServer("127.0.0.2", hits, ok);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-pace-"));
    try {
      const list = path.join(dir, "list.txt");
      fs.writeFileSync(list, [`${a.base}/1`, `${a.base}/2`, `${a.base}/3`, `${b.base}/1`, `${b.base}/2`].join("\n"));
      const interval = 300;
      const results = [];
      for await (const r of fetchUrlList(list, list, { ...FETCH, hostIntervalMs: interval, concurrency: 2 })) results.push(r);
      expect(results.filter((r) => "reason" in r)).toEqual([]);
      expect(results).toHaveLength(5);
      const times = (host: string) => hits.filter((h) => h.host === host).map((h) => h.at);
      for (const host of ["127.0.0.1", "127.0.0.2"]) {
        const t = times(host);
        // Loosely: the server sees a request when it arrives, and the first one also waited for its connection.
        for (let i = 1; i < t.length; i++) expect(t[i]! - t[i - 1]!, `${host}: request ${i + 1} after request ${i}`).toBeGreaterThanOrEqual(interval * 0.7);
      }
      // Two slots, and the list names the first host three times first: the second host's first page still went before
      // the first host's second, because the next URL fetched is the one whose host is free, not the next line.
      expect(times("127.0.0.2")[0]).toBeLessThan(times("127.0.0.1")[1]!);
    } finally {
      for (const s of [a, b]) s.close().closeAllConnections();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
