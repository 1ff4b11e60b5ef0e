import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createEmptyTestDatabase } from "../testing/create-test-database";
import { applyMigrations } from "./apply-migrations";
import { describeSchema } from "./describe-schema";
import { diffPendingSchemaChanges, diffSchemas, MIGRATED_SCHEMA, SCHEMA } from "./diff-schema";

// schema.prisma is the source of truth; these fail when it and
// prisma/migrations drift apart (run `pnpm db:migration <name>` to fix).
describe("schema.prisma and prisma/migrations", () => {
  it("build identical databases", async () => {
    const fromMigrations = await createEmptyTestDatabase("drift_migrations");
    await applyMigrations(fromMigrations);

    const fromSchema = await createEmptyTestDatabase("drift_schema");
    const sql = diffSchemas(fromSchema, null, SCHEMA);
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(sql);
    await client.end();

    expect(await describeSchema(fromMigrations)).toBe(await describeSchema(fromSchema));
  });

  it("have no schema change waiting for a migration", async () => {
    expect(fs.existsSync(MIGRATED_SCHEMA)).toBe(true);
    const scratch = await createEmptyTestDatabase("drift_pending");
    expect(diffPendingSchemaChanges(scratch), "run `pnpm db:migration <name>`").toBe("");
  });
});
