import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { importCorpus } from "@framewatch/db/import";
import { applyMigrations } from "@framewatch/db/migrate";
import { REPO_ROOT } from "@framewatch/db/paths";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import pgDriver from "pg";
import { addUser, createAuth, type Auth } from "@framewatch/auth";
import { createAuthorizer } from "@/lib/auth/create-authorizer";
import { RateLimiter } from "@/lib/http/rate-limiter";
import { MAX_STATE_LENGTH } from "./create-short-link";
import { MAX_BODY_BYTES, shortLinksHandler } from "./short-links-handler";

// The handler on a real HTTP server over a real PostgreSQL holding two imported articles.
let stopPg: () => Promise<void>;
let prisma: PrismaClient;
let base: string;
let server: http.Server;
let authPool: pgDriver.Pool;
let auth: Auth;
/** The session cookie of a signed-in viewer that has chosen its own password. */
let cookie = "";
/** The session cookie of an account still on its one-time password. */
let oneTimeCookie = "";
const PUBLIC_ORIGIN = "https://framewatch.example.org";
const authorize = (request: Request) =>
  createAuthorizer((headers) => auth.api.getSession({ headers }), PUBLIC_ORIGIN).authorizeWrite(request, "viewer");

/** Signs in through Better Auth's own endpoint, as the sign-in page does, and returns the session cookie. */
async function signIn(email: string, password: string): Promise<string> {
  const res = await auth.handler(
    new Request(`${PUBLIC_ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: PUBLIC_ORIGIN },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

function serve(handler: http.RequestListener): Promise<{ server: http.Server; base: string }> {
  const s = http.createServer(handler);
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve({ server: s, base: `http://127.0.0.1:${(s.address() as AddressInfo).port}` })));
}

beforeAll(async () => {
  const pg = await startThrowawayPostgres();
  stopPg = pg.stop;
  const url = await createScratchDatabase(pg, "shortlinks");
  await applyMigrations(url);
  prisma = createPrismaClient(url);
  await importCorpus(url, [path.join(REPO_ROOT, "data", "corpus", "000_dc4fe99221364841.txt"), path.join(REPO_ROOT, "data", "corpus", "001_f66b25dddb0aaa26.txt")]);
  authPool = new pgDriver.Pool({ connectionString: url });
  authPool.on("error", () => {});
  auth = createAuth({ pool: authPool, secret: "short-links-test-secret-0123456789", publicOrigin: PUBLIC_ORIGIN });
  const viewer = await addUser(auth, { email: "viewer@example.org", role: "viewer" });
  const first = await signIn("viewer@example.org", viewer.password);
  const changed = await auth.api.changePassword({ headers: new Headers({ cookie: first }), body: { currentPassword: viewer.password, newPassword: "viewer's own password" } });
  expect(changed.user).toBeDefined();
  cookie = await signIn("viewer@example.org", "viewer's own password");
  const fresh = await addUser(auth, { email: "fresh@example.org", role: "editor" });
  oneTimeCookie = await signIn("fresh@example.org", fresh.password);
  // A limiter large enough that only the rate-limit test meets it.
  ({ server, base } = await serve(shortLinksHandler({ prisma: () => prisma, limiter: new RateLimiter({ capacity: 1000, refillPerSecond: 100, maxClients: 10 }), publicOrigin: PUBLIC_ORIGIN, authorize })));
});

afterAll(async () => {
  server?.close();
  await authPool?.end();
  await prisma?.$disconnect();
  await stopPg?.();
});

/** A POST as a signed-in viewer's browser sends it (pass `cookie: ""` to send it signed out). */
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", cookie, ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

async function post(init: RequestInit, at = base) {
  const res = await fetch(`${at}/api/short-links`, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

/** Every refusal leaves the table as it was. */
async function expectRefused(init: RequestInit, status: number, error: RegExp) {
  const before = await prisma.shortLink.findMany({ orderBy: { id: "asc" } });
  const res = await post(init);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(String(res.body.error)).toMatch(error);
  expect(await prisma.shortLink.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  return res;
}

describe("POST /api/short-links", () => {
  it("stores a valid view once: the same state always gets the same id and one row", async () => {
    const outlet = await prisma.outlet.findFirstOrThrow();
    const a = await post(json({ path: "/claims", query: `?scale=linear&outlets=${outlet.id}` }));
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ path: `/s/${String(a.body.id)}`, target: `/claims?facts=applied&outlets=${outlet.id}&scale=linear&v=1` });
    // Same state, written differently (order, version, tracking parameter, url form).
    const b = await post(json({ url: `/claims?v=1&outlets=${outlet.id}&scale=linear&utm_source=x` }));
    expect(b.body.id).toBe(a.body.id);
    expect(await prisma.shortLink.count({ where: { id: String(a.body.id) } })).toBe(1);
    const row = await prisma.shortLink.findUniqueOrThrow({ where: { id: String(a.body.id) } });
    expect(`${row.path}${row.query}`).toBe(a.body.target);
    // The fact mode is part of the state: written out (default included), another mode is another link.
    const c = await post(json({ url: `/claims?facts=applied&v=1&outlets=${outlet.id}&scale=linear` }));
    expect(c.body.id).toBe(a.body.id);
    const machine = await post(json({ url: `/attacks?facts=machine` }));
    expect(machine.body).toMatchObject({ target: "/attacks?facts=machine&v=1" });
    expect((await post(json({ url: `/attacks?facts=all` }))).body).toMatchObject({ parameter: "facts" });
  });

  it("accepts the dashboard's own pages (same Host or the configured public origin) and existing rows", async () => {
    const article = await prisma.article.findFirstOrThrow();
    const claim = await prisma.fighterClaim.findFirst();
    const host = new URL(base).host;
    expect((await post(json({ path: `/articles/${article.id}`, query: "?hide=attacks" }, { origin: base, "sec-fetch-site": "same-origin" }))).status).toBe(200);
    expect((await post(json({ path: "/" }, { origin: PUBLIC_ORIGIN }))).status).toBe(200);
    expect((await post(json({ path: "/attacks", query: "?measure=share" }, { origin: `https://${host}` }))).status).toBe(200);
    if (claim) expect((await post(json({ path: "/claims", query: `?sel=claim::${claim.id}` }))).status).toBe(200);
  });

  it("needs a signed-in account (401 signed out), which has replaced its one-time password (403)", async () => {
    const signedOut = await expectRefused(json({ path: "/claims" }, { cookie: "" }), 401, /Sign in/);
    expect(signedOut.body.signIn).toBe("/sign-in");
    await expectRefused(json({ path: "/claims" }, { cookie: "better-auth.session_token=forged.value" }), 401, /Sign in/);
    await expectRefused(json({ path: "/claims" }, { cookie: oneTimeCookie }), 403, /Choose your own password/);
  });

  it("refuses bodies that are not a view-state object with 400, never 500", async () => {
    for (const body of ["null", "[]", '"x"', "42", "{}", "{", "", '{"path": 5}', '{"path": "/claims", "extra": 1}', '{"url": "/claims", "path": "/"}']) {
      await expectRefused(json(body), 400, /Body must be/);
    }
  });

  it("refuses states that are unknown, malformed or name rows that do not exist, with the parameter", async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ path: "/nowhere" }, "path", /Not a Framewatch view/],
      [{ path: "/claims", query: "?scale=cubic" }, "scale", /scale=cubic/],
      [{ path: "/claims", query: "?bogus=1" }, "bogus", /bogus=1/],
      [{ path: "/claims", query: "?v=99" }, "v", /v=99/],
      [{ path: "/claims", query: "?outlets=999999" }, "outlets", /outlets=999999/],
      [{ url: "/framing?outlets=1,2,3,4,5,6,7,8,9,10,11,12,13" }, "outlets", /outlets=/],
      [{ path: "/articles/999999" }, "path", /No article 999999/],
      [{ path: "/claims", query: "?sel=claim::999999" }, "sel", /No claim 999999/],
      [{ path: "/attacks", query: "?sel=attack:999999:bombing" }, "sel", /No outlet 999999/],
      [{ path: "/claims", query: "?sel=attack:1:bombing" }, "sel", /sel=/],
    ];
    for (const [body, parameter, error] of cases) {
      const res = await expectRefused(json(body), 400, error);
      expect(res.body.parameter).toBe(parameter);
    }
  });

  it("caps the body (413 before reading it all) and the state (413)", async () => {
    await expectRefused(json({ path: "/claims", query: `?sel=${"x".repeat(MAX_BODY_BYTES)}` }), 413, /Body too large/);
    // Chunked, no Content-Length: reading stops at the limit.
    const huge = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 100; i++) c.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        c.close();
      },
    });
    await expectRefused({ method: "POST", headers: { "content-type": "application/json", cookie }, body: huge, duplex: "half" } as RequestInit, 413, /Body too large/);
    await expectRefused(json({ path: "/claims", query: `?utm_source=${"x".repeat(MAX_STATE_LENGTH)}` }), 413, /View state too long/);
  });

  it("requires JSON (415): a text/plain or form POST is what another site's page can send without asking", async () => {
    await expectRefused({ method: "POST", headers: { "content-type": "text/plain", cookie }, body: '{"path": "/claims"}' }, 415, /application\/json/);
    await expectRefused({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie }, body: "path=/claims" }, 415, /application\/json/);
    await expectRefused({ method: "POST", headers: { cookie }, body: '{"path": "/claims"}' }, 415, /application\/json/);
  });

  it("refuses other sites (403): cross-origin Origin, Sec-Fetch-Site cross-site or same-site, opaque origin", async () => {
    await expectRefused(json({ path: "/claims" }, { origin: "https://evil.example" }), 403, /cross-origin request refused/);
    await expectRefused(json({ path: "/claims" }, { "sec-fetch-site": "cross-site" }), 403, /Sec-Fetch-Site: cross-site/);
    await expectRefused(json({ path: "/claims" }, { "sec-fetch-site": "same-site", origin: "https://other.example.org" }), 403, /same-site/);
    await expectRefused(json({ path: "/claims" }, { origin: "null" }), 403, /opaque/);
  });

  it("rate-limits each client address (429 with Retry-After), and stores nothing refused", async () => {
    const limited = await serve(shortLinksHandler({ prisma: () => prisma, limiter: new RateLimiter({ capacity: 5, refillPerSecond: 0.01, maxClients: 10 }), publicOrigin: PUBLIC_ORIGIN, authorize }));
    try {
      const statuses: number[] = [];
      for (let i = 1; i <= 8; i++) statuses.push((await post(json({ path: "/claims", query: `?from=2020-01-0${i}` }), limited.base)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      const res = await post(json({ path: "/claims" }), limited.base);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(res.body.error).toMatch(/Too many short links/);
      expect(await prisma.shortLink.count({ where: { query: { contains: "from=2020-01-06" } } })).toBe(0);
    } finally {
      limited.server.close();
    }
  });

  it("answers 503 with JSON when the database cannot be reached", async () => {
    const down = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    const unreachable = await serve(shortLinksHandler({ prisma: () => down, limiter: new RateLimiter({ capacity: 5, refillPerSecond: 1, maxClients: 10 }), publicOrigin: PUBLIC_ORIGIN, authorize }));
    try {
      const res = await post(json({ path: "/claims" }), unreachable.base);
      expect(res.status).toBe(503);
      expect(res.body.error).toMatch(/database unavailable, retrying/);
      expect(res.headers.get("retry-after")).toBe("5");
    } finally {
      unreachable.server.close();
      await down.$disconnect();
    }
  });
});
