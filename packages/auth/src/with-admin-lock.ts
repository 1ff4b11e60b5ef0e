import type pg from "pg";
import { AccountError } from "./account-error";
import type { AccountRow } from "./list-users";

/** Taken by every change that could leave no admin, so two admins removing each other at once cannot both succeed. */
const ADMIN_LOCK_KEY = 7_311_046_001;

export type AccountSelector = { email: string } | { id: string };

/**
 * Runs `change` on one account inside a transaction that holds the admin lock,
 * after checking that, should the account lose admin rights, another admin
 * remains. `losesAdmin` says whether the change takes them away.
 */
export async function withAdminLock<T>(
  pool: pg.Pool,
  selector: AccountSelector,
  losesAdmin: (account: AccountRow) => boolean,
  change: (client: pg.PoolClient, account: AccountRow) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [ADMIN_LOCK_KEY]);
    const [column, value] = "email" in selector ? ["email", selector.email.trim().toLowerCase()] : ["id", selector.id];
    const { rows } = await client.query<AccountRow>(
      `SELECT id, email, name, role, "mustChangePassword", "createdAt" FROM "user" WHERE ${column} = $1 FOR UPDATE`,
      [value],
    );
    const account = rows[0];
    if (!account) throw new AccountError(`No account has ${column === "email" ? `the email ${value}` : `the id ${value}`}.`, 404);
    if (account.role === "admin" && losesAdmin(account)) {
      const others = await client.query(`SELECT 1 FROM "user" WHERE role = 'admin' AND id <> $1 LIMIT 1`, [account.id]);
      if (others.rowCount === 0) {
        throw new AccountError(`${account.email} is the last admin: make another account admin first, so someone can still manage accounts.`, 409);
      }
    }
    const result = await change(client, account);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
