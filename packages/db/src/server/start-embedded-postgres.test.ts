import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../client";
import { readEnv } from "../env";
import { isConnectionLoss } from "../is-connection-loss";
import { findFreePort, makeTempDir } from "../testing/start-throwaway-postgres";
import { connectDatabase } from "./connect-database";
import { APP_ROLE, credentialsPath, LEGACY_PASSWORD, OWNER_ROLE, readCredentials } from "./embedded-credentials";
import { EmbeddedPostgresError } from "./embedded-postgres-error";
import { embeddedUrl } from "./embedded-url";
import { startEmbeddedPostgres, type EmbeddedServer } from "./start-embedded-postgres";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (cleanups.length) await cleanups.pop()!();
});

function tempDataDir(): string {
  const parent = makeTempDir("framewatch-embedded-");
  cleanups.push(() => fs.rmSync(parent, { recursive: true, force: true }));
  return path.join(parent, "pg");
}

async function start(dataDir: string, port: number, onLog?: (line: string) => void): Promise<EmbeddedServer> {
  const server = await startEmbeddedPostgres({ dataDir, port, onLog });
  cleanups.push(() => server.stop());
  return server;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A live process that is not PostgreSQL: what a reused pid in a stale postmaster.pid names. */
function startUnrelatedProcess(): number {
  const child = spawn("sleep", ["600"], { stdio: "ignore" });
  cleanups.push(() => void child.kill("SIGKILL"));
  return child.pid!;
}

/** Everything written to stderr while `fn` runs (notices such as a removed lock go there). */
async function captureStderr<T>(fn: () => Promise<T>): Promise<{ result: T; text: string }> {
  let text = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    return { result: await fn(), text };
  } finally {
    vi.restoreAllMocks();
  }
}

/** Turns a cluster into one made by an older Framewatch: owner password "framewatch", no application role, no file. */
async function makeLegacy(server: EmbeddedServer): Promise<void> {
  await query(server.ownerUrl("postgres"), `ALTER ROLE ${OWNER_ROLE} PASSWORD '${LEGACY_PASSWORD}'; DROP ROLE ${APP_ROLE}`);
  await server.stop();
  fs.rmSync(credentialsPath(server.dataDir));
}

describe("startEmbeddedPostgres", () => {
  it("keeps its data across a stop and a start", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(first.ownerUrl("postgres"), "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    await first.stop();
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const second = await start(dataDir, port);
    expect(await query(second.ownerUrl("postgres"), "SELECT v FROM kept")).toEqual([{ v: 42 }]);
  });

  it("says clearly when its port is taken", async () => {
    const port = await findFreePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    await new Promise((resolve) => blocker.once("listening", resolve));

    const attempt = startEmbeddedPostgres({ dataDir: tempDataDir(), port });
    await expect(attempt).rejects.toThrow(EmbeddedPostgresError);
    await expect(startEmbeddedPostgres({ dataDir: tempDataDir(), port })).rejects.toThrow(
      new RegExp(`Port ${port} is already in use.*FRAMEWATCH_PG_PORT`),
    );
  });

  it("removes a stale lock left by a crashed server and starts", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const server = await startEmbeddedPostgres({ dataDir, port });
    await server.stop();
    // A crash leaves postmaster.pid naming a process that no longer exists.
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `999999\n${dataDir}\n0\n${port}\n`);
    const restarted = await start(dataDir, port);
    expect(await query(restarted.appUrl("postgres"), "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("removes a stale lock whose pid now belongs to an unrelated live process, and says so", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const server = await startEmbeddedPostgres({ dataDir, port });
    await server.stop();
    // After a crash and a reboot, the pid in postmaster.pid is often some other program's.
    const unrelated = startUnrelatedProcess();
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `${unrelated}\n${dataDir}\n0\n${port}\n`);
    const { result: restarted, text } = await captureStderr(() => start(dataDir, port));
    expect(text).toMatch(new RegExp(`Removing a stale PostgreSQL lock file .*pid ${unrelated}, which is not a PostgreSQL server for this folder`));
    expect(await query(restarted.appUrl("postgres"), "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("refuses a second server on a data folder that one already serves", async () => {
    const dataDir = tempDataDir();
    await start(dataDir, await findFreePort());
    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort() })).rejects.toThrow(/already running/);
  });
});

