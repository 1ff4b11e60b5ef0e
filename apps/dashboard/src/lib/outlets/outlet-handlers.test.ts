import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { importCorpus } from "@framewatch/db/import";
import { applyMigrations } from "@framewatch/db/migrate";
import { listOutlets } from "@framewatch/db/queries";
import { createScratchDatabase, makeTempDir, startThrowawayPostgres } from "@framewatch/db/testing";
import type { SignedInUser } from "@/lib/auth/authorize";
import { MAX_OUTLET_BODY_BYTES, outletHandlers } from "./outlet-handlers";

// The handlers over a real PostgreSQL holding six imported articles of three outlets.
let stopPg: () => Promise<void>;
let prisma: PrismaClient;
let dir: string;
const ids: Record<string, number> = {};

/**
 * Stands in for authorizeWrite(request, "admin") until accounts land: the
 * role comes from a test header; none is 401, a lower one 403, as the real
 * one answers.
 */
async function authorize(request: Request): Promise<SignedInUser | Response> {
  const role = request.headers.get("x-test-role");
  if (!role) return Response.json({ error: "Sign in to change outlets." }, { status: 401 });
  if (role !== "admin") return Response.json({ error: "Only admins may change outlets." }, { status: 403 });
  return { id: "u1", email: "ada@example.org", name: "Ada Admin", role: "admin" };
}
const handlers = outletHandlers({ prisma: () => prisma, authorize });

const prose = (n: number) => `About ${n} ISIS fighters remain in the desert west of Kirkuk, an Iraqi army spokesman said on Sunday. A roadside bomb struck a convoy near Hawija.`;

