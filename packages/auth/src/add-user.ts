import { z } from "zod";
import { AccountError } from "./account-error";
import type { Auth } from "./create-auth";
import type { AccountRow } from "./list-users";
import { generateOneTimePassword } from "./one-time-password";
import { isRole, ROLES, type Role } from "./roles";

const email = z.email();

export interface NewAccount {
  email: string;
  /** Shown in the header and the import history; the part of the email before "@" when empty. */
  name?: string;
  role: Role;
}

/**
 * Creates an email + password account with a one-time password, returned
 * once and stored only as Better Auth's hash. The account must choose its own
 * password at its first sign-in before it may write anything.
 */
export async function addUser(auth: Auth, input: NewAccount): Promise<{ account: AccountRow; password: string }> {
  const address = input.email.trim().toLowerCase();
  if (!email.safeParse(address).success) throw new AccountError(`"${input.email}" is not an email address.`, 400, true);
  if (!isRole(input.role)) throw new AccountError(`Unknown role "${String(input.role)}": one of ${ROLES.join(", ")}.`, 400, true);
  const name = (input.name ?? "").trim() || address.slice(0, address.indexOf("@"));
  if (name.length > 200) throw new AccountError("The name is longer than 200 characters.", 400, true);

  const ctx = await auth.$context;
  if (await ctx.internalAdapter.findUserByEmail(address)) throw new AccountError(`${address} already has an account.`, 409);
  const password = generateOneTimePassword();
  const hash = await ctx.password.hash(password);
  let user;
  try {
    user = await ctx.internalAdapter.createUser({ email: address, name, emailVerified: false, role: input.role, mustChangePassword: true }, { method: "admin" });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides.
    if ((error as { code?: string }).code === "23505") throw new AccountError(`${address} already has an account.`, 409);
    throw error;
  }
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return {
    account: { id: user.id, email: address, name, role: input.role, mustChangePassword: true, createdAt: user.createdAt },
    password,
  };
}
