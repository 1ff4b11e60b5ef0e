import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readAuthEnv } from "./env";
import { AUTH_SECRET_FILE, readAuthSecret } from "./read-auth-secret";

describe("readAuthSecret", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-secret-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("generates one secret per data folder, private to this user, and keeps it across restarts", () => {
    const dataDir = path.join(tempDir(), "postgres");
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "18\n");
    const first = readAuthSecret(readAuthEnv({}), dataDir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    const file = path.join(dataDir, AUTH_SECRET_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readAuthSecret(readAuthEnv({}), dataDir)).toBe(first);
    const other = path.join(tempDir(), "postgres");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "PG_VERSION"), "18\n");
    expect(readAuthSecret(readAuthEnv({}), other)).not.toBe(first);
  });

  it("keeps a folder without a cluster empty (initdb refuses one that is not) and puts the secret beside it", () => {
    const parent = tempDir();
    const dataDir = path.join(parent, "postgres");
    readAuthSecret(readAuthEnv({}), dataDir);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(fs.existsSync(path.join(parent, AUTH_SECRET_FILE))).toBe(true);
  });

  it("takes FRAMEWATCH_AUTH_SECRET when set, and writes no file", () => {
    const dataDir = tempDir();
    const secret = "x".repeat(32);
    expect(readAuthSecret(readAuthEnv({ FRAMEWATCH_AUTH_SECRET: secret }), dataDir)).toBe(secret);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("refuses a short FRAMEWATCH_AUTH_SECRET without echoing it", () => {
    expect(() => readAuthEnv({ FRAMEWATCH_AUTH_SECRET: "hunter2" })).toThrow(/FRAMEWATCH_AUTH_SECRET: must be at least 32 characters/);
    expect(() => readAuthEnv({ FRAMEWATCH_AUTH_SECRET: "hunter2" })).not.toThrow(/hunter2/);
  });
});
