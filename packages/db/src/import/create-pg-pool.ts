import pg from "pg";

/**
 * A node-postgres pool for the import pipeline's raw SQL (Prisma's client
 * and query compiler cost more than the analysis on this path). An idle
 * connection that breaks (the server restarting) is dropped and replaced by
 * the pool; without a listener that error would end the process.
 */
export function createPgPool(databaseUrl: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  pool.on("error", () => {});
  // A checked-out client's socket can break too; the query in flight rejects, which is where it is handled.
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}
