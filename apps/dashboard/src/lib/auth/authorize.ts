// Placeholder until the accounts branch is merged: the lead replaces this file with the real one (Better Auth).
// Same signatures as the shared authorization interface (notes/common12.md).

export type Role = "viewer" | "editor" | "admin"; // ordered: viewer < editor < admin
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in user of a request (from its cookies), or null. For server components: currentUser(await headers()). */
export async function currentUser(_headers: Headers): Promise<SignedInUser | null> {
  throw new Error("authorize.ts: replaced by the accounts branch at merge");
}

/** For write route handlers: a Response (401 JSON when signed out, 403 JSON when the role is too low or the request is
 *  cross-site, i.e. Origin/Sec-Fetch-Site not same-origin) or the signed-in user. Call it first in every write handler. */
export async function authorizeWrite(_request: Request, _minimum: Role): Promise<SignedInUser | Response> {
  throw new Error("authorize.ts: replaced by the accounts branch at merge");
}
