import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { QUEUE_SCHEMA } from "../import/import-queue";
import { createTestDatabase } from "../testing/create-test-database";

/** Runs statements on one session and returns the last result, plus any notices (a skipped ANALYZE warns). */
async function run(url: string, ...statements: string[]): Promise<{ rows: Record<string, unknown>[]; notices: string[] }> {
  const client = new pg.Client({ connectionString: url });
  const notices: string[] = [];
  client.on("notice", (n) => notices.push(n.message ?? ""));
  await client.connect();
  try {
    let rows: Record<string, unknown>[] = [];
    for (const sql of statements) rows = (await client.query(sql)).rows;
    return { rows, notices };
  } finally {
    await client.end();
  }
}

const INSUFFICIENT_PRIVILEGE = { code: "42501" };

describe("the application role", () => {
  let url: string;
  let ownerUrl: string;
  let prisma: PrismaClient;

  beforeAll(async () => {
    ({ url, ownerUrl, prisma } = await createTestDatabase("grants"));
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("is no superuser: it cannot run programs, read server files, or create roles and databases", async () => {
    await expect(run(url, "COPY (SELECT 1) TO PROGRAM 'cat > /dev/null'")).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, "SELECT pg_read_file('postgresql.conf')")).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, "CREATE ROLE intruder SUPERUSER LOGIN")).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, "CREATE DATABASE intruder")).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    const { rows } = await run(url, "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user");
    expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false }]);
    // The owner, for comparison, can (or this test could pass for the wrong reason).
    await expect(run(ownerUrl, "COPY (SELECT 1) TO PROGRAM 'cat > /dev/null'")).resolves.toBeDefined();
  });

  it("cannot change the schema, the migration records or the queue's version", async () => {
    await expect(run(url, "CREATE TABLE planted (v int)")).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, "CREATE SCHEMA planted")).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, `ALTER TABLE "Article" ADD COLUMN planted int`)).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, `DROP TABLE "ShortLink"`)).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, `TRUNCATE "Article"`)).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, `CREATE FUNCTION planted() RETURNS int LANGUAGE sql AS 'SELECT 1'`)).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, `SELECT * FROM "_prisma_migrations"`)).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    await expect(run(url, `DELETE FROM ${QUEUE_SCHEMA}.migrations`)).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
  });

  it("can do what the dashboard, importer and workers do", async () => {
    const { rows, notices } = await run(
      url,
      "BEGIN",
      "CREATE TEMP TABLE scratch ON COMMIT DROP AS SELECT 1 AS v",
      "ANALYZE scratch",
      `ANALYZE "RollupBucket", "RollupCount", "RollupClaim"`,
      "SELECT pg_advisory_xact_lock(1)",
      `SELECT nextval(pg_get_serial_sequence('"RollupBucket"', 'id')) > 0 AS ok`,
      "COMMIT",
    );
    expect(rows).toEqual([]);
    // Without MAINTAIN, ANALYZE of another role's table is skipped with a warning rather than refused.
    expect(notices).toEqual([]);
    // Every refresh vacuums the dirty-cell log it emptied (outside a transaction: VACUUM cannot run in one).
    expect((await run(url, `VACUUM "RollupDirty"`)).notices).toEqual([]);
    const queued = await run(url, `SELECT (${QUEUE_SCHEMA}.add_job('grants_probe', '{}'::json)).id IS NOT NULL AS ok`);
    expect(queued.rows).toEqual([{ ok: true }]);
    await prisma.shortLink.count();
  });

  it("reaches tables that a later migration creates, through default privileges", async () => {
    await run(ownerUrl, `CREATE TABLE "LaterTable" ("id" SERIAL PRIMARY KEY, "v" int)`);
    const { rows } = await run(url, `INSERT INTO "LaterTable" ("v") VALUES (7) RETURNING "id", "v"`);
    expect(rows).toEqual([{ id: 1, v: 7 }]);
    await expect(run(url, `DROP TABLE "LaterTable"`)).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
  });
});
