import { getAuthTables } from "better-auth/db";
import { getMigrations, matchType } from "better-auth/db/migration";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@framewatch/db/testing/database";
import { AUTH_SCHEMA_OPTIONS } from "./auth-options";

interface Column {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
  hasDefault: boolean;
}

/**
 * prisma/schema.prisma declares Better Auth's tables by hand; these tests hold
 * it to Better Auth's own description of them (getAuthTables), so an upgrade of
 * better-auth that needs a new table or column fails here, not at sign-in.
 */
describe("the migrated account tables", () => {
  let ownerPool: pg.Pool;
  let appPool: pg.Pool;
  let columns: Column[];
  const tables = getAuthTables(AUTH_SCHEMA_OPTIONS);

  beforeAll(async () => {
    const db = await createTestDatabase("authschema");
    await db.prisma.$disconnect();
    ownerPool = new pg.Pool({ connectionString: db.ownerUrl });
    appPool = new pg.Pool({ connectionString: db.url });
    const { rows } = await ownerPool.query<Column>(
      `SELECT table_name AS table, column_name AS column, udt_name AS type, is_nullable = 'YES' AS nullable,
              column_default IS NOT NULL AS "hasDefault"
         FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    columns = rows;
  });
  afterAll(async () => {
    await ownerPool.end();
    await appPool.end();
  });

  it("has every table and column Better Auth expects, with a matching type and nullability", () => {
    expect(Object.keys(tables).sort()).toEqual(["account", "session", "user", "verification"]);
    for (const table of Object.values(tables)) {
      const id = columns.find((c) => c.table === table.modelName && c.column === "id");
      expect(id, `${table.modelName}.id`).toMatchObject({ type: "text", nullable: false });
      for (const [key, field] of Object.entries(table.fields)) {
        const name = field.fieldName ?? key;
        const column = columns.find((c) => c.table === table.modelName && c.column === name);
        expect(column, `${table.modelName}.${name} is missing`).toBeDefined();
        expect(matchType(column!.type, field.type, "postgres"), `${table.modelName}.${name}: ${column!.type} for ${String(field.type)}`).toBe(true);
        expect(column!.nullable, `${table.modelName}.${name} nullable`).toBe(field.required === false);
      }
    }
  });

  it("has no required column Better Auth does not fill in (its inserts would fail)", () => {
    for (const table of Object.values(tables)) {
      const known = new Set(["id", ...Object.entries(table.fields).map(([key, f]) => f.fieldName ?? key)]);
      const extra = columns.filter((c) => c.table === table.modelName && !known.has(c.column) && !c.nullable && !c.hasDefault);
      expect(extra, table.modelName).toEqual([]);
    }
  });

  it("has the unique and foreign keys Better Auth relies on", async () => {
    const { rows } = await ownerPool.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid IN ('"user"'::regclass, 'session'::regclass, 'account'::regclass)
        UNION ALL SELECT indexdef FROM pg_indexes WHERE tablename IN ('user', 'session') AND indexdef LIKE 'CREATE UNIQUE%'`,
    );
    const defs = rows.map((r) => r.def).join("\n");
    for (const table of Object.values(tables)) {
      for (const [key, field] of Object.entries(table.fields)) {
        const name = field.fieldName ?? key;
        if (field.unique) expect(defs).toContain(`ON public.${table.modelName === "user" ? '"user"' : table.modelName} USING btree (${name === "email" || name === "token" ? name : `"${name}"`})`);
        if (field.references) {
          expect(defs).toMatch(new RegExp(`FOREIGN KEY \\("${name}"\\) REFERENCES "?${field.references.model}"?\\(${field.references.field}\\) ON UPDATE CASCADE ON DELETE ${(field.references.onDelete ?? "cascade").toUpperCase()}`));
        }
      }
    }
  });

  it("needs no migration by Better Auth's own planner, seen as the application role", async () => {
    const plan = await getMigrations({ ...AUTH_SCHEMA_OPTIONS, database: appPool, telemetry: { enabled: false } }, { throwOnUnsafe: false });
    expect(plan.toBeCreated.map((t) => t.table)).toEqual([]);
    expect(plan.toBeAdded.map((t) => `${t.table}: ${Object.keys(t.fields).join(", ")}`)).toEqual([]);
  });

  it("are open to the application role for rows, not for their shape", async () => {
    for (const table of ["user", "session", "account", "verification"]) {
      await expect(appPool.query(`SELECT count(*) FROM "${table}"`)).resolves.toBeDefined();
    }
    await expect(appPool.query(`ALTER TABLE "user" ADD COLUMN intruder text`)).rejects.toMatchObject({ code: "42501" });
  });
});
