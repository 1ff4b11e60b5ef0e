import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { REPO_ROOT } from "../paths";
import { MIGRATIONS_DIR } from "./read-migrations";

const require = createRequire(import.meta.url);
const DB_PACKAGE = path.resolve(import.meta.dirname, "..", "..");
export const SCHEMA = path.join(REPO_ROOT, "prisma", "schema.prisma");
/**
 * The schema the committed migrations were generated for. Prisma's offline
 * (WASM) engine cannot read a live database's schema (prisma/orm#27403), so
 * new migrations are diffed schema-to-schema from this copy; the drift test
 * checks the migrations themselves against schema.prisma on real PostgreSQL.
 */
export const MIGRATED_SCHEMA = path.join(MIGRATIONS_DIR, "migrated-schema.prisma");

/**
 * Asks Prisma's own differ for the SQL between two datamodels (`from` null =
 * empty database); "" when they agree. Its WASM engine needs a live database
 * to work in, hence `databaseUrl` (a throwaway one).
 */
export function diffSchemas(databaseUrl: string, from: string | null, to: string = SCHEMA): string {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  const prismaCli = require.resolve("prisma/build/index.js");
  const out = execFileSync(
    process.execPath,
    [prismaCli, "migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script"],
    {
      cwd: DB_PACKAGE,
      encoding: "utf8",
      // The child inherits this environment, pointed at the throwaway database.
      // eslint-disable-next-line no-restricted-properties
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return isEmptyDiff(out) ? "" : out;
}

/** The SQL a new migration needs: from the last migrated schema to schema.prisma. */
export function diffPendingSchemaChanges(databaseUrl: string): string {
  return diffSchemas(databaseUrl, fs.existsSync(MIGRATED_SCHEMA) ? MIGRATED_SCHEMA : null);
}

/** Prisma prints a comment-only script when nothing differs. */
export function isEmptyDiff(script: string): boolean {
  return (
    script
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("--") && l !== 'CREATE SCHEMA IF NOT EXISTS "public";').length === 0
  );
}
