import pg from "pg";

/**
 * A plain-text description of a database's public schema (tables, columns,
 * enums, constraints, indexes) without Prisma's bookkeeping table, so two
 * databases built different ways can be compared for equality.
 */
export async function describeSchema(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const queries = [
      `SELECT table_name, column_name, udt_name, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`,
      `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
        ORDER BY t.typname, e.enumsortorder`,
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace
          AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`,
      `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
    ];
    const parts: string[] = [];
    for (const q of queries) {
      const { rows } = await client.query(q);
      parts.push(rows.map((r) => Object.values(r).join(" | ")).join("\n"));
    }
    return parts.join("\n\n");
  } finally {
    await client.end();
  }
}
