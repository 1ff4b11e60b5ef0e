import pg from "pg";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, createAuth } from "@framewatch/auth";
import { getPrisma } from "@framewatch/db";
import { applyMigrations } from "@framewatch/db/migrate";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";

// The proxy (src/proxy.ts) as Next runs it before every route, on a real PostgreSQL with a real Better Auth session.
const ORIGIN = "http://127.0.0.1:3000";
const SECRET = "require-login-test-secret-0123456789abcdef";
let stopPg: () => Promise<void>;
let pool: pg.Pool;
let cookie = "";
let proxy: (request: NextRequest) => Promise<Response>;
// This test owns the process environment: the proxy reads its settings from it, as in production.
const env = process.env;

beforeAll(async () => {
  const server = await startThrowawayPostgres();
  stopPg = server.stop;
  const url = await createScratchDatabase(server, "requirelogin");
  await applyMigrations(url);
  Object.assign(env, { DATABASE_URL: url, FRAMEWATCH_AUTH_SECRET: SECRET, PORT: "3000", HOST: "127.0.0.1" });
  delete env.FRAMEWATCH_PUBLIC_URL;
  pool = new pg.Pool({ connectionString: url });
  pool.on("error", () => {});
  // Another instance on the same database and secret, as `corpus user add` and the dashboard are.
  const auth = createAuth({ pool, secret: SECRET, publicOrigin: ORIGIN });
  const { password } = await addUser(auth, { email: "reader@example.org", role: "viewer" });
  const res = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email: "reader@example.org", password }),
    }),
  );
  cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  ({ proxy } = await import("@/proxy"));
});

afterAll(async () => {
  await pool?.end();
  await getPrisma().$disconnect();
  await stopPg?.();
});

const visit = (path: string, withCookie = false) => proxy(new NextRequest(`${ORIGIN}${path}`, { headers: withCookie ? { cookie } : {} }));
/** NextResponse.next(): the route itself answers. */
const passedOn = (res: Response) => res.headers.get("x-middleware-next") === "1";

describe("FRAMEWATCH_REQUIRE_LOGIN", () => {
  it("off (the default): pages and read APIs are open", async () => {
    delete env.FRAMEWATCH_REQUIRE_LOGIN;
    expect(passedOn(await visit("/claims?scale=linear"))).toBe(true);
    expect(passedOn(await visit("/api/charts/claims"))).toBe(true);
  });

  it("on: pages redirect to sign-in (coming back afterwards), read APIs answer 401, a session opens both", async () => {
    env.FRAMEWATCH_REQUIRE_LOGIN = "1";
    try {
      const page = await visit("/claims?scale=linear");
      expect(page.status).toBe(307);
      const location = new URL(page.headers.get("location")!);
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("next")).toBe("/claims?scale=linear");
      expect(page.headers.get("content-security-policy")).toContain("frame-ancestors");
      for (const api of ["/api/charts/claims", "/api/articles", "/api/claims/1", "/api/evidence/frames"]) {
        const res = await visit(api);
        expect(res.status, api).toBe(401);
        expect(await res.json()).toMatchObject({ signIn: "/sign-in" });
      }
      for (const open of ["/sign-in", "/api/auth/get-session", "/api/og/claims", "/favicon.ico"]) expect(passedOn(await visit(open)), open).toBe(true);
      expect(passedOn(await visit("/claims?scale=linear", true))).toBe(true);
      expect(passedOn(await visit("/api/charts/claims", true))).toBe(true);
    } finally {
      delete env.FRAMEWATCH_REQUIRE_LOGIN;
    }
  });
});
