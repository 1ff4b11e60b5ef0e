import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@framewatch/db/testing/database";
import { addUser } from "./add-user";
import { changeRole } from "./change-role";
import { createAuth, type Auth } from "./create-auth";
import { listUsers } from "./list-users";
import { removeUser } from "./remove-user";
import { resetPassword } from "./reset-password";

const ORIGIN = "http://127.0.0.1:3999";

/** Calls Better Auth's HTTP handler as a browser on the dashboard's own page would. */
async function call(auth: Auth, path: string, body: unknown, cookie?: string): Promise<Response> {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
}

function sessionCookie(response: Response): string {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

describe("accounts", () => {
  let pool: pg.Pool;
  let auth: Auth;

  beforeAll(async () => {
    const db = await createTestDatabase("accounts");
    await db.prisma.$disconnect();
    // The application role, as the dashboard and the CLI use it.
    pool = new pg.Pool({ connectionString: db.url });
    auth = createAuth({ pool, secret: "s".repeat(40), publicOrigin: ORIGIN });
  });
  afterAll(async () => {
    await pool.end();
  });

  it("adds an account whose one-time password signs in and must be replaced by a different one", async () => {
    const { account, password } = await addUser(auth, { email: " Ana@Example.org ", role: "editor" });
    expect(account).toMatchObject({ email: "ana@example.org", name: "ana", role: "editor", mustChangePassword: true });
    expect(password).toMatch(/^[\w-]{16}$/);
    // Only Better Auth's hash is stored.
    const stored = await pool.query<{ password: string }>(`SELECT password FROM account WHERE "userId" = $1`, [account.id]);
    expect(stored.rows[0]!.password).not.toContain(password);

    const wrong = await call(auth, "/sign-in/email", { email: "ana@example.org", password: "not-the-password" });
    expect(wrong.status).toBe(401);
    const signIn = await call(auth, "/sign-in/email", { email: "ana@example.org", password });
    expect(signIn.status).toBe(200);
    const cookie = sessionCookie(signIn);
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user).toMatchObject({ email: "ana@example.org", role: "editor", mustChangePassword: true });

    const same = await call(auth, "/change-password", { currentPassword: password, newPassword: password }, cookie);
    expect(same.status).toBe(400);
    const changed = await call(auth, "/change-password", { currentPassword: password, newPassword: "a new long password" }, cookie);
    expect(changed.status).toBe(200);
    const after = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(after?.user).toMatchObject({ mustChangePassword: false });

    // The one-time password worked once: it no longer signs in.
    expect((await call(auth, "/sign-in/email", { email: "ana@example.org", password })).status).toBe(401);
    expect((await call(auth, "/sign-in/email", { email: "ana@example.org", password: "a new long password" })).status).toBe(200);
  });

  it("refuses a taken email, a bad email and an unknown role, storing nothing", async () => {
    await addUser(auth, { email: "taken@example.org", role: "viewer" });
    const before = (await listUsers(pool)).length;
    await expect(addUser(auth, { email: "TAKEN@example.org", role: "viewer" })).rejects.toThrow(/already has an account/);
    await expect(addUser(auth, { email: "not an email", role: "viewer" })).rejects.toThrow(/not an email address/);
    await expect(addUser(auth, { email: "x@example.org", role: "owner" as never })).rejects.toThrow(/Unknown role "owner"/);
    expect((await listUsers(pool)).length).toBe(before);
  });

  it("does not let anyone sign up", async () => {
    const response = await call(auth, "/sign-up/email", { email: "walk-in@example.org", password: "a long password", name: "Walk In" });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect((await listUsers(pool)).map((u) => u.email)).not.toContain("walk-in@example.org");
  });

  it("keeps the last admin: neither demoted nor removed, while another admin can be", async () => {
    const { account: first } = await addUser(auth, { email: "first-admin@example.org", role: "admin" });
    await expect(changeRole(pool, { email: first.email }, "editor")).rejects.toThrow(/last admin/);
    await expect(removeUser(pool, { id: first.id })).rejects.toThrow(/last admin/);
    expect((await listUsers(pool)).find((u) => u.id === first.id)?.role).toBe("admin");

    const { account: second } = await addUser(auth, { email: "second-admin@example.org", role: "viewer" });
    await changeRole(pool, { email: second.email }, "admin");
    // Both at once: exactly one may go.
    const results = await Promise.allSettled([removeUser(pool, { id: first.id }), removeUser(pool, { id: second.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await listUsers(pool)).filter((u) => u.role === "admin")).toHaveLength(1);
    await expect(changeRole(pool, { email: "nobody@example.org" }, "viewer")).rejects.toThrow(/No account has the email/);
  });

  it("resets a password: signed out everywhere, a new one-time password, to be changed again", async () => {
    const { password } = await addUser(auth, { email: "reset@example.org", role: "viewer" });
    const cookie = sessionCookie(await call(auth, "/sign-in/email", { email: "reset@example.org", password }));
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
    const fresh = await resetPassword(auth, pool, "reset@example.org");
    expect(fresh).not.toBe(password);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect((await call(auth, "/sign-in/email", { email: "reset@example.org", password })).status).toBe(401);
    const signIn = await call(auth, "/sign-in/email", { email: "reset@example.org", password: fresh });
    expect(signIn.status).toBe(200);
    expect((await auth.api.getSession({ headers: new Headers({ cookie: sessionCookie(signIn) }) }))?.user).toMatchObject({ mustChangePassword: true });
  });

  it("sets HttpOnly, SameSite=Lax session cookies, Secure when the public origin is https", async () => {
    const { password } = await addUser(auth, { email: "cookies@example.org", role: "viewer" });
    const plain = (await call(auth, "/sign-in/email", { email: "cookies@example.org", password })).headers.getSetCookie().join("\n");
    expect(plain).toMatch(/session_token=[^;]+;.*HttpOnly/i);
    expect(plain).toMatch(/SameSite=Lax/i);
    expect(plain).not.toMatch(/Secure/i);
    const https = "https://framewatch.example.org";
    const secureAuth = createAuth({ pool, secret: "s".repeat(40), publicOrigin: https });
    const res = await secureAuth.handler(
      new Request(`${https}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: https },
        body: JSON.stringify({ email: "cookies@example.org", password }),
      }),
    );
    const secure = res.headers.getSetCookie().join("\n");
    expect(secure).toMatch(/__Secure-[^=]*session_token=[^;]+;.*Secure/i);
    expect(secure).toMatch(/HttpOnly/i);
  });

  it("refuses sign-ins from another site (Better Auth's origin check) and rate-limits guessing per client address", async () => {
    const { password } = await addUser(auth, { email: "limited@example.org", role: "viewer" });
    // A form on another site (the browser's Fetch Metadata), and a script there (Origin alone).
    const crossSite: Record<string, string>[] = [
      { origin: "http://evil.example", "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" },
      { origin: "http://evil.example" },
    ];
    for (const headers of crossSite) {
      const foreign = await auth.handler(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-framewatch-client-ip": "10.9.9.8", ...headers },
          body: JSON.stringify({ email: "limited@example.org", password }),
        }),
      );
      expect(foreign.status, JSON.stringify(headers)).toBe(403);
    }
    const attempt = (ip: string, pw: string) =>
      auth.handler(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN, "x-framewatch-client-ip": ip },
          body: JSON.stringify({ email: "limited@example.org", password: pw }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt("10.9.9.9", `guess-number-${i}`)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // Even the right password waits; another address is not held up.
    expect((await attempt("10.9.9.9", password)).status).toBe(429);
    expect((await attempt("10.9.9.10", password)).status).toBe(200);
  });

  it("removes an account with its sessions", async () => {
    const { account, password } = await addUser(auth, { email: "gone@example.org", role: "editor" });
    const cookie = sessionCookie(await call(auth, "/sign-in/email", { email: "gone@example.org", password }));
    await removeUser(pool, { email: "gone@example.org" });
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect((await pool.query(`SELECT 1 FROM session WHERE "userId" = $1`, [account.id])).rowCount).toBe(0);
  });
});
