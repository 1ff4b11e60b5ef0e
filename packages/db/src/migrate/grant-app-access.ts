import pg from "pg";
import { QUEUE_SCHEMA } from "../import/import-queue";
import { ANALYZED_TABLES, VACUUMED_TABLES } from "../rollups/refresh-rollups";
import { MIGRATION_LOCK_KEY } from "./apply-migrations";

/** The row-level security policy that opens the queue's tables to the application role. */
const QUEUE_POLICY = "framewatch_app_works_the_queue";

/**
 * Gives the application role what the dashboard, importer and workers use,
 * and nothing more: rows of the tables (not their shape), sequences for
 * inserts, the queue's functions, temporary tables (the rollup refresh's
 * scratch tables) and MAINTAIN on the tables a refresh re-analyses or vacuums. It
 * cannot create or alter objects, read files or run programs; and it may not
 * touch the migration bookkeeping.
 *
 * Run as the owner after migrations (the queue's schema included), on every
 * start: idempotent, and the default privileges cover tables that later
 * migrations create before it runs again.
 */
export async function grantAppAccess(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const app = pg.escapeIdentifier(appRole);
  try {
    await client.query("BEGIN");
    // Concurrent GRANTs on one object fail ("tuple concurrently updated"): starters take turns, as they do for migrations.
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    const { rows } = await client.query<{ db: string; owner: string; version: number; schemas: string[] }>(
      `SELECT current_database() AS db, current_user AS owner, current_setting('server_version_num')::int AS version,
              ARRAY(SELECT nspname::text FROM pg_namespace WHERE nspname = ANY($1::text[]) ORDER BY nspname) AS schemas`,
      [["public", QUEUE_SCHEMA]],
    );
    const { db, owner, version, schemas } = rows[0]!;
    const statements = [
      `REVOKE ALL ON DATABASE ${pg.escapeIdentifier(db)} FROM PUBLIC`,
      `GRANT CONNECT, TEMPORARY ON DATABASE ${pg.escapeIdentifier(db)} TO ${app}`,
      `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    ];
    for (const schema of schemas.map((s) => pg.escapeIdentifier(s))) {
      const defaults = `ALTER DEFAULT PRIVILEGES FOR ROLE ${pg.escapeIdentifier(owner)} IN SCHEMA ${schema} GRANT`;
      statements.push(
        `GRANT USAGE ON SCHEMA ${schema} TO ${app}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app}`,
        `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app}`,
        `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${app}`,
        `${defaults} SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
        `${defaults} USAGE, SELECT ON SEQUENCES TO ${app}`,
        `${defaults} EXECUTE ON FUNCTIONS TO ${app}`,
      );
    }
    const tables = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1::text[])`,
      [schemas],
    );
    const has = new Set(tables.rows.map((r) => r.name));
    // Migrations are the owner's business; the queue's workers only read which migrations it has.
    if (has.has("public._prisma_migrations")) statements.push(`REVOKE ALL ON public."_prisma_migrations" FROM ${app}`);
    if (has.has(`${QUEUE_SCHEMA}.migrations`)) {
      statements.push(`REVOKE INSERT, UPDATE, DELETE ON ${pg.escapeIdentifier(QUEUE_SCHEMA)}.migrations FROM ${app}`);
    }
    // A large refresh re-analyses its tables so the planner keeps using their indexes, and every refresh vacuums the
    // dirty-cell log it emptied; MAINTAIN exists from PostgreSQL 17.
    const analyzed = [...ANALYZED_TABLES, ...VACUUMED_TABLES].filter((t) => has.has(`public.${t}`)).map((t) => `public.${pg.escapeIdentifier(t)}`);
    if (version >= 170000 && analyzed.length > 0) statements.push(`GRANT MAINTAIN ON ${analyzed.join(", ")} TO ${app}`);
    // graphile-worker turns row-level security on for its tables with no policy, leaving their rows to the
    // owner alone; the workers, logging in as the application role, get a policy that lets them work the queue.
    const guarded = await client.query<{ name: string; policy: boolean }>(
      `SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = $2) AS policy
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relrowsecurity`,
      [QUEUE_SCHEMA, QUEUE_POLICY],
    );
    for (const { name } of guarded.rows.filter((r) => !r.policy)) {
      statements.push(
        `CREATE POLICY ${pg.escapeIdentifier(QUEUE_POLICY)} ON ${pg.escapeIdentifier(QUEUE_SCHEMA)}.${pg.escapeIdentifier(name)} ` +
          `FOR ALL TO ${app} USING (true) WITH CHECK (true)`,
      );
    }
    for (const sql of statements) await client.query(sql);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
