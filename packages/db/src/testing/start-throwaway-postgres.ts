import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "../server/start-embedded-postgres";

/**
 * A PostgreSQL cluster that exists only for one test run or one script: its
 * files live in a fresh temporary folder that is deleted on stop, so tests
 * can never touch a user's data.
 */
export async function startThrowawayPostgres(): Promise<EmbeddedServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-pg-"));
  // initdb wants to create the folder itself (and, as root, hand it to the postgres user).
  fs.rmdirSync(dataDir);
  const port = await findFreePort();
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: false });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a uniquely named database on the server and returns its URL. */
export async function createScratchDatabase(server: EmbeddedServer, prefix = "test"): Promise<string> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await ensureDatabase(server.url("postgres"), name);
  return server.url(name);
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
