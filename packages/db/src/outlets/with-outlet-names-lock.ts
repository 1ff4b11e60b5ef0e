import type { Prisma, PrismaClient } from "../client";
import { OUTLET_NAMES_LOCK } from "./outlet-names-lock";

/**
 * Runs `change` in one transaction holding the outlet-names lock exclusively:
 * import batches that resolve names wait for it, and see the change whole.
 */
export function withOutletNamesLock<T>(prisma: PrismaClient, change: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${OUTLET_NAMES_LOCK})`);
      return change(tx);
    },
    // Moving a large outlet's articles rewrites them all; imports wait behind it rather than fail.
    { timeout: 30 * 60_000, maxWait: 2 * 60_000 },
  );
}
