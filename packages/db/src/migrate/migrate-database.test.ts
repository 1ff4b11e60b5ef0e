import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createPgPool } from "../import/create-pg-pool";
import { prepareImportQueue, QUEUE_SCHEMA } from "../import/import-queue";
import { embeddedUrl } from "../server/embedded-url";
import { createEmptyTestDatabase } from "../testing/create-test-database";
import { applyMigrations } from "./apply-migrations";
import { migrateDatabase } from "./migrate-database";

async function run(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrateDatabase", () => {
  it("opens a database that an older Framewatch migrated as its only (super)user to the application role", async () => {
    // What older versions left: everything made and filled by the owner, no grants, graphile-worker's tables behind RLS.
    const ownerUrl = await createEmptyTestDatabase("legacy");
    await applyMigrations(ownerUrl);
    const pool = createPgPool(ownerUrl, 1);
    await prepareImportQueue(pool).finally(() => pool.end());
    await run(ownerUrl, `INSERT INTO "Outlet" ("name") VALUES ('Kept')`);
    const { app } = inject("pgCredentials");
    const appUrl = embeddedUrl(inject("pgPort"), new URL(ownerUrl).pathname.slice(1), app);
    await expect(run(appUrl, `SELECT "name" FROM "Outlet"`)).rejects.toThrow(/permission denied/);

    const result = await migrateDatabase({ ownerUrl, appRole: app.user });
    expect(result.applied).toEqual([]);
    expect(await run(appUrl, `SELECT "name" FROM "Outlet"`)).toEqual([{ name: "Kept" }]);
    expect(await run(appUrl, `SELECT (${QUEUE_SCHEMA}.add_job('probe', '{}'::json)).id > 0 AS ok`)).toEqual([{ ok: true }]);
    // Idempotent: every start runs it again.
    await migrateDatabase({ ownerUrl, appRole: app.user });
    expect(await run(appUrl, `SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.jobs`)).toEqual([{ n: 1 }]);
  });

  it("with one login for everything (DATABASE_URL), migrates and grants nothing", async () => {
    const url = await createEmptyTestDatabase("single");
    const result = await migrateDatabase({ ownerUrl: url, appRole: null });
    expect(result.applied.length).toBeGreaterThan(0);
    expect(await run(url, `SELECT count(*)::int AS n FROM pg_policy`)).toEqual([{ n: 0 }]);
  });
});
