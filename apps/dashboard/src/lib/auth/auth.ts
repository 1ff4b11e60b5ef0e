import pg from "pg";
import { createAuth, readAuthEnv, type Auth } from "@framewatch/auth";
import { readEnv } from "@framewatch/db";
import { readDashboardEnv } from "@/lib/env";

// One instance (and pool) per process: Next.js dev reloads modules, and each would open its own pool.
const globalForAuth = globalThis as unknown as { framewatchAuth?: Auth; framewatchAuthPool?: pg.Pool };

/**
 * Whether accounts can work in this process (DATABASE_URL and FRAMEWATCH_AUTH_SECRET set, as `corpus serve` does).
 * Without them the dashboard still reads: nobody is signed in, and writes answer 401.
 */
export function authConfigured(): boolean {
  return Boolean(globalForAuth.framewatchAuth) || (Boolean(readEnv().DATABASE_URL) && readDashboardEnv().authSecret !== null);
}

/** The dashboard's Better Auth instance, on the same database (and least-privilege login) as everything else. */
export function getAuth(): Auth {
  if (!globalForAuth.framewatchAuth) {
    const url = readEnv().DATABASE_URL;
    const { publicOrigin, extraTrustedOrigins, authSecret } = readDashboardEnv();
    if (!url || !authSecret) {
      throw new Error(
        "Signing in needs DATABASE_URL and FRAMEWATCH_AUTH_SECRET, which `npm start` (corpus serve) sets for the dashboard. " +
          "Start Framewatch with it, or set both.",
      );
    }
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // A dropped connection is reported by the query that used it; an idle one breaking must not end the process.
    pool.on("error", () => {});
    globalForAuth.framewatchAuthPool = pool;
    const { FRAMEWATCH_SIGNIN_PER_MINUTE } = readAuthEnv();
    globalForAuth.framewatchAuth = createAuth({ pool, secret: authSecret, publicOrigin, extraTrustedOrigins, signInPerMinute: FRAMEWATCH_SIGNIN_PER_MINUTE });
  }
  return globalForAuth.framewatchAuth;
}

/** The pool under getAuth(), for account administration (list, role, remove) next to Better Auth. */
export function getAuthPool(): pg.Pool {
  getAuth();
  return globalForAuth.framewatchAuthPool!;
}
