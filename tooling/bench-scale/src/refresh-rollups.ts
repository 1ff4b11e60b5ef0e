import { createPrismaClient } from "@framewatch/db";

/** Where a `refreshRollups(prisma)` export may live once the read side has rollups. */
const MODULES = ["@framewatch/db", "@framewatch/db/queries", "@framewatch/db/rollups"];

/**
 * Runs the read side's `refreshRollups(prisma)` if the db package exports
 * one (the bulk copies bypass the import that would normally refresh them);
 * before rollups exist this does nothing. Returns what it did, for the report.
 */
export async function refreshRollupsIfAny(databaseUrl: string): Promise<string> {
  for (const specifier of MODULES) {
    let mod: Record<string, unknown>;
    try {
      // A string variable, so the type checker does not require modules that may not exist yet.
      mod = (await import(specifier)) as Record<string, unknown>;
    } catch {
      continue;
    }
    const refresh = mod.refreshRollups;
    if (typeof refresh !== "function") continue;
    const prisma = createPrismaClient(databaseUrl);
    try {
      const started = performance.now();
      await (refresh as (p: typeof prisma) => Promise<unknown>)(prisma);
      return `refreshRollups from ${specifier} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    } finally {
      await prisma.$disconnect();
    }
  }
  return "none (no refreshRollups export)";
}
