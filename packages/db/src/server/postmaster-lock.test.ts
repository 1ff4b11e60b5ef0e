import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, makeTempDir } from "../testing/start-throwaway-postgres";
import { findRunningServer, readPostmasterLock } from "./postmaster-lock";
import { startEmbeddedPostgres, type EmbeddedServer } from "./start-embedded-postgres";

describe("readPostmasterLock", () => {
  const parent = makeTempDir("framewatch-lock-");
  let server: EmbeddedServer;
  const sleeper = spawn("sleep", ["600"], { stdio: "ignore" });

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: path.join(parent, "served"), port: await findFreePort() });
  });
  afterAll(async () => {
    sleeper.kill("SIGKILL");
    await server?.stop();
    fs.rmSync(parent, { recursive: true, force: true });
  });

  function folderWithLock(name: string, pid: number, port = 5432): string {
    const dir = path.join(parent, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n0\n${port}\n`);
    return dir;
  }

  it("sees the server that really holds a folder's lock as running", async () => {
    const lock = await readPostmasterLock(server.dataDir);
    expect(lock).toMatchObject({ running: true, port: server.port, staleBecause: null });
    expect(await findRunningServer(server.dataDir)).toEqual({ pid: lock!.pid, port: server.port });
  });

  it("calls a lock stale when its process is gone", async () => {
    const lock = await readPostmasterLock(folderWithLock("gone", 999_999));
    expect(lock).toMatchObject({ running: false, staleBecause: "left by a process that no longer runs" });
  });

  it("calls a lock stale when its pid now belongs to an unrelated program", async () => {
    const dir = folderWithLock("reused", sleeper.pid!);
    const lock = await readPostmasterLock(dir);
    expect(lock).toMatchObject({ running: false });
    expect(lock!.staleBecause).toMatch(new RegExp(`pid ${sleeper.pid}, which is not a PostgreSQL server for this folder \\(it is "sleep 600"\\)`));
    expect(await findRunningServer(dir)).toBeNull();
  });

  it("calls a lock stale when its pid is a PostgreSQL server for another folder", async () => {
    const { pid } = (await readPostmasterLock(server.dataDir))!;
    const lock = await readPostmasterLock(folderWithLock("elsewhere", pid, server.port));
    expect(lock).toMatchObject({ running: false });
    expect(lock!.staleBecause).toContain(`a PostgreSQL server for ${server.dataDir}`);
  });

  it("reads a folder without a lock as no server", async () => {
    expect(await readPostmasterLock(path.join(parent, "nothing-here"))).toBeNull();
  });
});
