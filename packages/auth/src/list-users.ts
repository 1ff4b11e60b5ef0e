import type pg from "pg";
import type { Role } from "./roles";

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  /** As stored; roles.ts treats anything but the three roles as no role at all. */
  role: Role | string;
  /** True until the account has replaced its one-time password. */
  mustChangePassword: boolean;
  createdAt: Date;
}

/** Every account, by email. */
export async function listUsers(pool: pg.Pool): Promise<AccountRow[]> {
  const { rows } = await pool.query<AccountRow>(
    `SELECT id, email, name, role, "mustChangePassword", "createdAt" FROM "user" ORDER BY email`,
  );
  return rows;
}
