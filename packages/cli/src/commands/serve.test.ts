import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { countLiveWorkers, createPgPool } from "@framewatch/db/import";
import { embeddedUrl, readCredentials } from "@framewatch/db/server";
import { findFreePort, makeTempDir, writeShortArticles } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childProcesses } from "../testing/child-processes";
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

interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function httpGet(url: string): Promise<HttpAnswer> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", () => resolve({ status: 0, headers: {}, body: "" }));
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
  });
}

/** The postmaster's pid, from the lock file PostgreSQL keeps in its data folder. */
function postmasterPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

/**
 * Takes PostgreSQL's port as soon as the killed server lets it go, so its restart fails until
 * released: the outage lasts as long as the test needs. Connections are cut at once, as a
 * server going away would.
 */
async function holdPort(port: number): Promise<net.Server> {
  const blocker = net.createServer((socket) => socket.destroy());
  await until("PostgreSQL's port to be free", () => new Promise<boolean>((resolve) => {
    blocker.once("error", () => resolve(false));
    blocker.listen(port, "127.0.0.1", () => resolve(true));
  }), 10_000);
  return blocker;
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

async function until(what: string, check: () => Promise<boolean>, ms = 120_000, everyMs = 250): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The pid of the Next.js server that `serve` started (a direct child; Next renames its process "next-server"). */
function dashboardPid(servePid: number): number | undefined {
  return childProcesses(servePid).find((c) => /next-server|next[\\/]dist[\\/]bin[\\/]next/.test(c.cmdline))?.pid;
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

  it("restarts PostgreSQL killed while serving: 503s meanwhile, the same dashboard recovers; gives up past the limit", async () => {
    serve = startServe();
    await serve.waitFor(/Dashboard starting/, 240_000);
    const base = `http://127.0.0.1:${env.PORT}`;
    const api = `${base}/api/claims?limit=1`;
    await until("the dashboard", async () => (await httpStatus(`${base}/claims`)) === 200);
    expect((await httpGet(api)).status).toBe(200);
    const dashboard = dashboardPid(serve.child.pid!);

    // kill -9 of the postmaster; its port held so the outage lasts until the checks below are done.
    process.kill(postmasterPid(), "SIGKILL");
    let blocker = await holdPort(pgPort);
    try {
      await serve.waitFor(/PostgreSQL was killed \(SIGKILL\); restarting it on the same data folder/);
      let answer: HttpAnswer = { status: 0, headers: {}, body: "" };
      await until("the API to answer 503", async () => (answer = await httpGet(api)).status === 503, 30_000, 100);
      expect(answer.headers["content-type"]).toMatch(/^application\/json/);
      expect(answer.headers["retry-after"]).toBe("5");
      expect(JSON.parse(answer.body)).toMatchObject({ error: "database unavailable, retrying" });
      const page = await httpGet(`${base}/claims`);
      expect(page.status).toBe(503);
      expect(page.headers["content-type"]).toMatch(/^text\/html/);
      expect(page.body).toContain("database unavailable, retrying");
      expect(page.body).toMatch(/<meta http-equiv="refresh" content="5">/);
      expect(page.headers["content-security-policy"]).toMatch(/script-src 'nonce-/);
      // A restart that fails (here: the port taken) is retried with a backoff.
      await serve.waitFor(/PostgreSQL did not start \(Port \d+ is already in use.*\); trying again in \d+ s\./, 30_000);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
    await serve.waitFor(/PostgreSQL restarted; the dashboard and the import workers reconnect on their own\./, 60_000);
    await until("the API to answer 200 again", async () => (await httpGet(api)).status === 200, 30_000);
    expect((await httpGet(`${base}/claims`)).status).toBe(200);
    // Recovered without a restart of the dashboard, and the import workers are back.
    expect(dashboardPid(serve.child.pid!)).toBe(dashboard);
    expect(serve.output()).not.toMatch(/The dashboard (was killed|exited)/);
    const pool = createPgPool(dbUrl(), 1);
    try {
      await until("a live import worker", async () => (await countLiveWorkers(pool)) >= 1, 60_000);
    } finally {
      await pool.end();
    }

    // Killed again and kept from starting: past the limit serve stops everything, promptly, and exits 1.
    process.kill(postmasterPid(), "SIGKILL");
    blocker = await holdPort(pgPort);
    try {
      await serve.waitFor(/PostgreSQL could not be restarted \(.*\); given up after \d+ deaths or failed starts within 60 s\. Stopping\./, 120_000);
      const gaveUpAt = Date.now();
      expect(await serve.exited).toBe(1);
      expect(Date.now() - gaveUpAt).toBeLessThan(10_000);
      expect(serve.output()).toMatch(/Stopped\./);
      expect(serve.output()).not.toMatch(/MaxListenersExceededWarning|^\s+at /m);
      expect(dashboardPid(serve.child.pid!)).toBeUndefined();
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 400_000);

  it("kill -9 of serve: the dashboard it started stops instead of holding the port as an orphan", async () => {
    serve = startServe();
    await serve.waitFor(/Dashboard starting/, 240_000);
    const home = `http://127.0.0.1:${env.PORT}/`;
    await until("the dashboard", async () => (await httpStatus(home)) === 200);
    const dashboard = dashboardPid(serve.child.pid!);
    expect(dashboard).toBeDefined();
    process.kill(serve.child.pid!, "SIGKILL");
    await serve.exited;
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until("the orphaned dashboard to stop", async () => !alive(dashboard!), 30_000);
    expect(await httpStatus(home)).toBe(0);
    // PostgreSQL outlives a killed serve by design (the next start shares or restarts it); stop it for the clean-up.
    if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) process.kill(postmasterPid(), "SIGINT");
  }, 400_000);
});
