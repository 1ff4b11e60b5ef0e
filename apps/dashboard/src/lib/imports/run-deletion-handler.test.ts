import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { createOwnedImportRun, createPgPool, importCorpus } from "@framewatch/db/import";
import { applyMigrations } from "@framewatch/db/migrate";
import { REPO_ROOT } from "@framewatch/db/paths";
import { getCorpusVersion } from "@framewatch/db/rollups";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import type { Role, SignedInUser } from "@/lib/auth/authorize";
import { readHistoryParams } from "./read-history-params";
import { MAX_BODY_BYTES, runDeletionHandler } from "./run-deletion-handler";

// The handler over a real PostgreSQL holding two import runs, with an authorize function that reads a test header
// the way the real one reads a session: signed out (401), a role below admin (403), or the signed-in user.
let stopPg: () => Promise<void>;
let prisma: PrismaClient;
let url: string;
let runId: number;
const CORPUS = path.join(REPO_ROOT, "data", "corpus");
const users: Record<Role, SignedInUser> = {
  viewer: { id: "u-viewer", email: "vi@example.org", name: "Vi Viewer", role: "viewer" },
  editor: { id: "u-editor", email: "ed@example.org", name: "Ed Editor", role: "editor" },
  admin: { id: "u-admin", email: "ana@example.org", name: "Ana Admin", role: "admin" },
};
let authorizeCalls = 0;
async function authorize(request: Request): Promise<SignedInUser | Response> {
  authorizeCalls += 1;
  const role = request.headers.get("x-test-role") as Role | null;
  if (!role) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (role !== "admin") return Response.json({ error: "Only an admin may do this." }, { status: 403 });
  return users[role];
}
const handler = () => runDeletionHandler({ prisma: () => prisma, authorize });

beforeAll(async () => {
  const pg = await startThrowawayPostgres();
  stopPg = pg.stop;
  url = await createScratchDatabase(pg, "deletion");
  await applyMigrations(url);
  prisma = createPrismaClient(url);
  const files = fs.readdirSync(CORPUS).sort().map((f) => path.join(CORPUS, f));
  runId = (await importCorpus(url, files.slice(0, 2))).runId;
  await importCorpus(url, files.slice(2, 3));
});

