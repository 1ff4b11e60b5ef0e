import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export { PrismaClient } from "./generated/prisma/client";
export type { Prisma } from "./generated/prisma/client";

/** A Prisma client over @prisma/adapter-pg (no native query engine). */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

// One client per process: Next.js dev reloads modules, and every new client
// would open its own connection pool.
const globalForPrisma = globalThis as unknown as { framewatchPrisma?: PrismaClient };

/** The process-wide client for DATABASE_URL (which the start command sets for the dashboard). */
export function getPrisma(): PrismaClient {
  if (!globalForPrisma.framewatchPrisma) {
    const url = readEnv().DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start Framewatch with `npm start` (which runs PostgreSQL and sets it), " +
          "or set DATABASE_URL to your PostgreSQL.",
      );
    }
    globalForPrisma.framewatchPrisma = createPrismaClient(url);
  }
  return globalForPrisma.framewatchPrisma;
}
