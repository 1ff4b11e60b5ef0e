import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { importCorpus } from "@framewatch/db/import";
import { applyMigrations } from "@framewatch/db/migrate";
import { REPO_ROOT } from "@framewatch/db/paths";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import type { Role, SignedInUser } from "@/lib/auth/authorize";
import { articleHistoryHandler } from "./article-history-handler";
import { articleReviewHandler } from "./article-review-handler";
import { MAX_REVIEW_BODY_BYTES, recordReviewHandler } from "./record-review-handler";

// The handlers over a real PostgreSQL holding one article, with an authorize function that reads a test header the
// way the real one (authorizeWrite(request, "editor")) reads a session: signed out 401, a viewer 403, an editor passes.
let stopPg: () => Promise<void>;
let prisma: PrismaClient;
let articleId: number;
let claimIds: number[];
const CORPUS = path.join(REPO_ROOT, "data", "corpus");
const users: Record<Role, SignedInUser> = {
  viewer: { id: "u-viewer", email: "vi@example.org", name: "Vi Viewer", role: "viewer" },
  editor: { id: "u-editor", email: "ed@example.org", name: "Ed Editor", role: "editor" },
  admin: { id: "u-admin", email: "ana@example.org", name: "Ana Admin", role: "admin" },
};
async function authorize(request: Request): Promise<SignedInUser | Response> {
  const role = request.headers.get("x-test-role") as Role | null;
  if (!role) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (role === "viewer") return Response.json({ error: "Only an editor may do this." }, { status: 403 });
  return users[role];
}

beforeAll(async () => {
  const pg = await startThrowawayPostgres();
  stopPg = pg.stop;
  const url = await createScratchDatabase(pg, "review");
  await applyMigrations(url);
  prisma = createPrismaClient(url);
  const files = fs.readdirSync(CORPUS).sort().map((f) => path.join(CORPUS, f));
  await importCorpus(url, files.slice(0, 2));
  const article = await prisma.article.findFirstOrThrow({ where: { claims: { some: {} } }, orderBy: { id: "asc" }, include: { claims: { orderBy: { ordinal: "asc" } } } });
  articleId = article.id;
  claimIds = article.claims.map((c) => c.id);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await stopPg?.();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  recordReviewHandler({ prisma: () => prisma, authorize })(
    new Request("http://127.0.0.1/api/reviews", { method: "POST", headers: { "content-type": "application/json", ...headers }, body }),
  );
const review = (id: string, query = "") => articleReviewHandler({ prisma: () => prisma })(new Request(`http://127.0.0.1/api/articles/${id}/review${query}`), { params: Promise.resolve({ id }) });
const history = (id: string, query = "") => articleHistoryHandler({ prisma: () => prisma })(new Request(`http://127.0.0.1/api/articles/${id}/history${query}`), { params: Promise.resolve({ id }) });
const accept = (claimId: number, basedOn: number | null = null) => JSON.stringify({ articleId, kind: "claim", action: "accept", factId: claimId, basedOn });
const asEditor = { "x-test-role": "editor" };

describe("POST /api/reviews", () => {
  it("refuses the signed out (401) and viewers (403) and records nothing", async () => {
    expect((await post(accept(claimIds[0]!))).status).toBe(401);
    expect((await post(accept(claimIds[0]!), { "x-test-role": "viewer" })).status).toBe(403);
    expect(await prisma.reviewDecision.count()).toBe(0);
  });

  it("records an editor's decision (201) with their name, and answers 409 to a decision based on an old state", async () => {
    const res = await post(accept(claimIds[0]!), asEditor);
    expect(res.status).toBe(201);
    const { decision } = (await res.json()) as { decision: { id: number; user: { name: string }; action: string } };
    expect(decision).toMatchObject({ action: "accept", user: { name: "Ed Editor", id: "u-editor" } });
    expect(JSON.stringify(decision)).not.toContain("ed@example.org");
    const stale = await post(JSON.stringify({ articleId, kind: "claim", action: "reject", reason: "duplicate", factId: claimIds[0], basedOn: null }), asEditor);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ reason: "stale", current: { id: decision.id } });
    const next = await post(JSON.stringify({ articleId, kind: "claim", action: "reject", reason: "duplicate", factId: claimIds[0], basedOn: decision.id }), asEditor);
    expect(next.status).toBe(201);
    expect(await prisma.reviewDecision.count()).toBe(2);
  });

  it("answers 400, 404, 413 and 415 with the reason, and stores nothing", async () => {
    const before = await prisma.reviewDecision.count();
    const cases: [string, number, Record<string, string>?][] = [
      ["{", 400],
      ["[]", 400],
      [JSON.stringify({ articleId, kind: "claim", action: "accept", factId: claimIds[1] }), 400],
      [JSON.stringify({ articleId, kind: "claim", action: "accept", factId: claimIds[1], basedOn: null, admin: true }), 400],
      [JSON.stringify({ articleId, kind: "claim", action: "reject", factId: claimIds[1], basedOn: null, reason: "meh" }), 400],
      [JSON.stringify({ articleId, kind: "claim", action: "correct", factId: claimIds[1], basedOn: null, fields: { claimantType: "aliens" } }), 400],
      [JSON.stringify({ articleId: 987_654, kind: "claim", action: "accept", factId: claimIds[1], basedOn: null }), 404],
      [JSON.stringify({ articleId, kind: "claim", action: "accept", factId: claimIds[1], basedOn: null, note: "x".repeat(MAX_REVIEW_BODY_BYTES) }), 413],
      [accept(claimIds[1]!), 415, { "content-type": "text/plain" }],
    ];
    for (const [body, status, headers] of cases) {
      const res = await post(body, { ...asEditor, ...headers });
      expect(res.status, body.slice(0, 120)).toBe(status);
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(10);
    }
    // An added claim's unit is one of the contract's: anything else is refused naming the fields and the unit.
    const c = await prisma.fighterClaim.findUniqueOrThrow({ where: { id: claimIds[1]! } });
    const anchor = { section: c.section, sentenceStart: c.sentenceStart, sentenceEnd: c.sentenceEnd, anchorStart: c.quantityStart, anchorEnd: c.quantityEnd };
    const fields = { low: 5, high: 5, qualifier: "exact", claimant: "x", claimantType: "un", refersTo: "killed" };
    for (const unit of ["share", null]) {
      const res = await post(JSON.stringify({ articleId, kind: "claim", action: "add", basedOn: null, fields: { ...fields, unit }, anchor }), asEditor);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ parameter: "fields", error: "unit must be one of people, percent." });
    }
    expect(await prisma.reviewDecision.count()).toBe(before);
  });
});

