import type { PrismaClient } from "../client";
import type { ImportSummary } from "./import-summary";

/**
 * The one place where a finished import run (or re-analysis) hands over to
 * the rest of the system: every derived table that depends on stored
 * articles is brought up to date here, once per run, after its last article
 * is committed and before `corpus import` reports the run done. A failure
 * here fails the finishing job, which the queue retries.
 */
export async function onImportRunFinished(_run: ImportSummary, _prisma: () => PrismaClient): Promise<void> {
  // Read-side rollups are refreshed here, e.g. `await refreshRollups(_prisma());`
}
