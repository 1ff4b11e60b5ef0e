// Where the e2e run's dashboard and database live. Read by the Playwright
// config (main process and workers) and by the web-server script, so these
// values must be deterministic, never random.
import os from "node:os";
import path from "node:path";
import { embeddedUrl, readCredentials } from "@framewatch/db/server";

export const E2E_DIR = import.meta.dirname;
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);
// In the system temp folder, not the checkout: as root, PostgreSQL runs as the
// postgres user, who may not be able to enter a checkout under a private home.
export const E2E_DATA_DIR = path.join(os.tmpdir(), `framewatch-e2e-${E2E_PG_PORT}`, "postgres");
/** Screenshots of each view, kept by the run as artifacts for review. */
export const SCREENSHOT_DIR = path.join(E2E_DIR, "artifacts", "screenshots");
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** E2E_DATABASE_URL, refused unless local; undefined when unset. */
export function explicitE2eDatabaseUrl(): string | undefined {
  const explicit = process.env.E2E_DATABASE_URL;
  if (!explicit) return undefined;
  const host = new URL(explicit).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run end-to-end tests against a non-local database (${host}). Use a local E2E_DATABASE_URL.`);
  }
  return explicit;
}

/**
 * The database the e2e run uses: a throwaway embedded cluster by default, or
 * E2E_DATABASE_URL, which must be local. The tests import the sample corpus
 * and read back what they see, so they must never run against shared data.
 * The embedded cluster's login (its application role, as the dashboard's) is
 * read from its data folder, so call this once the web server is up.
 */
export function e2eDatabaseUrl(): string {
  const explicit = explicitE2eDatabaseUrl();
  if (explicit) return explicit;
  const credentials = readCredentials(E2E_DATA_DIR);
  if (!credentials) throw new Error(`The e2e PostgreSQL in ${E2E_DATA_DIR} has no credentials file: is the e2e web server running?`);
  return embeddedUrl(E2E_PG_PORT, "framewatch", credentials.app);
}