describe("the embedded cluster's logins", () => {
  it("are random per data folder, kept in a 0600 file inside it, and never logged", async () => {
    const logged: string[] = [];
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const started = await captureStderr(() => start(dataDir, port, (line) => logged.push(line)));
    const other = await start(tempDataDir(), await findFreePort());

    const credentials = readCredentials(dataDir)!;
    expect(credentials).toEqual(started.result.credentials);
    expect(fs.statSync(credentialsPath(dataDir)).mode & 0o777).toBe(0o600);
    expect(credentials.owner.user).toBe(OWNER_ROLE);
    expect(credentials.app.user).toBe(APP_ROLE);
    const passwords = [credentials.owner.password, credentials.app.password, other.credentials.owner.password, other.credentials.app.password];
    expect(new Set(passwords).size).toBe(4);
    for (const p of passwords) expect(p).toMatch(/^[A-Za-z0-9_-]{32}$/);
    for (const p of passwords.slice(0, 2)) {
      expect(logged.join("")).not.toContain(p);
      expect(started.text).not.toContain(p);
    }

    expect(await query(started.result.ownerUrl("postgres"), "SELECT current_user AS u")).toEqual([{ u: OWNER_ROLE }]);
    expect(await query(started.result.appUrl("postgres"), "SELECT current_user AS u")).toEqual([{ u: APP_ROLE }]);
    await expect(query(embeddedUrl(port, "postgres", { user: OWNER_ROLE, password: LEGACY_PASSWORD }), "SELECT 1")).rejects.toThrow(
      /password authentication failed/,
    );
    // Another folder's password opens nothing here.
    await expect(query(embeddedUrl(port, "postgres", other.credentials.owner), "SELECT 1")).rejects.toThrow(/password authentication failed/);
  });

  it("upgrade a cluster made by an older Framewatch (fixed password, no file) in place, keeping its data", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(first.ownerUrl("postgres"), "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    await makeLegacy(first);

    const { result: upgraded, text } = await captureStderr(() => start(dataDir, port));
    expect(text).toMatch(/had the old fixed password; it now has random ones/);
    expect(readCredentials(dataDir)).toEqual(upgraded.credentials);
    expect(upgraded.credentials.owner.password).not.toBe(first.credentials.owner.password);
    expect(await query(upgraded.ownerUrl("postgres"), "SELECT v FROM kept")).toEqual([{ v: 42 }]);
    expect(await query(upgraded.appUrl("postgres"), "SELECT current_user AS u")).toEqual([{ u: APP_ROLE }]);
    await expect(query(embeddedUrl(port, "postgres", { user: OWNER_ROLE, password: LEGACY_PASSWORD }), "SELECT 1")).rejects.toThrow(
      /password authentication failed/,
    );
  });

  it("finish an upgrade that was interrupted after the new passwords were written", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    const written = first.credentials;
    await makeLegacy(first);
    // The file holds passwords the cluster does not have yet.
    fs.writeFileSync(credentialsPath(dataDir), JSON.stringify(written), { mode: 0o600 });

    const resumed = await captureStderr(() => start(dataDir, port));
    expect(resumed.result.credentials).toEqual(written);
    expect(await query(resumed.result.appUrl("postgres"), "SELECT current_user AS u")).toEqual([{ u: APP_ROLE }]);
  });

  it("say what to do when the credentials file was lost", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await first.stop();
    fs.rmSync(credentialsPath(dataDir));
    await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(/accepts neither the password .* delete the data folder/);
    // The failed start left no server behind.
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  });
});

describe("readCredentials", () => {
  it("tells a user who may not read another user's credentials to run as that user or use DATABASE_URL", async () => {
    const dataDir = makeTempDir("framewatch-creds-");
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    fs.writeFileSync(credentialsPath(dataDir), JSON.stringify({ owner: { user: "a", password: "b" }, app: { user: "c", password: "d" } }), { mode: 0o600 });
    const asAnotherUser = <T>(fn: () => T): T => {
      if (process.getuid?.() !== 0) {
        fs.chmodSync(credentialsPath(dataDir), 0);
        return fn();
      }
      process.seteuid!(65534); // nobody
      try {
        return fn();
      } finally {
        process.seteuid!(0);
      }
    };
    expect(() => asAnotherUser(() => readCredentials(dataDir))).toThrow(EmbeddedPostgresError);
    expect(() => asAnotherUser(() => readCredentials(dataDir))).toThrow(/belongs to another user.*Run Framewatch as the user who started it, or set DATABASE_URL/);
  });

  it("refuses a damaged file with a clear message, and reads a missing one as none", () => {
    const dataDir = makeTempDir("framewatch-creds-");
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    expect(readCredentials(dataDir)).toBeNull();
    fs.writeFileSync(credentialsPath(dataDir), "{ not json");
    expect(() => readCredentials(dataDir)).toThrow(/is damaged/);
  });
});

