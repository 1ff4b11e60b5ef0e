import type pg from "pg";
import { AccountError } from "./account-error";
import type { AccountRow } from "./list-users";
import { isRole, ROLES } from "./roles";
import { withAdminLock, type AccountSelector } from "./with-admin-lock";

/** Gives an account another role; the last admin keeps theirs. Takes effect on the account's next request. */
export async function changeRole(pool: pg.Pool, selector: AccountSelector, role: string): Promise<AccountRow> {
  if (!isRole(role)) throw new AccountError(`Unknown role "${role}": one of ${ROLES.join(", ")}.`, 400, true);
  return withAdminLock(
    pool,
    selector,
    () => role !== "admin",
    async (client, account) => {
      await client.query(`UPDATE "user" SET role = $1, "updatedAt" = now() WHERE id = $2`, [role, account.id]);
      return { ...account, role };
    },
  );
}
