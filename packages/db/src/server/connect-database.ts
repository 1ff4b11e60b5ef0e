import path from "node:path";
import { readEnv, type Env } from "../env";
import { REPO_ROOT } from "../paths";
import { embeddedUrl, ensureDatabase, findRunningServer, startEmbeddedPostgres } from "./start-embedded-postgres";

export interface DatabaseHandle {
  url: string;
  /** True when this process started the embedded server (and must stop it). */
  embedded: boolean;
  stop: () => Promise<void>;
}

const DATABASE = "framewatch";

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
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  // A Framewatch already serving from this data folder (npm start in another
  // terminal) owns the server: share it rather than fail on its lock.
  const dataDir = env.FRAMEWATCH_DATA_DIR ?? path.join(REPO_ROOT, ".data", "postgres");
  const running = findRunningServer(dataDir);
  if (running) {
    return { url: embeddedUrl(running.port, DATABASE), embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir, port: env.FRAMEWATCH_PG_PORT, onLog });
  await ensureDatabase(server.url("postgres"), DATABASE);
  return { url: server.url(DATABASE), embedded: true, stop: server.stop };
}
