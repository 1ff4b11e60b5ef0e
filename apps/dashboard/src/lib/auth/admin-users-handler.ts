import { AccountError, addUser, changeRole, listUsers, removeUser, type AccountRow, type Auth } from "@framewatch/auth";
import type pg from "pg";
import type { SignedInUser } from "./create-authorizer";

/** The largest body read: an email, a name and a role. */
const MAX_BODY_BYTES = 4 * 1024;

export interface AdminUsersOptions {
  /** authorizeWrite(request, "admin") in the app; tests pass their own. */
  authorize: (request: Request) => Promise<SignedInUser | Response>;
  auth: () => Auth;
  pool: () => pg.Pool;
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

function shown(a: AccountRow) {
  return { id: a.id, email: a.email, name: a.name, role: a.role, mustChangePassword: a.mustChangePassword, createdAt: a.createdAt };
}

async function readBody(request: Request): Promise<Record<string, unknown> | Response> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return json({ error: "Send JSON (Content-Type: application/json)." }, 415);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return json({ error: `The body is larger than ${MAX_BODY_BYTES} bytes.` }, 413);
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  return json({ error: "The body must be a JSON object." }, 400);
}

async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccountError) return json({ error: error.message }, error.status);
    throw error;
  }
}

/**
 * /api/admin/users (GET: the accounts; POST {email, role, name?}: a new account and its one-time password, shown
 * once) and /api/admin/users/<id> (PATCH {role}; DELETE). Admins only; the last admin is kept (409).
 */
export function adminUsersHandler({ authorize, auth, pool }: AdminUsersOptions) {
  return {
    async list(request: Request): Promise<Response> {
      const user = await authorize(request);
      if (user instanceof Response) return user;
      return json({ users: (await listUsers(pool())).map(shown) });
    },
    async create(request: Request): Promise<Response> {
      const user = await authorize(request);
      if (user instanceof Response) return user;
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const { email, role, name } = body;
      if (typeof email !== "string" || typeof role !== "string" || (name !== undefined && typeof name !== "string")) {
        return json({ error: 'Send {"email": "...", "role": "viewer|editor|admin", "name": "..." (optional)}.' }, 400);
      }
      return answer(async () => {
        const { account, password } = await addUser(auth(), { email, role: role as never, name });
        return json({ user: shown(account), password }, 201);
      });
    },
    async update(request: Request, id: string): Promise<Response> {
      const user = await authorize(request);
      if (user instanceof Response) return user;
      const body = await readBody(request);
      if (body instanceof Response) return body;
      if (typeof body.role !== "string") return json({ error: 'Send {"role": "viewer|editor|admin"}.' }, 400);
      const role = body.role;
      return answer(async () => json({ user: shown(await changeRole(pool(), { id }, role)) }));
    },
    async remove(request: Request, id: string): Promise<Response> {
      const user = await authorize(request);
      if (user instanceof Response) return user;
      return answer(async () => json({ removed: shown(await removeUser(pool(), { id })) }));
    },
  };
}
