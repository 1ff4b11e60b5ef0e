import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { migrateDatabase } from "@framewatch/db/migrate";
import { createPgPool, markInterruptedImportRuns } from "@framewatch/db/import";
import { connectDatabase, type DatabaseHandle } from "@framewatch/db/server";

export interface OpenDatabase {
  handle: DatabaseHandle;
  prisma: PrismaClient;
  close: () => Promise<void>;
}

/**
 * Connects (starting the embedded server unless DATABASE_URL is set),
 * migrates (the schema and the job queue's) as the database's owner, marks
 * import runs whose command is gone as interrupted, and returns a client on
 * the application's login (the embedded server's least-privilege role, or
 * DATABASE_URL).
 */
export async function openDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  const handle = await connectDatabase();
  log(handle.embedded ? `PostgreSQL (embedded) ready at ${redact(handle.url)}` : `Using PostgreSQL at ${redact(handle.url)}`);
  try {
    const migrated = await migrateDatabase(handle);
    if (migrated.applied.length > 0) log(`Applied migrations: ${migrated.applied.join(", ")}`);
    const pool = createPgPool(handle.url, 1);
    try {
      // Import runs whose command died (killed, or the database went away under it) are marked now.
      for (const run of await markInterruptedImportRuns(pool)) {
        log(
          `Import run #${run.runId} was interrupted before it finished (${run.done} of ${run.total} staged files done): marked interrupted. ` +
            "What it stored is kept; importing the same files again stores only what is missing.",
        );
      }
    } finally {
      await pool.end();
    }
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
