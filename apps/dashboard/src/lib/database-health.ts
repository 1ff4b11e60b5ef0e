import { isConnectionLoss } from "@framewatch/db";
import { db } from "./db";

/** What a client is told to wait before asking again (Retry-After, and the page's own refresh). */
export const RETRY_AFTER_SECONDS = 5;
/** While the database answers, it is asked again at most this often (the proxy asks before each request). */
const UP_RECHECK_MS = 1_000;
/** While it does not, this often: a recovered database is noticed within it. */
const DOWN_RECHECK_MS = 500;
/** A probe that takes longer counts as unreachable (a link that drops packets never refuses). */
const PROBE_TIMEOUT_MS = 3_000;

interface Health {
  up: boolean;
  checkedAt: number;
  probe: Promise<boolean> | null;
}

// On globalThis: the proxy, route handlers and pages may be separate bundles in one process, and
// what one of them learns (a query failed on a lost connection) should reach the others at once.
const holder = globalThis as unknown as { framewatchDatabaseHealth?: Health };
const health = (): Health => (holder.framewatchDatabaseHealth ??= { up: true, checkedAt: 0, probe: null });

/**
 * Whether the database answers, by a `SELECT 1` on the dashboard's own
 * client, so a yes also says its connection pool has reconnected. Asked
 * at most once a second while up (concurrent callers share one probe), so
 * it costs nothing noticeable per request; the Prisma client's pool drops
 * connections the server closed and opens new ones on its own, so the
 * dashboard recovers without a restart once the probe succeeds again.
 */
export async function databaseAvailable(): Promise<boolean> {
  const h = health();
  if (Date.now() - h.checkedAt < (h.up ? UP_RECHECK_MS : DOWN_RECHECK_MS)) return h.up;
  h.probe ??= probe().then((up) => {
    h.up = up;
    h.checkedAt = Date.now();
    h.probe = null;
    return up;
  });
  return h.probe;
}

/**
 * Records an error a query threw: true (and the database is counted down
 * until a probe says otherwise) when it means the database is unreachable.
 */
export function noteDatabaseError(error: unknown): boolean {
  if (!isConnectionLoss(error)) return false;
  const h = health();
  h.up = false;
  h.checkedAt = Date.now();
  return true;
}

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const query = (async () => {
    try {
      await db().$queryRaw`SELECT 1`;
      return true;
    } catch (error) {
      if (isConnectionLoss(error)) return false;
      // Anything else (no DATABASE_URL, a permission) is not an outage: let the request meet and report it.
      console.error(`database probe failed: ${error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error)}`);
      return true;
    }
  })();
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
