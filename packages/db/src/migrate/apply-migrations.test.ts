import pg from "pg";
import { describe, expect, it } from "vitest";
import { createEmptyTestDatabase } from "../testing/create-test-database";
import { applyMigrations, MigrationError } from "./apply-migrations";
import { readMigrations } from "./read-migrations";

async function recorded(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  await client.end();
  return rows as { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }[];
}

describe("applyMigrations", () => {
  it("applies every migration once and records it the way Prisma Migrate does", async () => {
    const url = await createEmptyTestDatabase("migrate");
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);

    const first = await applyMigrations(url);
    expect(first.applied).toEqual(files.map((f) => f.name));

    const rows = await recorded(url);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }

    const second = await applyMigrations(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(files.map((f) => f.name));
  });

  it("refuses a migration edited after it was applied", async () => {
    const url = await createEmptyTestDatabase("edited");
    const files = readMigrations();
    await applyMigrations(url, files);
    const edited = files.map((f, i) => (i === 0 ? { ...f, checksum: "0".repeat(64) } : f));
    await expect(applyMigrations(url, edited)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(url, edited)).rejects.toThrow(/edited after it was applied/);
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const url = await createEmptyTestDatabase("failing");
    const broken = [{ name: "20990101000000_broken", sql: "CREATE TABLE ok_table (id int); SELECT no_such_function();", checksum: "f".repeat(64) }];
    await expect(applyMigrations(url, broken)).rejects.toThrow(/20990101000000_broken failed/);
    expect(await recorded(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rowCount } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'ok_table'`);
    await client.end();
    expect(rowCount).toBe(0);
  });
});
