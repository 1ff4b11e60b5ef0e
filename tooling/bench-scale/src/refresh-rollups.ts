import { createPrismaClient } from "@framewatch/db";
import { refreshRollups } from "@framewatch/db/rollups";

/**
 * Brings the summary tables up to date after the bulk SQL copies, which
 * bypass the import run that would normally refresh them. Returns what it
 * did, for the report.
 */
export async function refreshRollupsAfterCopy(databaseUrl: string): Promise<string> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const summary = await refreshRollups(prisma);
    return `refreshRollups: ${summary.full ? "full build" : "incremental"}, ${summary.cells} cells in ${(summary.ms / 1000).toFixed(1)} s`;
  } finally {
    await prisma.$disconnect();
  }
}
