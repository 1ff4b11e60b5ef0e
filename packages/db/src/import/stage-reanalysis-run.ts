import { EXTRACTOR_VERSION } from "@framewatch/corpus-model";
import type pg from "pg";
import { enqueueAnalysis, enqueueFinish, isRunComplete } from "./import-queue";

/** Stored articles staged and queued per statement. */
const CHUNK = 2_000;

/**
 * Queues the re-analysis of every stored article whose analysis came from an
 * older extractor, as a run of kind "reanalyse": the raw text is already in
 * the database, so nothing is read from disk, ids stay stable, and facts
 * are replaced, never duplicated. A re-analysis still under way (the start
 * command was stopped mid-way) is resumed, not started twice. Returns the
 * run, or null when every article is current.
 */
export async function stageReanalysisRun(pool: pg.Pool): Promise<{ runId: number; total: number } | null> {
  const { rows: open } = await pool.query<{ id: number; total: number }>(
    `SELECT id, total FROM "ImportRun" WHERE kind = 'reanalyse' AND "extractorVersion" = $1 AND "stagedAt" IS NOT NULL AND "finishedAt" IS NULL
      ORDER BY id LIMIT 1`,
    [EXTRACTOR_VERSION],
  );
  if (open[0]) {
    if (await isRunComplete(pool, open[0].id)) await enqueueFinish(pool, open[0].id);
    return { runId: open[0].id, total: open[0].total };
  }
  const { rows: stale } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" WHERE "extractorVersion" <> $1`, [EXTRACTOR_VERSION]);
  if ((stale[0]?.n ?? 0) === 0) return null;

  const client = await pool.connect();
  try {
    // One transaction: the run is either fully staged and queued, or not there at all.
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "ImportRun" (kind, "extractorVersion", "startedBy") VALUES ('reanalyse', $1, $2) RETURNING id`,
      [EXTRACTOR_VERSION, `re-analysis by extractor ${EXTRACTOR_VERSION}`],
    );
    const runId = rows[0]!.id;
    let total = 0;
    for (let after = 0; ; ) {
      const { rows: staged } = await client.query<{ id: number; articleId: number }>(
        `INSERT INTO "ImportFile" ("runId", source, sha256, "articleId")
         SELECT $1, source, sha256, id FROM "Article" WHERE "extractorVersion" <> $2 AND id > $3 ORDER BY id LIMIT $4
         RETURNING id, "articleId"`,
        [runId, EXTRACTOR_VERSION, after, CHUNK],
      );
      if (staged.length === 0) break;
      total += staged.length;
      after = Math.max(...staged.map((s) => s.articleId));
      await enqueueAnalysis(client, runId, staged.map((s) => s.id).sort((a, b) => a - b));
    }
    await client.query(`UPDATE "ImportRun" SET "stagedAt" = now(), total = $2 WHERE id = $1`, [runId, total]);
    await client.query("COMMIT");
    return { runId, total };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
