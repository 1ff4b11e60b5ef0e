import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { applyMigrations } from "@framewatch/db/migrate";
import { createPgPool, prepareImportQueue } from "@framewatch/db/import";
import { connectDatabase, type DatabaseHandle } from "@framewatch/db/server";

export interface OpenDatabase {
  handle: DatabaseHandle;
  prisma: PrismaClient;
  close: () => Promise<void>;
}

/** Connects (starting the embedded server unless DATABASE_URL is set), migrates (the schema and the job queue's), and returns a client. */
export async function openDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  const handle = await connectDatabase();
  log(handle.embedded ? `PostgreSQL (embedded) ready at ${redact(handle.url)}` : `Using PostgreSQL at ${redact(handle.url)}`);
  try {
    const migrated = await applyMigrations(handle.url);
    if (migrated.applied.length > 0) log(`Applied migrations: ${migrated.applied.join(", ")}`);
    const pool = createPgPool(handle.url, 1);
    await prepareImportQueue(pool).finally(() => pool.end());
  } catch (error) {
    await handle.stop();
    throw error;
  }
  const prisma = createPrismaClient(handle.url);
  return {
    handle,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await handle.stop();
    },
  };
}

/** Hides the password in a connection string printed to a terminal. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
