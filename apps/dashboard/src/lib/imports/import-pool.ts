import { readEnv } from "@framewatch/db";
import { createPgPool } from "@framewatch/db/import";

/** The import pipeline's pg pool (the dashboard depends on pg only through @framewatch/db). */
type Pool = ReturnType<typeof createPgPool>;

/** Uploads stage with COPY and follow runs with plain SQL, as `corpus import` does: through pg, not Prisma. */
const POOL_SIZE = 4;

// One pool per process, kept across Next.js dev reloads as the Prisma client is (packages/db/src/client.ts).
const globalForPool = globalThis as unknown as { framewatchImportPool?: Pool };

/** The dashboard's pool for the import pipeline (DATABASE_URL, which `corpus serve` sets). */
export function importPool(): Pool {
  if (!globalForPool.framewatchImportPool) {
    const url = readEnv().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start Framewatch with `npm start`, or set DATABASE_URL to your PostgreSQL.");
    globalForPool.framewatchImportPool = createPgPool(url, POOL_SIZE);
  }
  return globalForPool.framewatchImportPool;
}
