import type pg from "pg";
import type { PrismaClient } from "../client";
import type { ImportSummary } from "./import-summary";
import { onImportRunFinished } from "./on-import-run-finished";

/**
 * Ends a run whose files all have an outcome: onImportRunFinished runs, then
 * the per-file outcomes are summed into ImportRun (failures with their
 * reasons), in one transaction. The rows stay, without their staged text or
 * metadata, as the run's per-file outcomes in the import history. The run
 * counts as finished only after the hook succeeded, so a failing hook is
 * retried with the job. Idempotent: a run already finished, or with files
 * still pending, is left alone (returns null).
 */
export async function finishImportRun(pool: pg.Pool, runId: number, prisma: () => PrismaClient): Promise<ImportSummary | null> {
  const before = await summariseRun(pool, runId);
  if (!before) return null;
  await onImportRunFinished(before, prisma);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // Locks the run: a concurrent finisher waits here, then finds it finished.
    const summary = await summariseRun(client, runId, true);
    if (!summary) {
      await client.query("ROLLBACK");
      return null;
    }
    await client.query(
      `UPDATE "ImportRun" SET "finishedAt" = now(), total = $2, imported = $3, unchanged = $4, reanalysed = $5, failed = $6, failures = $7::jsonb
        WHERE id = $1`,
      [runId, summary.total, summary.imported, summary.unchanged, summary.reanalysed, summary.failed, JSON.stringify(summary.failures)],
    );
    // Stored articles carry their own text and metadata; the history needs only source, outcome and reason.
    await client.query(`UPDATE "ImportFile" SET raw = NULL, metadata = NULL WHERE "runId" = $1 AND (raw IS NOT NULL OR metadata IS NOT NULL)`, [runId]);
    await client.query("COMMIT");
    return summary;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The run's outcome from its staging rows; null unless it is staged (or interrupted), unfinished and has nothing pending. */
async function summariseRun(db: pg.Pool | pg.PoolClient, runId: number, lock = false): Promise<ImportSummary | null> {
  const { rows: runs } = await db.query<{ kind: string; stagedAt: Date | null; finishedAt: Date | null; interruptedAt: Date | null }>(
    `SELECT kind, "stagedAt", "finishedAt", "interruptedAt" FROM "ImportRun" WHERE id = $1 ${lock ? "FOR UPDATE" : ""}`,
    [runId],
  );
  const run = runs[0];
  // An interrupted run's staging is over too: it ends with what was staged.
  if (!run || run.finishedAt || (!run.stagedAt && !run.interruptedAt)) return null;
  const { rows: counts } = await db.query<{ status: string; n: number }>(
    `SELECT status::text AS status, count(*)::int AS n FROM "ImportFile" WHERE "runId" = $1 GROUP BY status`,
    [runId],
  );
  const count = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
  if (count("pending") > 0) return null;
  const { rows: failures } = await db.query<{ source: string; reason: string }>(
    `SELECT source, coalesce(reason, 'unknown') AS reason FROM "ImportFile" WHERE "runId" = $1 AND status = 'failed' ORDER BY id`,
    [runId],
  );
  return {
    runId,
    kind: run.kind === "reanalyse" ? "reanalyse" : "import",
    interrupted: run.interruptedAt !== null,
    total: counts.reduce((s, c) => s + c.n, 0),
    imported: count("imported"),
    unchanged: count("unchanged"),
    reanalysed: count("reanalysed"),
    failed: count("failed"),
    failures,
  };
}