describe("connectDatabase", () => {
  it("uses DATABASE_URL as given for everything and starts nothing", async () => {
    const url = "postgresql://someone:secret@db.example.org:5432/framewatch";
    const dataDir = tempDataDir();
    const handle = await connectDatabase(readEnv({ DATABASE_URL: url, FRAMEWATCH_DATA_DIR: dataDir }));
    expect(handle).toMatchObject({ url, ownerUrl: url, appRole: null, embedded: false });
    expect(fs.existsSync(dataDir)).toBe(false);
    await handle.stop();
  });

  it("starts the embedded server and hands out the application role, keeping the owner for migrations", async () => {
    const dataDir = tempDataDir();
    const handle = await connectDatabase(readEnv({ FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: String(await findFreePort()) }));
    cleanups.push(() => handle.stop());
    expect(handle).toMatchObject({ embedded: true, appRole: APP_ROLE });
    expect(await query(handle.url, "SELECT current_user AS u, current_database() AS d")).toEqual([{ u: APP_ROLE, d: "framewatch" }]);
    expect(await query(handle.ownerUrl, "SELECT current_user AS u")).toEqual([{ u: OWNER_ROLE }]);
  });

  it("shares the server already running on its data folder, with the folder's logins", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const server = await start(dataDir, port);
    await query(server.ownerUrl("postgres"), "CREATE DATABASE framewatch");
    const handle = await connectDatabase(readEnv({ FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: "1024" }));
    expect(handle).toMatchObject({ embedded: false, appRole: APP_ROLE });
    expect(handle.url).toContain(`:${port}/framewatch`);
    expect(await query(handle.url, "SELECT current_user AS u")).toEqual([{ u: APP_ROLE }]);
  });

  // Only root can act as another user here; PostgreSQL runs as the postgres user then, whose data folder is private.
  it.skipIf(process.getuid?.() !== 0)("tells another OS user that the running server is not theirs, instead of \"port in use\"", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    await start(dataDir, port);
    const env = readEnv({ FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: String(port) });
    process.seteuid!(65534); // nobody
    try {
      await expect(connectDatabase(env)).rejects.toThrow(/belongs to another user.*or set DATABASE_URL/);
    } finally {
      process.seteuid!(0);
    }
  });

  it("does not mistake a stale lock naming an unrelated live process for a running server", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const server = await startEmbeddedPostgres({ dataDir, port });
    await server.stop();
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `${startUnrelatedProcess()}\n${dataDir}\n0\n${port}\n`);
    const { result: handle } = await captureStderr(() => connectDatabase(readEnv({ FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: String(port) })));
    cleanups.push(() => handle.stop());
    expect(handle.embedded).toBe(true);
    expect(await query(handle.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("reports a killed postmaster, restarts it on the same folder and port, and a client reconnects by itself", async () => {
    const dataDir = tempDataDir();
    const handle = await connectDatabase(readEnv({ FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: String(await findFreePort()) }));
    cleanups.push(() => handle.stop());
    const server = handle.server!;
    expect(server.dataDir).toBe(dataDir);
    const prisma = createPrismaClient(handle.url);
    cleanups.push(() => prisma.$disconnect());
    expect(await prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
    const held = new pg.Client({ connectionString: handle.url });
    held.on("error", () => {});
    await held.connect();

    process.kill(postmasterPid(dataDir), "SIGKILL");
    expect(await server.died()).toBe("was killed (SIGKILL)");
    // Every way the outage reaches a client counts as a lost connection, for the importer and the dashboard alike.
    const failures = await Promise.all([
      prisma.$queryRaw`SELECT 1`.catch((e: unknown) => e),
      held.query("SELECT 1").catch((e: unknown) => e),
      query(handle.url, "SELECT 1").catch((e: unknown) => e),
    ]);
    for (const failure of failures) expect(isConnectionLoss(failure), String(failure)).toBe(true);

    // The old server's backends may still be exiting: retried as the supervisor of `corpus serve` does.
    await until(async () => {
      try {
        await server.restart();
        return true;
      } catch {
        return false;
      }
    });
    expect(await prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
    // A query PostgreSQL refuses is not an outage.
    expect(isConnectionLoss(await prisma.$queryRawUnsafe("SELEC 1").catch((e: unknown) => e))).toBe(false);

    // A stop after a crash returns at once, instead of waiting for an exit that already happened.
    process.kill(postmasterPid(dataDir), "SIGKILL");
    expect(await server.died()).toBe("was killed (SIGKILL)");
    const stopped = await Promise.race([handle.stop().then(() => "stopped"), new Promise((r) => setTimeout(() => r("still stopping 5 s later"), 5_000))]);
    expect(stopped).toBe("stopped");
  });
});

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 250));
  }
}
