import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, createAuth, type Auth } from "@framewatch/auth";
import { applyMigrations } from "@framewatch/db/migrate";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import { adminUsersHandler } from "./admin-users-handler";
import { createAuthorizer } from "./create-authorizer";

// Real Better Auth sessions in a real PostgreSQL, checked the way every write route checks them.
const ORIGIN = "http://127.0.0.1:3998";
let stopPg: () => Promise<void>;
let pool: pg.Pool;
let auth: Auth;
let authorizer: ReturnType<typeof createAuthorizer>;
const cookies: Record<"viewer" | "editor" | "admin" | "fresh", string> = { viewer: "", editor: "", admin: "", fresh: "" };

async function signIn(email: string, password: string): Promise<string> {
  const res = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** An account of `role` that has replaced its one-time password, signed in. */
async function member(role: "viewer" | "editor" | "admin"): Promise<string> {
  const email = `${role}@example.org`;
  const { password } = await addUser(auth, { email, role });
  const first = await signIn(email, password);
  await auth.api.changePassword({ headers: new Headers({ cookie: first }), body: { currentPassword: password, newPassword: `${role}'s own password` } });
  return signIn(email, `${role}'s own password`);
}

const write = (cookie: string, headers: Record<string, string> = {}, method = "POST") =>
  new Request(`${ORIGIN}/api/something`, { method, headers: { cookie, origin: ORIGIN, "sec-fetch-site": "same-origin", ...headers } });

beforeAll(async () => {
  const server = await startThrowawayPostgres();
  stopPg = server.stop;
  const url = await createScratchDatabase(server, "authorize");
  await applyMigrations(url);
  pool = new pg.Pool({ connectionString: url });
  pool.on("error", () => {});
  auth = createAuth({ pool, secret: "authorize-test-secret-0123456789abcdef", publicOrigin: ORIGIN });
  authorizer = createAuthorizer((headers) => auth.api.getSession({ headers }), ORIGIN);
  cookies.viewer = await member("viewer");
  cookies.editor = await member("editor");
  cookies.admin = await member("admin");
  const fresh = await addUser(auth, { email: "fresh@example.org", role: "admin" });
  cookies.fresh = await signIn("fresh@example.org", fresh.password);
});

afterAll(async () => {
  await pool?.end();
  await stopPg?.();
});

async function status(result: unknown): Promise<[number, string]> {
  if (result instanceof Response) return [result.status, ((await result.json()) as { error: string }).error];
  return [200, ""];
}

describe("authorizeWrite", () => {
  it("answers 401 with JSON when signed out or the cookie is forged", async () => {
    expect(await status(await authorizer.authorizeWrite(write(""), "viewer"))).toEqual([401, "Sign in to do this."]);
    const [code] = await status(await authorizer.authorizeWrite(write("better-auth.session_token=abc.def"), "viewer"));
    expect(code).toBe(401);
  });

  it("answers 403 when the role is too low, and lets the role or a higher one through", async () => {
    expect((await status(await authorizer.authorizeWrite(write(cookies.viewer), "editor")))[0]).toBe(403);
    expect((await status(await authorizer.authorizeWrite(write(cookies.editor), "admin")))[1]).toMatch(/needs the admin role; editor@example.org is editor/);
    expect(await authorizer.authorizeWrite(write(cookies.editor), "editor")).toMatchObject({ email: "editor@example.org", role: "editor" });
    expect(await authorizer.authorizeWrite(write(cookies.admin), "viewer")).toMatchObject({ email: "admin@example.org", role: "admin", name: "admin" });
  });

  it("answers 403 to an account still on its one-time password", async () => {
    expect((await status(await authorizer.authorizeWrite(write(cookies.fresh), "viewer")))[1]).toMatch(/Choose your own password/);
    // Reading is not writing: the account is signed in.
    expect(await authorizer.currentUser(new Headers({ cookie: cookies.fresh }))).toMatchObject({ email: "fresh@example.org" });
  });

  it("answers 403 to cross-site requests even with a valid admin session", async () => {
    const crossSite: Record<string, string>[] = [
      { origin: "http://evil.example" },
      { origin: "null" },
      { origin: "", "sec-fetch-site": "cross-site" },
      { origin: "", "sec-fetch-site": "same-site" },
    ];
    for (const headers of crossSite) {
      const request = write(cookies.admin, headers);
      if (headers.origin === "") request.headers.delete("origin");
      const [code, error] = await status(await authorizer.authorizeWrite(request, "viewer"));
      expect(code, JSON.stringify(headers)).toBe(403);
      expect(error).toMatch(/Framewatch's own pages/);
    }
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect((await status(await authorizer.authorizeWrite(write(cookies.admin, { origin: "http://evil.example" }, method), "viewer")))[0]).toBe(403);
    }
  });

  it("knows nobody without a session, and the signed-in user with one", async () => {
    expect(await authorizer.currentUser(new Headers())).toBeNull();
    expect(await authorizer.currentUser(new Headers({ cookie: cookies.viewer }))).toEqual({
      id: expect.any(String),
      email: "viewer@example.org",
      name: "viewer",
      role: "viewer",
    });
  });
});

describe("the account administration API", () => {
  const api = () => adminUsersHandler({ authorize: (request) => authorizer.authorizeWrite(request, "admin"), auth: () => auth, pool: () => pool });
  const body = (cookie: string, value: unknown, method = "POST") =>
    new Request(`${ORIGIN}/api/admin/users`, {
      method,
      headers: { cookie, origin: ORIGIN, "content-type": "application/json" },
      body: JSON.stringify(value),
    });

  it("lets an admin create an account (its one-time password shown once), change its role and remove it", async () => {
    const created = await api().create(body(cookies.admin, { email: "new@example.org", role: "editor", name: "New Editor" }));
    expect(created.status).toBe(201);
    const { user, password } = (await created.json()) as { user: { id: string; role: string }; password: string };
    expect(user.role).toBe("editor");
    await signIn("new@example.org", password);
    const listed = (await (await api().list(write(cookies.admin, {}, "GET"))).json()) as { users: { email: string }[] };
    expect(listed.users.map((u) => u.email)).toContain("new@example.org");
    expect(JSON.stringify(listed)).not.toContain(password);
    const changed = await api().update(body(cookies.admin, { role: "viewer" }, "PATCH"), user.id);
    expect(((await changed.json()) as { user: { role: string } }).user.role).toBe("viewer");
    expect((await api().remove(write(cookies.admin, {}, "DELETE"), user.id)).status).toBe(200);
    expect((await api().remove(write(cookies.admin, {}, "DELETE"), user.id)).status).toBe(404);
  });

  it("refuses editors (403), bad input (400), taken emails (409), and keeps the last admin (409)", async () => {
    expect((await api().create(body(cookies.editor, { email: "x@example.org", role: "viewer" }))).status).toBe(403);
    expect((await api().create(body(cookies.admin, { email: "x@example.org", role: "superuser" }))).status).toBe(400);
    expect((await api().create(body(cookies.admin, { email: "editor@example.org", role: "viewer" }))).status).toBe(409);
    const admins = (await pool.query<{ id: string }>(`SELECT id FROM "user" WHERE role = 'admin'`)).rows;
    // Two admins (admin@, fresh@): demote one, then the other is the last.
    const [a, b] = admins;
    expect((await api().update(body(cookies.admin, { role: "editor" }, "PATCH"), b!.id)).status).toBe(200);
    const last = await api().remove(write(cookies.admin, {}, "DELETE"), a!.id);
    expect(last.status).toBe(409);
    expect(((await last.json()) as { error: string }).error).toMatch(/last admin/);
  });
});
