import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../paths";

export const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");

export interface MigrationFile {
  /** The folder name, e.g. "20261122220000_init"; Prisma's migration_name. */
  name: string;
  sql: string;
  /** sha256 of the file's bytes, hex: the checksum Prisma records. */
  checksum: string;
}

/** The migrations in `prisma/migrations`, in the order Prisma applies them (folder name order). */
export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}
