import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { createPgPool, drainImportQueue, prepareImportQueue } from "@framewatch/db/import";
import { applyMigrations } from "@framewatch/db/migrate";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import type { SignedInUser } from "@/lib/auth/authorize";
import { createImportEventsHandler, type FileOutcome, type RunProgress, type RunSummary } from "./import-events-handler";
import { createUploadHandler, type UploadHandlerOptions } from "./upload-handler";

// The handlers as the routes call them, on Request objects with real multipart bodies, over a real PostgreSQL.
let stopPg: () => Promise<void>;
let url: string;
let prisma: PrismaClient;
let pool: ReturnType<typeof createPgPool>;
let pageServer: http.Server & { base: string };
const pageHits: string[] = [];
const handlers: ReturnType<typeof createUploadHandler>[] = [];

const EDITOR: SignedInUser = { id: "user-ana", email: "ana@example.org", name: "Ana Editor", role: "editor" };
const MAX_FILE = 64 * 1024;
const MAX_TOTAL = 256 * 1024;

/** A real authorize: the editor when the request carries her test cookie, otherwise 401 as the accounts module answers. */
async function authorize(request: Request): Promise<SignedInUser | Response> {
  return request.headers.get("cookie") === "session=ana" ? EDITOR : Response.json({ error: "Sign in to import." }, { status: 401 });
}

function handler(overrides: Partial<UploadHandlerOptions> = {}) {
  const h = createUploadHandler({
    authorize,
    pool: () => pool,
    maxFileBytes: MAX_FILE,
    maxTotalBytes: MAX_TOTAL,
    allowPrivateUrls: false,
    fetch: { hostIntervalMs: 0, timeoutMs: 5_000 },
    watchIntervalMs: 50,
    ...overrides,
  });
  handlers.push(h);
  return h;
}

function upload(form: FormData, headers: Record<string, string> = { cookie: "session=ana" }): Request {
  return new Request("http://127.0.0.1:3000/api/imports/upload", { method: "POST", body: form, headers });
}

function form(files: { name: string; text: string; options?: object | null }[], urls?: string): FormData {
  const f = new FormData();
  for (const file of files) f.append("files", new File([file.text], file.name));
  if (files.some((file) => file.options !== undefined)) f.append("options", JSON.stringify(files.map((file) => file.options ?? null)));
  if (urls !== undefined) f.append("urls", urls);
  return f;
}

const uploadDirs = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith("framewatch-upload-"));

async function runCount() {
  return prisma.importRun.count();
}

const article = (n: number, what = "fighters") =>
  `About ${100 + n} ${what} remain in the desert west of Kirkuk, an Iraqi army spokesman told reporters on Sunday (${n}).`;

beforeAll(async () => {
  const pg = await startThrowawayPostgres();
  stopPg = pg.stop;
  url = await createScratchDatabase(pg, "upload");
  await applyMigrations(url);
  prisma = createPrismaClient(url);
  pool = createPgPool(url, 4);
  await prepareImportQueue(pool);
  pageServer = await new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      pageHits.push(req.url ?? "");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><head><title>Local page</title></head><body><article><p>${article(7, "militants")}</p></article></body></html>`);
    });
    s.listen(0, "127.0.0.1", () => resolve(Object.assign(s, { base: `http://127.0.0.1:${(s.address() as AddressInfo).port}` })));
  });
});

afterAll(async () => {
  for (const h of handlers) await h.idle();
  pageServer?.close();
  await pool?.end();
  await prisma?.$disconnect();
  await stopPg?.();
});

let dirsBefore: string[];
beforeEach(() => {
  dirsBefore = uploadDirs();
});

/** Every temporary folder an upload made is gone once it answered. */
function expectNoTempLeft() {
  expect(uploadDirs().filter((d) => !dirsBefore.includes(d))).toEqual([]);
}

/** Reads an SSE response whole: its events in order. */
async function readEvents(res: Response): Promise<{ event: string; data: unknown }[]> {
  const text = await res.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const event = /^event: (.+)$/mu.exec(block)?.[1] ?? "message";
      const data = /^data: (.+)$/mu.exec(block)?.[1] ?? "null";
      return { event, data: JSON.parse(data) as unknown };
    });
}

