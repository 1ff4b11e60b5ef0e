import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writePrivateFile } from "@framewatch/db/server";
import type { AuthEnv } from "./env";

export const AUTH_SECRET_FILE = "framewatch-auth-secret";

/**
 * Where the generated secret is kept: inside the embedded cluster's data folder, beside its credentials file, so
 * the database and the key to its sessions travel (and are deleted) together. A folder that holds no cluster
 * (DATABASE_URL users) gets it beside the folder instead: initdb refuses a folder that is not empty, so a file put
 * there would break a later embedded start.
 */
export function authSecretPath(dataDir: string): string {
  const cluster = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  return cluster ? path.join(dataDir, AUTH_SECRET_FILE) : path.join(path.dirname(dataDir), AUTH_SECRET_FILE);
}

/**
 * The secret that signs session cookies: FRAMEWATCH_AUTH_SECRET when set,
 * otherwise the one generated for this data folder on first use (256 random
 * bits in a 0600 file), so sessions outlive restarts. Two processes starting
 * at once keep whichever file was written first.
 */
export function readAuthSecret(env: AuthEnv, dataDir: string): string {
  if (env.FRAMEWATCH_AUTH_SECRET) return env.FRAMEWATCH_AUTH_SECRET;
  const file = authSecretPath(dataDir);
  const existing = readSecretFile(file);
  if (existing) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writePrivateFile(file, randomBytes(32).toString("base64url") + "\n", { replace: existing === "" });
  const secret = readSecretFile(file);
  if (!secret) throw new Error(`Could not create the sign-in secret in ${file}.`);
  return secret;
}

/** The file's secret; null when there is none, "" when the file is empty or too short (a crash in an older copy). */
function readSecretFile(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "EACCES" || code === "EPERM") {
      throw new Error(`This user may not read the sign-in secret ${file}: run Framewatch as the user who created it, or set FRAMEWATCH_AUTH_SECRET.`, {
        cause: error,
      });
    }
    throw error;
  }
  const secret = text.trim();
  return secret.length >= 32 ? secret : "";
}
