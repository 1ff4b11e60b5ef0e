import { hasRole, isRole, type Role } from "@framewatch/auth";
import { checkSameOrigin } from "@/lib/http/check-same-origin";

export type { Role };

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** What Better Auth's getSession gives (the part used here). */
export interface SessionLookup {
  (headers: Headers): Promise<{ user: { id: string; email: string; name: string; role?: unknown; mustChangePassword?: unknown } } | null>;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function refuse(status: 401 | 403, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * currentUser and authorizeWrite (see authorize.ts) over a session lookup and
 * the public origin, so tests can pass a Better Auth instance of their own.
 */
export function createAuthorizer(getSession: SessionLookup, publicOrigin: string) {
  async function signedIn(headers: Headers) {
    const session = await getSession(headers);
    if (!session) return null;
    const { id, email, name, role, mustChangePassword } = session.user;
    // A role outside the three (a hand-edited row) counts as the least: it may read, never write.
    return { user: { id, email, name, role: isRole(role) ? role : "viewer" } satisfies SignedInUser, mustChangePassword: mustChangePassword === true, known: isRole(role) };
  }

  async function currentUser(headers: Headers): Promise<SignedInUser | null> {
    return (await signedIn(headers))?.user ?? null;
  }

  async function authorizeWrite(request: Request, minimum: Role): Promise<SignedInUser | Response> {
    // Cross-site first: another site's form or script is refused whoever is signed in, before cookies are looked at.
    if (!SAFE_METHODS.has(request.method.toUpperCase())) {
      const refused = checkSameOrigin((name) => request.headers.get(name), publicOrigin);
      if (refused) return refuse(403, `Changes can only be made from Framewatch's own pages: ${refused}.`);
    }
    const found = await signedIn(request.headers);
    if (!found) return refuse(401, "Sign in to do this.", { signIn: "/sign-in" });
    if (found.mustChangePassword) {
      return refuse(403, "Choose your own password first (the one-time password only lets you do that).", { account: "/account" });
    }
    if (!found.known || !hasRole(found.user.role, minimum)) {
      return refuse(403, `This needs the ${minimum} role; ${found.user.email} is ${found.known ? found.user.role : "without a known role"}.`);
    }
    return found.user;
  }

  return { currentUser, authorizeWrite };
}
