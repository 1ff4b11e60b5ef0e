import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createAuth } from "@framewatch/auth";
import { createPgPool } from "@framewatch/db/import";
import { REPO_ROOT } from "@framewatch/db/paths";
import { createScratchDatabase, makeTempDir, startThrowawayPostgres } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseUserArguments } from "./user";

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");

describe("corpus user arguments", () => {
  it("reads each subcommand and refuses what does not fit", () => {
    expect(parseUserArguments(["add", "a@example.org", "--editor", "--name", "Ana A"])).toEqual({ kind: "add", email: "a@example.org", role: "editor", name: "Ana A" });
    expect(parseUserArguments(["add", "a@example.org"])).toMatchObject({ kind: "add", role: "viewer" });
    expect(parseUserArguments(["role", "a@example.org", "admin"])).toEqual({ kind: "role", email: "a@example.org", role: "admin" });
    expect(parseUserArguments(["add", "a@example.org", "--admin", "--viewer"])).toMatchObject({ error: expect.stringMatching(/one role/) });
    expect(parseUserArguments(["add"])).toMatchObject({ error: expect.stringMatching(/one EMAIL/) });
    expect(parseUserArguments(["list", "--admin"])).toMatchObject({ error: expect.stringMatching(/add only/) });
    expect(parseUserArguments(["remove", "a@example.org", "--force"])).toMatchObject({ error: expect.stringMatching(/Unknown option "--force"/) });
    expect(parseUserArguments(["promote", "a@example.org"])).toMatchObject({ error: expect.stringMatching(/Unknown subcommand/) });
    expect(parseUserArguments([])).toMatchObject({ error: expect.stringMatching(/needs a subcommand/) });
  });
});

describe("corpus user (real PostgreSQL)", () => {
  let server: Awaited<ReturnType<typeof startThrowawayPostgres>>;
  let url: string;
  let dataDir: string;
  const corpus = (args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, "user", ...args], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: REPO_ROOT, DATABASE_URL: url, FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_AUTH_SECRET: "" },
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    url = await createScratchDatabase(server, "users");
    dataDir = path.join(makeTempDir("framewatch-users-"), "postgres");
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it("adds an admin whose printed one-time password signs in once and must be changed; keeps the last admin", async () => {
    const added = corpus(["add", "--admin", "Root@Example.org", "--name", "Rita Root"]);
    expect(added.stderr).not.toMatch(/One-time password/);
    expect(added.code).toBe(0);
    const password = /^One-time password: (\S+)$/m.exec(added.stdout)?.[1];
    expect(password).toBeDefined();
    // The secret was generated beside the (cluster-less) data folder, private.
    expect(fs.statSync(path.join(path.dirname(dataDir), "framewatch-auth-secret")).mode & 0o777).toBe(0o600);

    const pool = createPgPool(url, 2);
    try {
      const origin = "http://127.0.0.1:3999";
      const auth = createAuth({ pool, secret: "t".repeat(40), publicOrigin: origin });
      const signIn = (pw: string) =>
        auth.handler(
          new Request(`${origin}/api/auth/sign-in/email`, {
            method: "POST",
            headers: { "content-type": "application/json", origin },
            body: JSON.stringify({ email: "root@example.org", password: pw }),
          }),
        );
      const response = await signIn(password!);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { user: { role: string; mustChangePassword: boolean } }).user).toMatchObject({ role: "admin", mustChangePassword: true });
    } finally {
      await pool.end();
    }

    expect(corpus(["list"]).stdout).toMatch(/^root@example\.org\tadmin\tRita Root\t\(one-time password not yet changed\)$/m);
    const demote = corpus(["role", "root@example.org", "editor"]);
    expect(demote.code).toBe(1);
    expect(demote.stderr).toMatch(/last admin/);
    const remove = corpus(["remove", "root@example.org"]);
    expect(remove.code).toBe(1);
    expect(remove.stderr).toMatch(/last admin/);
    expect(corpus(["add", "root@example.org"]).stderr).toMatch(/already has an account/);

    const reset = corpus(["reset-password", "root@example.org"]);
    expect(reset.code).toBe(0);
    expect(/^One-time password: (\S+)$/m.exec(reset.stdout)?.[1]).not.toBe(password);
    expect(corpus(["role", "root@example.org", "owner"]).code).toBe(2);
    expect(corpus(["remove", "nobody@example.org"]).stderr).toMatch(/No account has the email nobody@example.org/);
  }, 120_000);

  it("exits 2 for a usage error, before touching the database", () => {
    const result = corpus(["add", "--superuser", "x@example.org"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option "--superuser"[\s\S]*Usage: corpus user add/);
  });
});
