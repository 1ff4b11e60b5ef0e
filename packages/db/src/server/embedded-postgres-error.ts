/** A clear, actionable start-up failure of the embedded server (taken port, running or stale cluster, someone else's folder). */
export class EmbeddedPostgresError extends Error {}

/** The data folder (or its credentials) is another OS user's: this user can neither share its server nor start one. */
export function belongsToAnotherUser(dataDir: string, unreadable: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `The embedded PostgreSQL in ${dataDir} belongs to another user: this user may not read ${unreadable}. ` +
      `Run Framewatch as the user who started it, or set DATABASE_URL to a PostgreSQL this user may use.`,
  );
}
