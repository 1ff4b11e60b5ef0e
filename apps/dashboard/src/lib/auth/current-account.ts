import { isRole } from "@framewatch/auth";
import { authConfigured, getAuth } from "./auth";
import type { SignedInUser } from "./create-authorizer";

export interface CurrentAccount {
  user: SignedInUser;
  /** Still on a one-time password: pages send the account to /account, writes are refused until it changes it. */
  mustChangePassword: boolean;
}

/** The signed-in account with what pages need beyond currentUser (authorize.ts): whether it must change its password. */
export async function currentAccount(headers: Headers): Promise<CurrentAccount | null> {
  if (!authConfigured()) return null;
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role, mustChangePassword } = session.user;
  return { user: { id, email, name, role: isRole(role) ? role : "viewer" }, mustChangePassword: mustChangePassword === true };
}