describe("GET /api/articles/<id>/review and /history", () => {
  it("shows every reader the facts with their state, and the history newest first with the editor's name", async () => {
    const res = await review(String(articleId));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { claims: { factId: number; status: string; decision: { user: { name: string } } | null; confidence: number }[] };
    expect(body.claims.find((c) => c.factId === claimIds[0])).toMatchObject({ status: "rejected", decision: { user: { name: "Ed Editor" } } });
    expect(body.claims.filter((c) => c.status === "unreviewed")).toHaveLength(claimIds.length - 1);

    const page1 = (await (await history(String(articleId), "?limit=1")).json()) as { items: { action: string; user: { name: string } }[]; next: number };
    expect(page1.items).toMatchObject([{ action: "reject", user: { name: "Ed Editor" } }]);
    const page2 = (await (await history(String(articleId), `?limit=1&before=${page1.next}`)).json()) as { items: { action: string }[]; next: number | null };
    expect(page2).toMatchObject({ items: [{ action: "accept" }], next: null });
  });

  it("answers 404 for unknown articles and 400 for unknown or bad parameters", async () => {
    expect((await review("987654")).status).toBe(404);
    expect((await review("abc")).status).toBe(404);
    expect((await review(String(articleId), "?x=1")).status).toBe(400);
    expect((await history("987654")).status).toBe(404);
    expect((await history(String(articleId), "?limit=0")).status).toBe(400);
    expect((await history(String(articleId), "?before=x")).status).toBe(400);
    expect((await history(String(articleId), "?cursor=1")).status).toBe(400);
  });
});
