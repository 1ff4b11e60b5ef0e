import { createPgPool } from "../import/create-pg-pool";
import { prepareImportQueue } from "../import/import-queue";
import { applyMigrations, type MigrationResult } from "./apply-migrations";
import { grantAppAccess } from "./grant-app-access";

export interface MigrationTarget {
  /** The login migrations run as: the embedded server's owner, or DATABASE_URL. */
  ownerUrl: string;
  /** The least-privilege role the application connects as, when it is not the owner (embedded); null for DATABASE_URL. */
  appRole: string | null;
}

/**
 * Everything that changes the database's shape, as its owner: Framewatch's
 * migrations, the job queue's schema (graphile-worker installs and upgrades
 * it itself) and, for the embedded server, the application role's grants.
 * The application then runs with a role that could do none of it.
 */
export async function migrateDatabase(target: MigrationTarget): Promise<MigrationResult> {
  const result = await applyMigrations(target.ownerUrl);
  const pool = createPgPool(target.ownerUrl, 1);
  try {
    await prepareImportQueue(pool);
  } finally {
    await pool.end();
  }
  if (target.appRole) await grantAppAccess(target.ownerUrl, target.appRole);
  return result;
}
