import type { PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import type { ImportSummary } from "./import-summary";

/**
 * The one place where a finished import run (or re-analysis) hands over to
 * the rest of the system: every derived table that depends on stored
 * articles is brought up to date here, once per run, after its last article
 * is committed and before `corpus import` reports the run done. A failure
 * here fails the finishing job, which the queue retries.
 */
export async function onImportRunFinished(_run: ImportSummary, prisma: () => PrismaClient): Promise<void> {
  // The charts read summary tables; triggers recorded which cells this run touched, so only those are recomputed.
  await refreshRollups(prisma());
}
