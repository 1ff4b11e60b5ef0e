import { setTimeout as sleep } from "node:timers/promises";
import { firstLine } from "@framewatch/db";
import type { RestartableServer } from "@framewatch/db/server";

export interface SuperviseDatabaseOptions {
  log: (line: string) => void;
  /** Give up after this many deaths or failed starts within `windowMs` (default 5 in 60 s). */
  maxRestarts?: number;
  windowMs?: number;
  /** First delay before a start; doubles with each recent failure, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export interface SupervisedDatabase {
  /** Restarts no more; settles once a start in progress has finished, so stopping the server then stops the one running. */
  stop: () => Promise<void>;
  /** Settles when supervision ends: stopped (true), or given up (false). */
  ended: Promise<boolean>;
}

/**
 * Keeps the embedded PostgreSQL `corpus serve` started running: when its
 * postmaster dies (killed, crashed) it is started again on the same data
 * folder and port, so the dashboard's and the workers' connection strings
 * stay valid and they reconnect on their own. A start that fails (the old
 * server's processes still exiting, the port briefly held) is retried with a
 * backoff; after too many deaths or failures in a row it gives up, and the
 * caller stops everything with a non-zero exit.
 */
export function superviseDatabase(server: RestartableServer, options: SuperviseDatabaseOptions): SupervisedDatabase {
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const stopped = new AbortController();
  const failures: number[] = [];

  // Aborted by stop(): resolves early (timers/promises removes its abort listener either way).
  const wait = (ms: number) => sleep(ms, undefined, { signal: stopped.signal }).catch(() => {});
  const untilStopped = new Promise<null>((resolve) => stopped.signal.addEventListener("abort", () => resolve(null), { once: true }));
  /** Counts a failure; returns the delay before the next start, or null when it is time to give up. */
  const failed = (): number | null => {
    const now = Date.now();
    failures.push(now);
    while (failures.length > 0 && failures[0]! < now - windowMs) failures.shift();
    if (failures.length > maxRestarts) return null;
    return Math.min(maxBackoffMs, backoffMs * 2 ** (failures.length - 1));
  };

  const ended = (async (): Promise<boolean> => {
    for (;;) {
      const how = await Promise.race([server.died(), untilStopped]);
      if (how === null || stopped.signal.aborted) return true;
      let delay = failed();
      if (delay === null) {
        options.log(`PostgreSQL ${how}: ${failures.length} deaths or failed starts within ${Math.round(windowMs / 1000)} s, so it is not restarted. Stopping.`);
        return false;
      }
      options.log(`PostgreSQL ${how}; restarting it on the same data folder (${server.dataDir}) in ${(delay / 1000).toFixed(0)} s.`);
      for (;;) {
        await wait(delay);
        if (stopped.signal.aborted) return true;
        try {
          await server.restart();
          break;
        } catch (error) {
          const reason = firstLine(error);
          delay = failed();
          if (delay === null) {
            options.log(`PostgreSQL could not be restarted (${reason}); given up after ${failures.length} deaths or failed starts within ${Math.round(windowMs / 1000)} s. Stopping.`);
            return false;
          }
          options.log(`PostgreSQL did not start (${reason}); trying again in ${(delay / 1000).toFixed(0)} s.`);
        }
      }
      if (stopped.signal.aborted) return true;
      options.log("PostgreSQL restarted; the dashboard and the import workers reconnect on their own.");
    }
  })();

  return {
    stop: async () => {
      stopped.abort();
      await ended;
    },
    ended,
  };
}
