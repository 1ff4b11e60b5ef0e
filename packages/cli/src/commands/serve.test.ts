import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createPgPool } from "@framewatch/db/import";
import { embeddedUrl, readCredentials } from "@framewatch/db/server";
import { findFreePort, makeTempDir, writeShortArticles } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCli, type CliProcess } from "../testing/start-cli";

// `corpus serve` as `npm start` runs it (production dashboard, embedded PostgreSQL in its own
// data folder), in its own process group so the test can press Ctrl-C the way a terminal does.
const parent = makeTempDir("framewatch-serve-test-");
const dataDir = path.join(parent, "postgres");
let env: Record<string, string | undefined>;
let pgPort: number;
/** The dashboard's own login, from the credentials file serve's cluster keeps in its data folder. */
const dbUrl = () => embeddedUrl(pgPort, "framewatch", readCredentials(dataDir)!.app);
const running: CliProcess[] = [];

function startServe(): CliProcess {
  const serve = startCli(["serve"], env, { detached: true });
  running.push(serve);
  return serve;
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
  });
}

async function until(what: string, check: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The pid of the Next.js server that `serve` started (a direct child; Next renames its process "next-server"). */
function dashboardPid(servePid: number): number | undefined {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (ppid === servePid && /next-server|next[\\/]dist[\\/]bin[\\/]next/.test(cmd)) return Number(entry);
    } catch {
      // gone
    }
  }
  return undefined;
}

/** Ctrl-C in serve's terminal: SIGINT to its whole process group. */
async function pressCtrlC(serve: CliProcess): Promise<void> {
  process.kill(-serve.child.pid!, "SIGINT");
  await serve.exited;
}

beforeAll(async () => {
  const port = await findFreePort();
  pgPort = await findFreePort();
  env = { DATABASE_URL: undefined, FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: String(pgPort), PORT: String(port), FRAMEWATCH_WORKERS: "1" };
});

afterAll(async () => {
  for (const p of running) {
    if (p.child.exitCode !== null || p.child.signalCode !== null) continue;
    if (p.child.spawnargs.includes("serve")) await pressCtrlC(p).catch(() => {});
    else p.child.kill("SIGKILL");
  }
  fs.rmSync(parent, { recursive: true, force: true });
});

describe("corpus serve", () => {
  let serve: CliProcess;

  it("restarts a dashboard that dies, and PostgreSQL stays up meanwhile", async () => {
    serve = startServe();
    await serve.waitFor(/Dashboard starting/, 240_000);
    const home = `http://127.0.0.1:${env.PORT}/`;
    await until("the dashboard", async () => (await httpStatus(home)) === 200);

    const pool = createPgPool(dbUrl(), 1);
    try {
      const client = await pool.connect();
      const first = dashboardPid(serve.child.pid!);
      expect(first).toBeDefined();
      process.kill(first!, "SIGKILL");
      await serve.waitFor(/The dashboard was killed \(SIGKILL\); restarting it/);
      // The same session still answers: PostgreSQL did not go down with the dashboard.
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`);
      expect(rows[0]!.n).toBe(5);
      client.release();
      await until("the restarted dashboard", async () => (await httpStatus(home)) === 200);
      expect(dashboardPid(serve.child.pid!)).not.toBe(first);
    } finally {
      await pool.end();
    }
  }, 400_000);

  it("an import survives a restart of the start command mid-way; Ctrl-C stops everything cleanly", async () => {
    const dir = makeTempDir("framewatch-serve-files-");
    writeShortArticles(dir, 600);
    // A second terminal: shares the running server (same data folder), workers of `serve` do the work.
    const importer = startCli(["import", dir], env);
    running.push(importer);
    const pool = createPgPool(dbUrl(), 1);
    try {
      await until("the import to start", async () => {
        const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`).catch(() => ({ rows: [{ n: 0 }] }));
        return rows[0]!.n >= 5 + 50;
      });
    } finally {
      await pool.end();
    }
    await pressCtrlC(serve);
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    serve = startServe();
    expect(await importer.exited).toBe(0);
    expect(importer.output()).toContain("Imported 600 new, 0 unchanged, 0 re-analysed, 0 failed.");
    await serve.waitFor(/Dashboard starting/, 240_000);

    const check = createPgPool(dbUrl(), 1);
    try {
      const { rows } = await check.query<{ articles: number; distinct: number; claims: number }>(
        `SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(DISTINCT sha256) FROM "Article")::int AS distinct,
                (SELECT count(*) FROM "FighterClaim" c JOIN "Article" a ON a.id = c."articleId" WHERE a.source LIKE '%short-%')::int AS claims`,
      );
      expect(rows[0]).toEqual({ articles: 605, distinct: 605, claims: 600 });
    } finally {
      await check.end();
    }
    await pressCtrlC(serve);
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 600_000);
});
