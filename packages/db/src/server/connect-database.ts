import path from "node:path";
import { readEnv, type Env } from "../env";
import { REPO_ROOT } from "../paths";
import { readCredentials } from "./embedded-credentials";
import { EmbeddedPostgresError } from "./embedded-postgres-error";
import { embeddedUrl } from "./embedded-url";
import { findRunningServer } from "./postmaster-lock";
import { ensureDatabase, startEmbeddedPostgres } from "./start-embedded-postgres";

export interface DatabaseHandle {
  /** What the dashboard, importer and workers connect with: the embedded server's least-privilege role, or DATABASE_URL. */
  url: string;
  /** What migrations run as: the embedded server's owner, or DATABASE_URL (the same login as `url`). */
  ownerUrl: string;
  /** The role `url` logs in as when it differs from the owner (embedded): migrations grant it access. Null for DATABASE_URL. */
  appRole: string | null;
  /** True when this process started the embedded server (and must stop it). */
  embedded: boolean;
  stop: () => Promise<void>;
  /** The embedded server this process started, for a supervisor to restart; null otherwise (nothing here to restart). */
  server: RestartableServer | null;
}

/** An embedded server that can be started again on the same data folder and port (so every URL handed out stays valid). */
export interface RestartableServer {
  dataDir: string;
  /** Settles, saying how, when the current postmaster dies without being stopped. */
  died: () => Promise<string>;
  /** Starts the server again; rejects when it cannot start (the caller retries). */
  restart: () => Promise<void>;
}

const DATABASE = "framewatch";

/**
 * The embedded cluster's folder: FRAMEWATCH_DATA_DIR, else `.data/postgres` in the repository. Absolute, so the
 * server's command line names the folder whatever folder a later command runs from.
 */
export function resolveDataDir(env: Env = readEnv()): string {
  return path.resolve(env.FRAMEWATCH_DATA_DIR ?? path.join(REPO_ROOT, ".data", "postgres"));
}

/**
 * `DATABASE_URL` wins and nothing embedded starts; otherwise the embedded
 * server starts in the git-ignored data folder and the `framewatch`
 * database is created on first use.
 */
export async function connectDatabase(
  env: Env = readEnv(),
  onLog?: (line: string) => void,
): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, ownerUrl: env.DATABASE_URL, appRole: null, embedded: false, stop: async () => {}, server: null };
  }
  // A Framewatch already serving from this data folder (npm start in another
  // terminal) owns the server: share it rather than fail on its lock.
  const dataDir = resolveDataDir(env);
  const running = await findRunningServer(dataDir);
  if (running) {
    const credentials = readCredentials(dataDir);
    if (!credentials) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL in ${dataDir} (pid ${running.pid}) was started by an older Framewatch, which kept no credentials file. ` +
          `Stop it and start Framewatch again.`,
      );
    }
    return {
      url: embeddedUrl(running.port, DATABASE, credentials.app),
      ownerUrl: embeddedUrl(running.port, DATABASE, credentials.owner),
      appRole: credentials.app.user,
      embedded: false,
      stop: async () => {},
      server: null,
    };
  }
  const start = () => startEmbeddedPostgres({ dataDir, port: env.FRAMEWATCH_PG_PORT, onLog });
  let server = await start();
  try {
    await ensureDatabase(server.ownerUrl("postgres"), DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: server.appUrl(DATABASE),
    ownerUrl: server.ownerUrl(DATABASE),
    appRole: server.credentials.app.user,
    embedded: true,
    stop: () => server.stop(),
    server: {
      dataDir,
      died: () => server.died,
      restart: async () => {
        server = await start();
      },
    },
  };
}