describe("POST /api/imports/upload", () => {
  it("imports a CSV with a mapped text column and a news-please JSONL file, with their outlets and dates, started by the editor", async () => {
    const csv = `Headline,Story,Paper,Day\n"Fighters regroup, officials say","${article(1)}",The Baghdad Post,2017-03-02\nSecond report,"${article(2)}",The Baghdad Post,2017-03-04\n`;
    const jsonl = [
      { title: "Kirkuk update", maintext: article(3), date_publish: "2017-05-01 08:00:00", source_domain: "www.rudaw.net", outlet: "Rudaw", authors: ["Ann Reporter"] },
      { title: "Another update", maintext: article(4), date_publish: "2017-05-02", outlet: "The Erbil Ledger" },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n");
    const res = await handler()(
      upload(
        form([
          { name: "feed.csv", text: csv, options: { map: { text: "Story", outlet: "Paper", published: "Day" } } },
          { name: "news.jsonl", text: jsonl },
        ]),
      ),
    );
    expect(res.status).toBe(202);
    const { runId, total } = (await res.json()) as { runId: number; total: number };
    expect(total).toBe(4);
    expectNoTempLeft();
    await drainImportQueue(url);

    const run = await prisma.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ startedBy: "Ana Editor <ana@example.org>", startedById: "user-ana", imported: 4, failed: 0 });
    expect(run.finishedAt).not.toBeNull();
    const articles = await prisma.article.findMany({ where: { importRunId: runId }, include: { outlet: true }, orderBy: { source: "asc" } });
    expect(articles.map((a) => [a.source, a.title, a.outlet?.name, a.publishedDate])).toEqual([
      ["feed.csv:row 2", "Fighters regroup, officials say", "The Baghdad Post", "2017-03-02"],
      ["feed.csv:row 3", "Second report", "The Baghdad Post", "2017-03-04"],
      ["news.jsonl:1", "Kirkuk update", "Rudaw", "2017-05-01"],
      ["news.jsonl:2", "Another update", "The Erbil Ledger", "2017-05-02"],
    ]);
    expect(articles[2]!.byline).toBe("Ann Reporter");
  });

  it("reports a malformed CSV row with its line and imports the rest", async () => {
    const csv = `text,outlet\n"${article(11)}",Rudaw\n"${article(12)}",Rudaw,extra field\n"${article(13)}",Rudaw\n`;
    const res = await handler()(upload(form([{ name: "mixed.csv", text: csv }])));
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: number };
    await drainImportQueue(url);
    const run = await prisma.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ imported: 2, failed: 1 });
    expect(run.failures).toEqual([{ source: "mixed.csv:line 3", reason: "malformed CSV record: its number of fields differs from the header's" }]);
  });

  it("refuses too large an upload with 413 before anything is stored", async () => {
    const before = await runCount();
    const h = handler();
    // One file over the per-file limit, next to a good one.
    const big = await h(upload(form([{ name: "ok.csv", text: `text\n"${article(21)}"\n` }, { name: "huge.jsonl", text: "x".repeat(MAX_FILE + 1) }])));
    expect(big.status).toBe(413);
    expect(big.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await big.json()) as { error: string }).error).toMatch(/^"huge\.jsonl" is too large: .* over the 0\.1 MB limit per file \(FRAMEWATCH_MAX_FILE_MB\)/);
    // The whole body over the total, declared...
    const declared = new Request("http://127.0.0.1:3000/api/imports/upload", {
      method: "POST",
      headers: { cookie: "session=ana", "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_TOTAL + 1) },
      body: "--x--",
    });
    const r2 = await h(declared);
    expect(r2.status).toBe(413);
    expect(((await r2.json()) as { error: string }).error).toMatch(/^Upload too large: at most 0\.3 MB in one upload \(FRAMEWATCH_UPLOAD_MAX_MB\)/);
    // ...or sent without a length (chunked): counted as it arrives.
    const files = form(Array.from({ length: 5 }, (_, i) => ({ name: `part${i}.txt`, text: "y".repeat(60 * 1024) })));
    const bytes = new Uint8Array(await new Request("http://x/", { method: "POST", body: files }).arrayBuffer());
    const type = new Request("http://x/", { method: "POST", body: files }).headers.get("content-type")!;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 16 * 1024) c.enqueue(bytes.slice(i, i + 16 * 1024));
        c.close();
      },
    });
    const chunked = new Request("http://127.0.0.1:3000/api/imports/upload", { method: "POST", headers: { cookie: "session=ana", "content-type": type }, body: stream, duplex: "half" } as RequestInit);
    expect((await h(chunked)).status).toBe(413);
    expect(await runCount()).toBe(before);
    expectNoTempLeft();
  });

  it("refuses the signed-out (the authorize answer, first), a body that is not multipart, bad options and an empty upload", async () => {
    const before = await runCount();
    const h = handler();
    const signedOut = await h(upload(form([{ name: "a.txt", text: article(31) }]), {}));
    expect(signedOut.status).toBe(401);
    const notMultipart = await h(new Request("http://127.0.0.1:3000/api/imports/upload", { method: "POST", headers: { cookie: "session=ana", "content-type": "application/json" }, body: "{}" }));
    expect(notMultipart.status).toBe(415);
    const badFormat = await h(upload(form([{ name: "a.csv", text: "text\nx\n", options: { format: "exe" } }])));
    expect(badFormat.status).toBe(400);
    expect(((await badFormat.json()) as { error: string }).error).toMatch(/^Bad options for file 1: format:/);
    const badField = await h(upload(form([{ name: "a.csv", text: "text\nx\n", options: { map: { colour: "x" } } }])));
    expect(badField.status).toBe(400);
    const empty = await h(upload(form([], "  \n# only a comment\n")));
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toBe("Nothing to import: add files or paste URLs.");
    expect(await runCount()).toBe(before);
    expectNoTempLeft();
  });

  it("keeps uploaded names inside its temporary folder: traversal and odd names become plain, unique file names", async () => {
    const outside = path.join(os.tmpdir(), "evil-upload-target.txt");
    fs.rmSync(outside, { force: true });
    const res = await handler()(
      upload(
        form([
          { name: "../../evil-upload-target.txt", text: article(41) },
          { name: "..\\..\\evil-upload-target.txt", text: article(42) },
          { name: "..", text: article(43) },
          { name: "pasted URLs", text: article(44) },
        ]),
      ),
    );
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: number };
    expect(fs.existsSync(outside)).toBe(false);
    expectNoTempLeft();
    await drainImportQueue(url);
    const sources = (await prisma.article.findMany({ where: { importRunId: runId }, select: { source: true } })).map((a) => a.source).sort();
    expect(sources).toEqual(["evil-upload-target (2).txt", "evil-upload-target.txt", "pasted URLs (2)", "upload"]);
  });

  it("refuses pasted URLs on this machine unless FRAMEWATCH_URL_ALLOW_PRIVATE allows them (SSRF)", async () => {
    const refusedRes = await handler()(upload(form([], `${pageServer.base}/a\nhttp://localhost:${new URL(pageServer.base).port}/b\nnot a url\n`)));
    expect(refusedRes.status).toBe(202);
    const refused = (await refusedRes.json()) as { runId: number };
    await drainImportQueue(url);
    const run = await prisma.importRun.findUniqueOrThrow({ where: { id: refused.runId } });
    expect(run).toMatchObject({ imported: 0, failed: 3 });
    const reasons = (run.failures as { source: string; reason: string }[]).map((f) => `${f.source}: ${f.reason}`).sort();
    expect(reasons[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/a: refused: 127\.0\.0\.1, a loopback/);
    expect(reasons[1]).toMatch(/^http:\/\/localhost:\d+\/b: refused: localhost resolves to/);
    expect(reasons[2]).toMatch(/^pasted URLs:3: /);
    expect(pageHits).toEqual([]);

    const allowedRes = await handler({ allowPrivateUrls: true })(upload(form([], `${pageServer.base}/a\n`)));
    const allowed = (await allowedRes.json()) as { runId: number };
    await drainImportQueue(url);
    expect(await prisma.importRun.findUniqueOrThrow({ where: { id: allowed.runId } })).toMatchObject({ imported: 1, failed: 0 });
    expect(pageHits).toEqual(["/a"]);
    const stored = await prisma.article.findFirstOrThrow({ where: { importRunId: allowed.runId } });
    expect(stored.source).toBe(`${pageServer.base}/a`);
  });
});

