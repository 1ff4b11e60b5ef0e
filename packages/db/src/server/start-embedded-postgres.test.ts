import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort, makeTempDir } from "../testing/start-throwaway-postgres";
import { readEnv } from "../env";
import { connectDatabase } from "./connect-database";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedServer } from "./start-embedded-postgres";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function tempDataDir(): string {
  const parent = makeTempDir("framewatch-embedded-");
  cleanups.push(() => fs.rmSync(parent, { recursive: true, force: true }));
  return path.join(parent, "pg");
}

async function start(dataDir: string, port: number): Promise<EmbeddedServer> {
  const server = await startEmbeddedPostgres({ dataDir, port });
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

describe("startEmbeddedPostgres", () => {
  it("keeps its data across a stop and a start", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(first.url("postgres"), "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    await first.stop();
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const second = await start(dataDir, port);
    expect(await query(second.url("postgres"), "SELECT v FROM kept")).toEqual([{ v: 42 }]);
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
    expect(await query(restarted.url("postgres"), "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("refuses a second server on a data folder that one already serves", async () => {
    const dataDir = tempDataDir();
    await start(dataDir, await findFreePort());
    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort() })).rejects.toThrow(/already running/);
  });
});

describe("connectDatabase", () => {
  it("uses DATABASE_URL as given and starts nothing", async () => {
    const url = "postgresql://someone:secret@db.example.org:5432/framewatch";
    const handle = await connectDatabase(readEnv({ DATABASE_URL: url, FRAMEWATCH_PG_PORT: "1024" }));
    expect(handle).toMatchObject({ url, embedded: false });
    await handle.stop();
  });

  it("shares the server already running on its data folder", async () => {
    const dataDir = tempDataDir();
    const port = await findFreePort();
    await start(dataDir, port);
    const handle = await connectDatabase(readEnv({ FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: "1024" }));
    expect(handle.embedded).toBe(false);
    expect(handle.url).toContain(`:${port}/framewatch`);
  });
});
