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
  const parent = makeTempDir("framewatch-pg-");
  // initdb creates the cluster folder itself (as root, owned by the postgres user).
  const dataDir = path.join(parent, "data");
  const port = await findFreePort();
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: false });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

/**
 * Creates a uniquely named database on the server and returns its URL as
 * the owner: what a DATABASE_URL with full rights gives `corpus` (it
 * migrates and runs with that one login). `server.appUrl(name)` is the
 * least-privilege login, once the database is migrated with its grants.
 */
export async function createScratchDatabase(server: EmbeddedServer, prefix = "test"): Promise<string> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await ensureDatabase(server.ownerUrl("postgres"), name);
  return server.ownerUrl(name);
}

/**
 * A fresh temporary folder the postgres system user can enter: mkdtemp makes
 * it private to us, and as root the server runs as that other user.
 */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
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
