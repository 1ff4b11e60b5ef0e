import { analyzeArticle, EXTRACTOR_VERSION, NotProseError, type SuppliedMetadata } from "@framewatch/corpus-model";
import type pg from "pg";
import type { ArticleSource } from "./article-rows";
import { storeArticles, type AnalysedFile, type FileOutcome } from "./store-articles";
import { firstLine } from "../first-line";

/**
 * The work of one job: reads its staged files (with the metadata their import
 * file supplied, or a re-analysed article's stored one), analyses them outside any
 * transaction (the CPU-bound part), then stores them together in one short
 * transaction. Files already done (the job ran before and committed) are
 * skipped; files whose article is already stored by the current extractor
 * are "unchanged" without being analysed.
 */
export async function analyseFiles(pool: pg.Pool, runId: number, fileIds: readonly number[]): Promise<FileOutcome[]> {
  const { rows } = await pool.query<{ id: number; source: string; sha256: string; raw: string; supplied: SuppliedMetadata | null; current: boolean }>(
    `SELECT f.id, coalesce(a.source, f.source) AS source, coalesce(a.sha256, f.sha256) AS sha256, coalesce(f.raw, a.raw) AS raw,
            coalesce(f.metadata, a.supplied) AS supplied,
            coalesce(cur."extractorVersion" = $2, false) AS current
       FROM "ImportFile" f
       LEFT JOIN "Article" a ON a.id = f."articleId"
       LEFT JOIN "Article" cur ON cur.sha256 = coalesce(a.sha256, f.sha256)
      WHERE f.id = ANY($1::int[]) AND f.status = 'pending'
      ORDER BY f.id`,
    [fileIds, EXTRACTOR_VERSION],
  );
  const batch: AnalysedFile[] = rows.map((row) => {
    const file: ArticleSource = { source: row.source, sha256: row.sha256, raw: row.raw, supplied: row.supplied };
    if (row.current) return { fileId: row.id, file, result: { unchanged: true } };
    if (row.raw === null) return { fileId: row.id, file, result: { error: "the stored article is gone" } };
    try {
      // An article that is not prose (empty after cleaning, numbers, markup, junk) is refused, not stored.
      return { fileId: row.id, file, result: { analysis: analyzeArticle({ source: row.source, raw: row.raw, metadata: row.supplied ?? undefined }, { requireProse: true }) } };
    } catch (error) {
      if (error instanceof NotProseError) return { fileId: row.id, file, result: { error: error.message } };
      return { fileId: row.id, file, result: { error: `could not analyse: ${firstLine(error)}` } };
    }
  });
  return storeWithFallback(pool, batch, runId);
}

/**
 * Stores the batch in one transaction; if that fails (a lock conflict, or
 * one article PostgreSQL refuses), each file is tried alone so a bad file
 * fails with its reason and the rest are stored.
 */
async function storeWithFallback(pool: pg.Pool, batch: AnalysedFile[], runId: number): Promise<FileOutcome[]> {
  const run = { id: runId, kind: await runKind(pool, runId) };
  const client = await pool.connect();
  try {
    try {
      return await storeArticles(client, batch, run);
    } catch {
      const outcomes: FileOutcome[] = [];
      for (const item of batch) {
        try {
          outcomes.push(...(await storeArticles(client, [item], run)));
        } catch (error) {
          const failed: AnalysedFile = { ...item, result: { error: `could not store: ${firstLine(error)}` } };
          outcomes.push(...(await storeArticles(client, [failed], run)));
        }
      }
      return outcomes;
    }
  } finally {
    client.release();
  }
}

const runKinds = new Map<number, string>();
async function runKind(pool: pg.Pool, runId: number): Promise<string> {
  if (!runKinds.has(runId)) {
    const { rows } = await pool.query<{ kind: string }>(`SELECT kind FROM "ImportRun" WHERE id = $1`, [runId]);
    runKinds.set(runId, rows[0]?.kind ?? "import");
  }
  return runKinds.get(runId)!;
}
