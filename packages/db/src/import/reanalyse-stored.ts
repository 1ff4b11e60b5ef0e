import { EXTRACTOR_VERSION } from "@framewatch/corpus-model";
import type { PrismaClient } from "../client";
import { analyzeAndStore } from "./store-analysis";

/**
 * Re-runs the current extractor over stored articles analysed by an older
 * one. The raw text is kept in the database for exactly this: nothing needs
 * re-importing, ids stay stable, and facts are replaced, never duplicated.
 */
export async function reanalyseStored(
  prisma: PrismaClient,
  onProgress?: (done: number, total: number) => void,
): Promise<{ reanalysed: number; failed: { source: string; reason: string }[] }> {
  const stale = await prisma.article.findMany({
    where: { extractorVersion: { not: EXTRACTOR_VERSION } },
    select: { id: true, source: true, sha256: true, raw: true },
    orderBy: { id: "asc" },
  });
  const failed: { source: string; reason: string }[] = [];
  let reanalysed = 0;
  for (const [i, article] of stale.entries()) {
    try {
      await analyzeAndStore(prisma, article, null);
      reanalysed++;
    } catch (error) {
      // The old analysis stays in place: a failing re-analysis loses nothing.
      failed.push({ source: article.source, reason: error instanceof Error ? error.message : String(error) });
    }
    onProgress?.(i + 1, stale.length);
  }
  return { reanalysed, failed };
}
