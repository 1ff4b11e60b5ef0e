import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { migrateDatabase } from "@framewatch/db/migrate";
import { connectDatabase, type DatabaseHandle } from "@framewatch/db/server";

export interface OpenDatabase {
  handle: DatabaseHandle;
  prisma: PrismaClient;
  close: () => Promise<void>;
}

/**
 * Connects (starting the embedded server unless DATABASE_URL is set),
 * migrates (the schema and the job queue's) as the database's owner, and
 * returns a client on the application's login (the embedded server's
 * least-privilege role, or DATABASE_URL).
 */
export async function openDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  const handle = await connectDatabase();
  log(handle.embedded ? `PostgreSQL (embedded) ready at ${redact(handle.url)}` : `Using PostgreSQL at ${redact(handle.url)}`);
  try {
    const migrated = await migrateDatabase(handle);
    if (migrated.applied.length > 0) log(`Applied migrations: ${migrated.applied.join(", ")}`);
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