afterAll(async () => {
  await prisma?.$disconnect();
  await stopPg?.();
});

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
function post(id: string, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const request = new Request(`http://127.0.0.1/api/imports/${id}/deletion`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return handler().POST(request, ctx(id));
}
const asAdmin = { "x-test-role": "admin" };

async function articleCount() {
  return prisma.article.count();
}

describe("GET /api/imports/<id>/deletion", () => {
  it("states what goes, in numbers and words, for every reader", async () => {
    const res = await handler().GET(new Request(`http://127.0.0.1/api/imports/${runId}/deletion`), ctx(String(runId)));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { counts: { articles: number; claims: number; attacks: number; signals: number }; deletable: boolean; description: string };
    expect(body.counts.articles).toBe(2);
    expect(body.counts.articles).toBe(await prisma.article.count({ where: { importRunId: runId } }));
    expect(body.counts.signals).toBe(await prisma.framingSignal.count({ where: { article: { importRunId: runId } } }));
    expect(body.deletable).toBe(true);
    expect(body.description).toMatch(new RegExp(`Deletes the 2 articles import #${runId} added .*re-analysed included.*framing signals`));
  });

  it("answers 404 for runs that do not exist or ids that are not ids", async () => {
    for (const id of ["999999", "0", "-1", "abc", "99999999999", "1e3"]) {
      const res = await handler().GET(new Request(`http://127.0.0.1/api/imports/x/deletion`), ctx(id));
      expect(res.status, id).toBe(404);
    }
  });
});

describe("POST /api/imports/<id>/deletion", () => {
  it("asks authorize first: signed out 401, a viewer or editor 403, and nothing is read or deleted", async () => {
    const before = await articleCount();
    const calls = authorizeCalls;
    expect((await post(String(runId), JSON.stringify({ confirm: 2 }))).status).toBe(401);
    expect((await post(String(runId), JSON.stringify({ confirm: 2 }), { "x-test-role": "viewer" })).status).toBe(403);
    expect((await post(String(runId), JSON.stringify({ confirm: 2 }), { "x-test-role": "editor" })).status).toBe(403);
    // Refused before the id or the body is looked at.
    expect((await post("999999", "not json", {})).status).toBe(401);
    expect(authorizeCalls - calls).toBe(4);
    expect(await articleCount()).toBe(before);
  });

  it("refuses bodies that are not a confirmation (400, 413, 415), deleting nothing", async () => {
    const before = await articleCount();
    for (const body of ["", "{", "null", "[]", "2", '{"confirm": "2"}', '{"confirm": 2.5}', '{"confirm": -1}', '{"confirm": 2, "also": 1}', "{}"]) {
      const res = await post(String(runId), body, asAdmin);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/confirm/);
    }
    expect((await post(String(runId), JSON.stringify({ confirm: 2 }), { ...asAdmin, "content-type": "text/plain" })).status).toBe(415);
    expect((await post(String(runId), JSON.stringify({ confirm: 2, pad: "x".repeat(MAX_BODY_BYTES) }), asAdmin)).status).toBe(413);
    const endless = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 64; i++) c.enqueue(new Uint8Array(1024).fill(0x20));
        c.close();
      },
    });
    expect((await post(String(runId), endless, asAdmin)).status).toBe(413);
    expect(await articleCount()).toBe(before);
  });

  it("answers 409 with the current counts when the count changed or the run is still running", async () => {
    const before = await articleCount();
    const stale = await post(String(runId), JSON.stringify({ confirm: 3 }), asAdmin);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ reason: "stale", counts: { articles: 2 }, error: expect.stringMatching(/now has 2 articles, not 3: nothing was deleted/) });

    const pool = createPgPool(url, 1);
    try {
      const running = await createOwnedImportRun(pool, { label: "Ed Editor <ed@example.org>", userId: "u-editor" });
      try {
        const res = await post(String(running.runId), JSON.stringify({ confirm: 0 }), asAdmin);
        expect(res.status).toBe(409);
        expect(await res.json()).toMatchObject({ reason: "running", error: expect.stringMatching(/still running/) });
      } finally {
        await running.release();
      }
    } finally {
      await pool.end();
    }
    expect((await post("999999", JSON.stringify({ confirm: 0 }), asAdmin)).status).toBe(404);
    expect(await articleCount()).toBe(before);
  });

  it("deletes exactly what it stated for an admin, records who, and refuses a second time", async () => {
    const before = await articleCount();
    const version = await getCorpusVersion(prisma);
    const preview = (await (await handler().GET(new Request("http://127.0.0.1/"), ctx(String(runId)))).json()) as { counts: { articles: number } };
    const res = await post(String(runId), JSON.stringify({ confirm: preview.counts.articles }), asAdmin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { deleted: { articles: number }; run: { deleted: { by: string } } };
    expect(body.deleted).toEqual(preview.counts);
    expect(body.run.deleted.by).toBe("Ana Admin <ana@example.org>");
    expect(await articleCount()).toBe(before - preview.counts.articles);
    expect((await prisma.importRun.findUniqueOrThrow({ where: { id: runId } })).deletedById).toBe("u-admin");
    expect((await getCorpusVersion(prisma)).rollups).toBeGreaterThan(version.rollups);

    const again = await post(String(runId), JSON.stringify({ confirm: 0 }), asAdmin);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ reason: "deleted" });
    const after = (await (await handler().GET(new Request("http://127.0.0.1/"), ctx(String(runId)))).json()) as { deletable: boolean; refusal: { reason: string } };
    expect(after).toMatchObject({ deletable: false, refusal: { reason: "deleted" } });
  });
});

describe("readHistoryParams", () => {
  it("takes limit, cursor and (for one run) outcome, and names anything else", () => {
    const read = (q: string, outcome = true) => readHistoryParams(new URLSearchParams(q), outcome);
    expect(read("")).toEqual({ ok: true, page: { limit: 50, cursor: null }, outcome: null });
    expect(read("limit=200&outcome=failed&cursor=abc_-1")).toEqual({ ok: true, page: { limit: 200, cursor: "abc_-1" }, outcome: "failed" });
    expect(read("limit=201")).toMatchObject({ ok: false, status: 400, parameter: "limit" });
    expect(read("limit=0")).toMatchObject({ ok: false, parameter: "limit" });
    expect(read("cursor=%25%25")).toMatchObject({ ok: false, parameter: "cursor" });
    expect(read("outcome=lost")).toMatchObject({ ok: false, parameter: "outcome" });
    expect(read("outcome=failed&outcome=imported")).toMatchObject({ ok: false, parameter: "outcome" });
    expect(read("outcome=failed", false)).toMatchObject({ ok: false, parameter: "outcome" });
    expect(read("sort=newest")).toMatchObject({ ok: false, parameter: "sort" });
  });
});
