import { authConfigured, getAuth } from "./auth";
import { createAuthorizer, type Role, type SignedInUser } from "./create-authorizer";
import { readDashboardEnv } from "@/lib/env";

export type { Role, SignedInUser };

let authorizer: ReturnType<typeof createAuthorizer> | null = null;
const get = () => (authorizer ??= createAuthorizer(
    // Not started by `corpus serve` (no secret): nobody can be signed in, so reads stay open and writes answer 401.
    async (headers) => (authConfigured() ? getAuth().api.getSession({ headers }) : null),
    readDashboardEnv().publicOrigin,
  ));

/** The signed-in user of a request (from its cookies), or null. For server components: currentUser(await headers()). */
export async function currentUser(headers: Headers): Promise<SignedInUser | null> {
  return get().currentUser(headers);
}

/**
 * For write route handlers: a Response (401 JSON when signed out, 403 JSON when the role is too low, the account
 * still has its one-time password, or the request is cross-site, i.e. Origin/Sec-Fetch-Site not same-origin) or
 * the signed-in user. Call it first in every write handler.
 */
export async function authorizeWrite(request: Request, minimum: Role): Promise<SignedInUser | Response> {
  return get().authorizeWrite(request, minimum);
}