beforeAll(async () => {
  const pg = await startThrowawayPostgres();
  stopPg = pg.stop;
  const url = await createScratchDatabase(pg, "outlethandlers");
  await applyMigrations(url);
  prisma = createPrismaClient(url);
  dir = makeTempDir("framewatch-outlet-handlers-");
  const outlets = ["Tigris Ledger", "tigrisledger.example", "Euphrates Daily", "Euphrates Daily", "Euphrates Daily", "Tigris Ledger"];
  fs.writeFileSync(path.join(dir, "feed.jsonl"), outlets.map((outlet, i) => JSON.stringify({ text: prose(100 + i), outlet })).join("\n"));
  expect(await importCorpus(url, [path.join(dir, "feed.jsonl")])).toMatchObject({ imported: 6 });
  for (const o of await prisma.outlet.findMany()) ids[o.name] = o.id;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await stopPg?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = { "x-test-role": "admin" }) =>
  new Request("http://localhost/api/outlets/x", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** Outlets, their aliases and every article's outlet: what a refusal must leave as it was. */
const snapshot = async () => ({
  outlets: await prisma.outlet.findMany({ orderBy: { id: "asc" }, include: { aliases: { select: { name: true } } } }),
  articles: await prisma.article.findMany({ orderBy: { id: "asc" }, select: { id: true, outletId: true, outletEvidence: true } }),
});

async function expectRefused(answer: Promise<Response>, status: number, error: RegExp, extra: Record<string, unknown> = {}) {
  const before = await snapshot();
  const res = await answer;
  const body = (await res.json()) as Record<string, unknown>;
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(String(body.error)).toMatch(error);
  expect(body).toMatchObject(extra);
  expect(await snapshot()).toEqual(before);
}

describe("POST /api/outlets/<id> (rename)", () => {
  it("asks for authorization before anything else: 401 signed out, 403 below admin, even with a bad body", async () => {
    await expectRefused(handlers.rename(post("{", {}), String(ids["Euphrates Daily"])), 401, /Sign in/);
    await expectRefused(handlers.rename(post({ name: "X" }, { "x-test-role": "editor" }), String(ids["Euphrates Daily"])), 403, /Only admins/);
  });

  it("answers 400, 404, 413, 415 and 409 to bad requests, changing nothing", async () => {
    const id = String(ids["Euphrates Daily"]);
    await expectRefused(handlers.rename(post("{"), id), 400, /Body must be JSON/, { parameter: "body" });
    await expectRefused(handlers.rename(post("[]"), id), 400, /JSON object/, { parameter: "body" });
    await expectRefused(handlers.rename(post({ title: "X" }), id), 400, /new name as text/, { parameter: "name" });
    await expectRefused(handlers.rename(post({ name: 42 }), id), 400, /new name as text/);
    await expectRefused(handlers.rename(post({ name: "   " }), id), 400, /empty/, { reason: "invalid-name" });
    await expectRefused(handlers.rename(post({ name: "a\nb" }), id), 400, /control characters/, { reason: "invalid-name" });
    await expectRefused(handlers.rename(post({ name: "x".repeat(201) }), id), 400, /at most 200/);
    await expectRefused(handlers.rename(post({ name: "X" }), "999999"), 404, /no outlet #999999/, { reason: "unknown-outlet" });
    await expectRefused(handlers.rename(post({ name: "X" }), "abc"), 404, /No outlet abc/, { parameter: "id" });
    await expectRefused(handlers.rename(post({ name: "x".repeat(MAX_OUTLET_BODY_BYTES) }), id), 413, /too large/);
    const form = new Request("http://localhost/api/outlets/1", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-test-role": "admin" }, body: "name=X" });
    await expectRefused(handlers.rename(form, id), 415, /application\/json/);
    await expectRefused(handlers.rename(post({ name: "TIGRIS LEDGER" }), id), 409, /already named "Tigris Ledger".*merge "Euphrates Daily" into "Tigris Ledger" instead/, {
      reason: "name-taken",
      holder: { id: ids["Tigris Ledger"], name: "Tigris Ledger" },
    });
  });

  it("renames, and the outlet list shows the new name", async () => {
    const res = await handlers.rename(post({ name: "  The Euphrates Daily " }), String(ids["Euphrates Daily"]));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ outlet: { id: ids["Euphrates Daily"], name: "The Euphrates Daily" }, previousName: "Euphrates Daily", changed: true });
    expect((await listOutlets(prisma)).map((o) => o.name)).toContain("The Euphrates Daily");
  });
});

describe("POST /api/outlets/merge", () => {
  const merge = (body: unknown, headers?: Record<string, string>) => handlers.merge(post(body, headers));

  it("answers 401/403 first, 400 to bad bodies, 400 to a merge into itself, 404 to an unknown outlet, changing nothing", async () => {
    const from = ids["tigrisledger.example"]!;
    const into = ids["Tigris Ledger"]!;
    await expectRefused(merge({ from, into, confirm: 1 }, {}), 401, /Sign in/);
    await expectRefused(merge({ from, into, confirm: 1 }, { "x-test-role": "viewer" }), 403, /Only admins/);
    await expectRefused(merge("nope"), 400, /Body must be JSON/);
    await expectRefused(merge(null), 400, /JSON object/);
    await expectRefused(merge({ into, confirm: 1 }), 400, /"from" must be an outlet id/, { parameter: "from" });
    await expectRefused(merge({ from: String(from), into, confirm: 1 }), 400, /"from" must be an outlet id/);
    await expectRefused(merge({ from, into: 1.5, confirm: 1 }), 400, /"into" must be an outlet id/, { parameter: "into" });
    await expectRefused(merge({ from, into }), 400, /"confirm" must be the number of articles/, { parameter: "confirm" });
    await expectRefused(merge({ from, into, confirm: -1 }), 400, /"confirm"/);
    await expectRefused(merge({ from, into, confirm: "1" }), 400, /"confirm"/);
    await expectRefused(merge({ from, into: from, confirm: 1 }), 400, /same outlet/, { reason: "same-outlet" });
    await expectRefused(merge({ from, into: 999_999, confirm: 1 }), 404, /no outlet #999999/, { reason: "unknown-outlet" });
  });

  it("answers 409 when the confirmed count is stale, then merges with the current one: the outlet lists show one outlet", async () => {
    const from = ids["tigrisledger.example"]!;
    const into = ids["Tigris Ledger"]!;
    await expectRefused(merge({ from, into, confirm: 2 }), 409, /has 1 article now, not the 2 confirmed/, { reason: "stale" });
    const res = await merge({ from, into, confirm: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ from: { id: from, name: "tigrisledger.example" }, into: { id: into, name: "Tigris Ledger" }, articles: 1, aliases: ["tigrisledger.example"] });
    expect((await listOutlets(prisma)).map((o) => [o.name, o.articles]).sort()).toEqual([
      ["The Euphrates Daily", 3],
      ["Tigris Ledger", 3],
    ]);
    // Merging again is an unknown outlet now, not a second move.
    await expectRefused(merge({ from, into, confirm: 1 }), 404, /no outlet #/);
  });
});
