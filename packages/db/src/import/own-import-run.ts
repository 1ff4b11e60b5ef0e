import { EXTRACTOR_VERSION } from "@framewatch/corpus-model";
import os from "node:os";
import type pg from "pg";
import { enqueueFinish, isRunComplete } from "./import-queue";

/**
 * An import run is owned by the command that started it for as long as that
 * command lives: it holds a PostgreSQL advisory lock named after the run on a
 * session of its own. A run that is unfinished and whose lock is free has
 * lost its command (the database went away under it, it was killed), and is
 * marked interrupted on the next start (markInterruptedImportRuns).
 */
const LOCK_NAMESPACE = 0x46575255; // "FWRU"

export interface OwnedImportRun {
  runId: number;
  /** Marks the run interrupted now (the command is stopping before the end); best effort, the database may be gone. */
  interrupt: () => Promise<void>;
  /** Lets go of the run (its session closes); call once the command is done with it. */
  release: () => Promise<void>;
}

/** Who started a run, as the import history shows it (ImportRun.startedBy / startedById). */
export interface ImportStarter {
  label: string;
  /** The signed-in account that started it from the browser. */
  userId?: string | null;
}

/** A run started by `corpus import`, named after the OS user (os.userInfo throws when the uid has no passwd entry, as in some containers). */
export function commandLineStarter(): ImportStarter {
  try {
    return { label: `command line (${os.userInfo().username})` };
  } catch {
    return { label: "command line" };
  }
}

/** Creates an import run owned by this process: the row and the lock commit together, so no start ever sees it unowned. */
export async function createOwnedImportRun(pool: pg.Pool, startedBy: ImportStarter = commandLineStarter()): Promise<OwnedImportRun> {
  const session = await pool.connect();
  let runId: number;
  try {
    await session.query("BEGIN");
    const { rows } = await session.query<{ id: number }>(
      `INSERT INTO "ImportRun" (kind, "extractorVersion", "startedBy", "startedById") VALUES ('import', $1, $2, $3) RETURNING id`,
      [EXTRACTOR_VERSION, startedBy.label, startedBy.userId ?? null],
    );
    runId = rows[0]!.id;
    await session.query("SELECT pg_advisory_lock($1, $2)", [LOCK_NAMESPACE, runId]);
    await session.query("COMMIT");
  } catch (error) {
    session.release(true);
    throw error;
  }
  let released = false;
  return {
    runId,
    interrupt: async () => {
      await markRunInterrupted(pool, runId);
    },
    release: async () => {
      if (released) return;
      released = true;
      // Destroyed, not returned to the pool: the lock goes with the session.
      session.release(true);
    },
  };
}

/**
 * Marks every unfinished import run whose command is gone as interrupted,
 * and queues the finish of those with nothing left pending, so each ends
 * with a summary of what it stored. Returns the runs marked.
 */
export async function markInterruptedImportRuns(pool: pg.Pool): Promise<{ runId: number; done: number; total: number }[]> {
  const { rows: open } = await pool.query<{ id: number }>(
    `SELECT id FROM "ImportRun" WHERE kind = 'import' AND "finishedAt" IS NULL AND "interruptedAt" IS NULL ORDER BY id`,
  );
  const marked: { runId: number; done: number; total: number }[] = [];
  for (const { id } of open) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // Free only when no live session owns the run; held until this transaction ends.
      const { rows: probe } = await client.query<{ free: boolean }>("SELECT pg_try_advisory_xact_lock($1, $2) AS free", [LOCK_NAMESPACE, id]);
      if (probe[0]?.free) {
        const { rows } = await client.query<{ done: number; total: number }>(
          `UPDATE "ImportRun" SET "interruptedAt" = now() WHERE id = $1 AND "finishedAt" IS NULL AND "interruptedAt" IS NULL
           RETURNING imported + unchanged + reanalysed + failed AS done, total`,
          [id],
        );
        if (rows[0]) marked.push({ runId: id, ...rows[0] });
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
  for (const run of marked) if (await isRunComplete(pool, run.runId)) await enqueueFinish(pool, run.runId);
  return marked;
}

/** Marks one run interrupted (unless it finished first) and queues its finish when nothing is pending. */
async function markRunInterrupted(pool: pg.Pool, runId: number): Promise<void> {
  await pool.query(`UPDATE "ImportRun" SET "interruptedAt" = now() WHERE id = $1 AND "finishedAt" IS NULL AND "interruptedAt" IS NULL`, [runId]);
  if (await isRunComplete(pool, runId)) await enqueueFinish(pool, runId);
}
