import type { PrismaClient } from "../client";
import { RUN_COLUMNS, toRunItem, type ImportRunItem, type RunRow } from "./import-run-item";

export interface ImportRunDetail extends ImportRunItem {
  /** Articles the run added that are still stored (re-analysed ones included; 0 once deleted). */
  articles: number;
  /** Whether the run's per-file outcomes were kept (runs finished before the history existed kept only their failures). */
  filesKept: boolean;
  /** Version of the extractor that analysed the run's files. */
  extractorVersion: string;
}

/** One run of the import history with how many of its articles are stored; null when there is no such run. */
export async function getImportRun(prisma: PrismaClient, runId: number): Promise<ImportRunDetail | null> {
  if (!Number.isSafeInteger(runId) || runId < 1 || runId > 2 ** 31 - 1) return null;
  const [row] = await prisma.$queryRaw<(RunRow & { extractorVersion: string; articles: number; filesKept: boolean })[]>`
    SELECT ${RUN_COLUMNS}, r."extractorVersion",
           (SELECT count(*) FROM "Article" a WHERE a."importRunId" = r."id")::int AS articles,
           EXISTS (SELECT 1 FROM "ImportFile" f WHERE f."runId" = r."id") AS "filesKept"
      FROM "ImportRun" r WHERE r."id" = ${runId}`;
  if (!row) return null;
  return { ...toRunItem(row), articles: row.articles, filesKept: row.filesKept || row.total === 0, extractorVersion: row.extractorVersion };
}
