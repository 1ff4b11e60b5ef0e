import pg from "pg";
import { LEGACY_PASSWORD, type EmbeddedCredentials } from "./embedded-credentials";
import { EmbeddedPostgresError } from "./embedded-postgres-error";
import { embeddedUrl } from "./embedded-url";
import { scramVerifier } from "./scram-verifier";

/** PostgreSQL's invalid_password: the login exists but the password is wrong. */
const INVALID_PASSWORD = "28P01";

/**
 * Brings an embedded cluster's roles in line with its credentials file: the
 * owner logs in with its own random password (a cluster made by an older
 * Framewatch, whose owner still has the legacy password, is upgraded here),
 * and the application role exists with no power beyond what
 * `grantAppAccess` gives it on each database. Passwords are sent as SCRAM
 * verifiers, never in clear.
 */
export async function ensureRoles(port: number, credentials: EmbeddedCredentials, log: (line: string) => void = () => {}): Promise<void> {
  const client = await connectAsOwner(port, credentials, log);
  try {
    const { app } = credentials;
    const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [app.user]);
    const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT";
    await client.query(
      `${found.rowCount ? "ALTER" : "CREATE"} ROLE ${pg.escapeIdentifier(app.user)} WITH ${attributes} ` +
        `PASSWORD ${pg.escapeLiteral(scramVerifier(app.password))}`,
    );
  } finally {
    await client.end();
  }
}

async function connectAsOwner(port: number, credentials: EmbeddedCredentials, log: (line: string) => void): Promise<pg.Client> {
  const { owner } = credentials;
  try {
    return await connect(embeddedUrl(port, "postgres", owner));
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_PASSWORD) throw error;
  }
  // A cluster made before per-folder passwords (or whose upgrade was interrupted after the file was written).
  let legacy: pg.Client;
  try {
    legacy = await connect(embeddedUrl(port, "postgres", { user: owner.user, password: LEGACY_PASSWORD }));
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_PASSWORD) throw error;
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL on port ${port} accepts neither the password in its data folder's credentials file ` +
        `nor the fixed one of older Framewatch versions: the file was lost or replaced. ` +
        `Restore framewatch-credentials.json from a backup, or delete the data folder to start with an empty database.`,
    );
  }
  await legacy.query(`ALTER ROLE ${pg.escapeIdentifier(owner.user)} PASSWORD ${pg.escapeLiteral(scramVerifier(owner.password))}`);
  log("The embedded PostgreSQL had the old fixed password; it now has random ones, kept in its data folder.");
  return legacy;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}