describe("GET /api/imports/[id]/events", () => {
  const events = createImportEventsHandler({ pool: () => pool, intervalMs: 50 });
  const get = (id: string, signal?: AbortSignal) => events(new Request(`http://127.0.0.1:3000/api/imports/${id}/events`, { signal }), id);

  it("streams progress and each file's outcome as the queue works, and ends with the summary", async () => {
    const csv = `text,outlet\n"${article(51)}",Rudaw\n"${article(52)}",Rudaw,oops\n"${article(53)}",Rudaw\n`;
    const res = await handler()(upload(form([{ name: "stream.csv", text: csv }, { name: "loose.txt", text: article(54) }])));
    const { runId } = (await res.json()) as { runId: number };
    const stream = await get(String(runId));
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    // The stream is read while the queue is drained: it ends by itself once the run has finished.
    const [received] = await Promise.all([readEvents(stream), drainImportQueue(url)]);
    const last = received.at(-1)!;
    expect(last.event).toBe("summary");
    expect(last.data as RunSummary).toMatchObject({ runId, interrupted: false, total: 4, imported: 3, failed: 1, failures: [{ source: "stream.csv:line 3" }] });
    const progress = received.filter((e) => e.event === "progress").map((e) => e.data as RunProgress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ total: 4, done: 4, staged: true });
    const outcomes = received.filter((e) => e.event === "files").flatMap((e) => e.data as FileOutcome[]);
    // Every file once: the failure streamed with its reason, each import with its article.
    expect(outcomes.map((o) => o.source).sort()).toEqual(["loose.txt", "stream.csv:line 3", "stream.csv:row 2", "stream.csv:row 4"]);
    for (const o of outcomes) {
      if (o.status === "failed") expect(o).toMatchObject({ reason: "malformed CSV record: its number of fields differs from the header's", articleId: null });
      else expect(await prisma.article.findUniqueOrThrow({ where: { id: o.articleId! } })).toMatchObject({ source: o.source, importRunId: runId });
    }
  });

  it("lists at most maxOutcomes outcomes per stream and says how many more the run's page has", async () => {
    const { id, total } = await prisma.importRun.findFirstOrThrow({ where: { finishedAt: { not: null }, total: { gte: 4 } }, orderBy: { id: "asc" } });
    const capped = createImportEventsHandler({ pool: () => pool, intervalMs: 50, maxOutcomes: 2 });
    const received = await readEvents(await capped(new Request(`http://127.0.0.1:3000/api/imports/${id}/events`), String(id)));
    expect(received.filter((e) => e.event === "files").flatMap((e) => e.data as FileOutcome[])).toHaveLength(2);
    const summary = received.at(-1)!.data as RunSummary;
    expect(summary).toMatchObject({ total, unlisted: total - 2 });
    expect(summary.failures.length).toBeLessThanOrEqual(2);
  });

  it("answers a finished run's summary at once, 404 for a run that does not exist, 400 for an id that is not one", async () => {
    const { id } = await prisma.importRun.findFirstOrThrow({ where: { finishedAt: { not: null } }, orderBy: { id: "asc" } });
    const received = await readEvents(await get(String(id)));
    expect(received.map((e) => e.event)).toEqual(["progress", "files", "summary"]);
    // A run watched only after it finished still lists every import and every failure (its staging rows are gone).
    const mixed = await prisma.importRun.findFirstOrThrow({ where: { finishedAt: { not: null }, failed: { gt: 0 }, imported: { gt: 0 } }, orderBy: { id: "asc" } });
    const late = (await readEvents(await get(String(mixed.id)))).filter((e) => e.event === "files").flatMap((e) => e.data as FileOutcome[]);
    expect(late.filter((o) => o.status === "imported")).toHaveLength(mixed.imported);
    expect(late.filter((o) => o.status === "failed").map(({ source, reason }) => ({ source, reason }))).toEqual(mixed.failures);
    expect((await get("999999")).status).toBe(404);
    for (const bad of ["0", "-1", "abc", "1e3", "99999999999"]) expect((await get(bad)).status, bad).toBe(400);
  });

  it("stops polling when the client goes away", async () => {
    // A run that never finishes by itself: staged but not drained.
    const res = await handler()(upload(form([{ name: "waiting.txt", text: article(61) }])));
    const { runId } = (await res.json()) as { runId: number };
    const client = new AbortController();
    const stream = await get(String(runId), client.signal);
    const reader = stream.body!.getReader();
    await reader.read();
    client.abort();
    // The stream closes by itself: the handler noticed and stopped.
    for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) break;
    await drainImportQueue(url);
  });
});
