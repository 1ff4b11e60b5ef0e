import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { belongsToAnotherUser, EmbeddedPostgresError } from "./embedded-postgres-error";
import { writePrivateFile } from "./private-file";

export interface Login {
  user: string;
  password: string;
}

/** The two roles of an embedded cluster and their passwords, random per data folder. */
export interface EmbeddedCredentials {
  /** The bootstrap superuser: owns the database, creates it and applies migrations; nothing else logs in as it. */
  owner: Login;
  /** What the dashboard, importer and workers log in as: no superuser, no CREATE, only the tables' rows. */
  app: Login;
}

/** Inside the data folder, so the cluster and the only key to it travel (and are deleted) together. */
export const CREDENTIALS_FILE = "framewatch-credentials.json";
export const OWNER_ROLE = "framewatch";
export const APP_ROLE = "framewatch_app";
/** What every cluster made before per-folder passwords used; accepted once, to upgrade such a cluster. */
export const LEGACY_PASSWORD = "framewatch";

export function credentialsPath(dataDir: string): string {
  return path.join(dataDir, CREDENTIALS_FILE);
}

/** 192 random bits each, base64url: nothing to escape in a URL or in SQL. */
export function generateCredentials(): EmbeddedCredentials {
  const password = () => randomBytes(24).toString("base64url");
  return { owner: { user: OWNER_ROLE, password: password() }, app: { user: APP_ROLE, password: password() } };
}

/**
 * The data folder's credentials, or null when it has none (a cluster made by
 * an older Framewatch). A file this OS user may not read means the server
 * belongs to someone else: say how to proceed rather than fail on a password.
 */
export function readCredentials(dataDir: string): EmbeddedCredentials | null {
  const file = credentialsPath(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "EACCES" || code === "EPERM") throw belongsToAnotherUser(dataDir, `its credentials (${file})`);
    throw error;
  }
  const parsed = parseCredentials(text);
  if (!parsed) {
    throw new EmbeddedPostgresError(
      `${file} is damaged (it should hold the embedded PostgreSQL's two logins). ` +
        `Restore it from a backup, or delete the whole data folder ${dataDir} to start with an empty database.`,
    );
  }
  return parsed;
}

/** Writes the credentials readable by this OS user only (0600), atomically (see writePrivateFile). */
export function writeCredentials(dataDir: string, credentials: EmbeddedCredentials): void {
  const text = JSON.stringify(
    { about: "Logins of the embedded PostgreSQL in this folder, made by Framewatch. Keep private.", ...credentials },
    null,
    2,
  );
  writePrivateFile(credentialsPath(dataDir), text + "\n");
}

function parseCredentials(text: string): EmbeddedCredentials | null {
  try {
    const value = JSON.parse(text) as Partial<Record<"owner" | "app", Partial<Login>>>;
    const login = (l: Partial<Login> | undefined): Login | null =>
      typeof l?.user === "string" && typeof l.password === "string" && l.user && l.password ? { user: l.user, password: l.password } : null;
    const owner = login(value.owner);
    const app = login(value.app);
    return owner && app ? { owner, app } : null;
  } catch {
    return null;
  }
}
