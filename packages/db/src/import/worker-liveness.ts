import type { WorkerUtils } from "graphile-worker";
import type pg from "pg";
import { QUEUE_SCHEMA } from "./import-queue";

/**
 * graphile-worker keeps a job locked by a worker that died (killed, machine
 * lost) for four hours before anyone else may run it. Each Framewatch worker
 * pool therefore holds a PostgreSQL advisory lock named after its pool id
 * (what graphile-worker records as a job's `locked_by`) for as long as its
 * database session lives. A pool id whose lock is free belongs to a dead
 * worker, and its jobs are released at once with graphile-worker's own
 * forceUnlockWorkers. Running a job twice is harmless here: a staged file
 * and its article commit together, so the second run finds it done.
 */
const LOCK_NAMESPACE = 0x46574b52; // "FWKR"

/**
 * A pool takes its lock as it starts, within milliseconds of locking its
 * first job; a job locked for longer than this by a pool without the lock
 * is therefore an orphan, never a job of a pool that is just starting.
 */
const ORPHAN_AFTER = "10 seconds";

/** Takes the liveness lock for a pool on a session the caller keeps open while the pool runs. */
export async function holdLivenessLock(client: pg.PoolClient | pg.Client, poolId: string): Promise<void> {
  // A dead machine's session must end soon, or its lock outlives the worker: probe the link every few seconds.
  await client.query("SET tcp_keepalives_idle = 15; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
  await client.query("SELECT pg_advisory_lock($1, hashtext($2))", [LOCK_NAMESPACE, poolId]);
}

/** How many Framewatch workers are alive on this database, on any machine. */
export async function countLiveWorkers(db: pg.Pool | pg.PoolClient): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1::oid AND objsubid = 2
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [LOCK_NAMESPACE],
  );
  return rows[0]?.n ?? 0;
}

/** Releases the jobs of worker pools that are gone; returns their ids. */
export async function releaseJobsOfDeadWorkers(pool: pg.Pool, utils: WorkerUtils): Promise<string[]> {
  const client = await pool.connect();
  const dead: string[] = [];
  try {
    const { rows } = await client.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM ${QUEUE_SCHEMA}.jobs WHERE locked_by IS NOT NULL AND locked_at < now() - interval '${ORPHAN_AFTER}'`,
    );
    for (const { locked_by: id } of rows) {
      const { rows: probe } = await client.query<{ free: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS free", [LOCK_NAMESPACE, id]);
      if (probe[0]?.free) {
        dead.push(id);
        await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LOCK_NAMESPACE, id]);
      }
    }
  } finally {
    client.release();
  }
  if (dead.length > 0) await utils.forceUnlockWorkers(dead);
  return dead;
}
