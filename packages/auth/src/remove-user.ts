import type pg from "pg";
import type { AccountRow } from "./list-users";
import { withAdminLock, type AccountSelector } from "./with-admin-lock";

/** Deletes an account with its sessions (signed out at once) and passwords; the last admin stays. */
export async function removeUser(pool: pg.Pool, selector: AccountSelector): Promise<AccountRow> {
  return withAdminLock(
    pool,
    selector,
    () => true,
    async (client, account) => {
      // session and account rows go with it (ON DELETE CASCADE).
      await client.query(`DELETE FROM "user" WHERE id = $1`, [account.id]);
      return account;
    },
  );
}
