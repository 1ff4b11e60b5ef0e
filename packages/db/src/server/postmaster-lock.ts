import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { EmbeddedPostgresError } from "./embedded-postgres-error";

/** What a data folder's postmaster.pid says, and whether a server for this folder really holds it. */
export interface PostmasterLock {
  path: string;
  pid: number;
  port: number | null;
  /** True when the process it names is a PostgreSQL server for this very folder. */
  running: boolean;
  /** Why the lock is stale, for the message that removes it. */
  staleBecause: string | null;
}

/**
 * Reads postmaster.pid (line 1 the pid, line 4 the port: PostgreSQL's
 * documented layout). A live pid is not enough to call the server running:
 * after a crash and a reboot the pid is often reused by an unrelated process,
 * so the process must also be a postgres server for this folder.
 */
export async function readPostmasterLock(dataDir: string): Promise<PostmasterLock | null> {
  const file = path.join(dataDir, "postmaster.pid");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const portLine = Number(lines[3]);
  const port = Number.isInteger(portLine) && portLine > 0 ? portLine : null;
  const lock = { path: file, pid, port };
  if (!(Number.isInteger(pid) && pid > 0) || !isAlive(pid)) {
    return { ...lock, running: false, staleBecause: "left by a process that no longer runs" };
  }
  const owner = await identifyProcess(pid, dataDir, port);
  return owner === true
    ? { ...lock, running: true, staleBecause: null }
    : { ...lock, running: false, staleBecause: `naming pid ${pid}, which is not a PostgreSQL server for this folder (${owner})` };
}

/** The port of a live server that owns `dataDir`; null when none runs. */
export async function findRunningServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const lock = await readPostmasterLock(dataDir);
  return lock?.running && lock.port !== null ? { pid: lock.pid, port: lock.port } : null;
}

/**
 * A postmaster.pid left behind by a crash blocks start-up with a cryptic
 * message. If the process it names is gone, or is something else, the lock
 * is stale and safe to remove; if a server for this folder holds it, another
 * Framewatch owns the folder.
 */
export async function clearStaleLock(dataDir: string, log: (line: string) => void): Promise<void> {
  const lock = await readPostmasterLock(dataDir);
  if (!lock) return;
  if (lock.running) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} is already running (pid ${lock.pid}). ` +
        `Stop the other Framewatch instance (Ctrl-C in its terminal, or kill ${lock.pid}) and try again.`,
    );
  }
  log(`Removing a stale PostgreSQL lock file (${lock.path}) ${lock.staleBecause}.`);
  fs.rmSync(lock.path, { force: true });
}

/**
 * True when `pid` is a postgres server for `dataDir`, else what it is. On
 * Linux its command line says (embedded-postgres starts `postgres -D <dir>`,
 * and PostgreSQL leaves the postmaster's title alone); elsewhere, a server
 * holding this lock listens on the port it wrote there.
 */
async function identifyProcess(pid: number, dataDir: string, port: number | null): Promise<true | string> {
  let cmdline: string | null = null;
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    // Not Linux, or /proc hides other users' processes.
  }
  if (cmdline !== null) {
    const args = cmdline.split("\0").filter(Boolean);
    const program = path.basename(args[0] ?? "");
    if (program !== "postgres") return `it is ${JSON.stringify(args.join(" ").slice(0, 80) || "a process without a command line")}`;
    const d = args.indexOf("-D");
    const dir = d >= 0 ? args[d + 1] : undefined;
    // Only a postgres that provably serves another folder frees the lock; when in doubt, it is ours.
    const served = dir === undefined ? null : path.isAbsolute(dir) ? dir : resolveInCwdOf(pid, dir);
    if (served === null || samePath(served, dataDir)) return true;
    return `it is a PostgreSQL server for ${served}`;
  }
  if (port !== null && (await acceptsConnections(port))) return true;
  return `nothing answers on port ${port ?? "(none)"}`;
}

/** A relative -D is relative to the server's working folder, not ours; null when that is unknown. */
function resolveInCwdOf(pid: number, dir: string): string | null {
  try {
    return path.resolve(fs.readlinkSync(`/proc/${pid}/cwd`), dir);
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(2_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
