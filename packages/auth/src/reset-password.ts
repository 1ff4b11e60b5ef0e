import type pg from "pg";
import { AccountError } from "./account-error";
import type { Auth } from "./create-auth";
import { generateOneTimePassword } from "./one-time-password";

/**
 * Gives an account a new one-time password (returned once), signs it out
 * everywhere, and makes it choose its own password at the next sign-in.
 */
export async function resetPassword(auth: Auth, pool: pg.Pool, emailAddress: string): Promise<string> {
  const address = emailAddress.trim().toLowerCase();
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(address, { includeAccounts: true });
  if (!found) throw new AccountError(`No account has the email ${address}.`, 404);
  const password = generateOneTimePassword();
  const hash = await ctx.password.hash(password);
  const hasCredential = found.accounts.some((a) => a.providerId === "credential");
  if (hasCredential) await ctx.internalAdapter.updatePassword(found.user.id, hash);
  else await ctx.internalAdapter.linkAccount({ userId: found.user.id, providerId: "credential", accountId: found.user.id, password: hash });
  await pool.query(`UPDATE "user" SET "mustChangePassword" = true, "updatedAt" = now() WHERE id = $1`, [found.user.id]);
  await ctx.internalAdapter.deleteUserSessions(found.user.id);
  return password;
}
