import fs from "node:fs";
import net from "node:net";
import { createPgPool, countLiveWorkers } from "@framewatch/db/import";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCli, type CliProcess } from "../testing/start-cli";
import { expectStoredOnce, shortCorpus } from "../testing/stored-once";

type Pool = ReturnType<typeof createPgPool>;

let server: Awaited<ReturnType<typeof startThrowawayPostgres>>;
const cleanups: (() => unknown)[] = [];
beforeAll(async () => {
  server = await startThrowawayPostgres();
}, 120_000);
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await server?.stop();
});

/** A fresh database, migrated by a first `corpus migrate`, with a pool for checks. */
async function database(prefix: string): Promise<{ url: string; pool: Pool }> {
  const url = await createScratchDatabase(server, prefix);
  const migrate = startCli(["migrate"], { DATABASE_URL: url });
  expect(await migrate.exited).toBe(0);
  const pool = createPgPool(url, 2);
  cleanups.push(() => pool.end());
  return { url, pool };
}

function corpusDir(count: number): { dir: string; hashes: Set<string> } {
  const corpus = shortCorpus(count);
  cleanups.push(() => fs.rmSync(corpus.dir, { recursive: true, force: true }));
  return corpus;
}

async function waitForLiveWorkers(pool: Pool, n: number): Promise<void> {
  const until = Date.now() + 60_000;
  while ((await countLiveWorkers(pool)) < n) {
    if (Date.now() > until) throw new Error(`fewer than ${n} live workers after 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("corpus worker", () => {
  it("two worker processes share an import of 5,000 files: no duplicate, no lost article", async () => {
    const { url, pool } = await database("share");
    const { dir, hashes } = corpusDir(5_000);
    const workers: CliProcess[] = [1, 2].map(() => startCli(["worker", "--processes", "1"], { DATABASE_URL: url }));
    cleanups.push(() => workers.forEach((w) => w.child.kill("SIGKILL")));
    await waitForLiveWorkers(pool, 2);

    const importer = startCli(["import", dir], { DATABASE_URL: url });
    cleanups.push(() => importer.child.kill("SIGKILL"));
    expect(await importer.exited).toBe(0);
    expect(importer.output()).toContain("Queueing for the 2 import workers already running.");
    expect(importer.output()).toContain("Imported 5000 new, 0 unchanged, 0 re-analysed, 0 failed.");

    for (const w of workers) w.child.kill("SIGINT");
    await Promise.all(workers.map((w) => w.exited));
    // Both did part of the work: each reports its own share, and the shares add up.
    const shares = workers.map((w) => Number(/stopped after \d+ jobs, (\d+) files/.exec(w.output())?.[1] ?? 0));
    expect(shares.every((s) => s > 0)).toBe(true);
    expect(shares[0]! + shares[1]!).toBe(5_000);
    await expectStoredOnce(pool, hashes);
    const { rows } = await pool.query(`SELECT total, imported, failed, "finishedAt" IS NOT NULL AS finished FROM "ImportRun"`);
    expect(rows).toEqual([{ total: 5_000, imported: 5_000, failed: 0, finished: true }]);
  }, 300_000);

  it("resumes an import whose worker was killed mid-way, and a second import finds everything unchanged", async () => {
    const { url, pool } = await database("resume");
    const { dir, hashes } = corpusDir(1_500);
    // Its own process group, so the kill takes the pool's worker process too, as a lost machine would.
    const doomed = startCli(["worker", "--processes", "1"], { DATABASE_URL: url }, { detached: true });
    cleanups.push(() => {
      if (doomed.child.exitCode === null && doomed.child.signalCode === null) process.kill(-doomed.child.pid!, "SIGKILL");
    });
    await waitForLiveWorkers(pool, 1);

    const importer = startCli(["import", dir], { DATABASE_URL: url });
    cleanups.push(() => importer.child.kill("SIGKILL"));
    const until = Date.now() + 120_000;
    while (((await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`)).rows[0]!.n ?? 0) < 100) {
      if (Date.now() > until) throw new Error(`no progress:\n${importer.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(-doomed.child.pid!, "SIGKILL");
    await doomed.exited;

    // With no worker left alive, the importer works the queue itself, taking over the dead worker's jobs.
    expect(await importer.exited).toBe(0);
    expect(importer.output()).toMatch(/No import worker is running: this command works the queue itself/);
    expect(importer.output()).toContain("Imported 1500 new, 0 unchanged, 0 re-analysed, 0 failed.");
    await expectStoredOnce(pool, hashes);

    const again = startCli(["import", dir], { DATABASE_URL: url });
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain("Imported 0 new, 1500 unchanged, 0 re-analysed, 0 failed.");
    await expectStoredOnce(pool, hashes);
  }, 300_000);

  it("a worker process stops within a bound, non-zero, when its database goes away", async () => {
    // A cluster of its own: this test stops it.
    const doomedServer = await startThrowawayPostgres();
    cleanups.push(() => doomedServer.stop());
    const url = await createScratchDatabase(doomedServer, "gone");
    const migrate = startCli(["migrate"], { DATABASE_URL: url });
    expect(await migrate.exited).toBe(0);
    const pool = createPgPool(url, 1);
    const worker = startCli(["worker", "--process"], { DATABASE_URL: url });
    cleanups.push(() => worker.child.kill("SIGKILL"));
    await waitForLiveWorkers(pool, 1);
    await pool.end();

    await doomedServer.stop();
    // graphile-worker alone would poll the missing database for ever.
    const code = await Promise.race([worker.exited, new Promise((r) => setTimeout(() => r("still running 30 s later"), 30_000))]);
    // Non-zero, so that its supervisor (corpus worker / corpus serve) starts a fresh one.
    expect(code).toBe(1);
    expect(worker.output()).toContain("lost its database session");
  }, 180_000);

  it("a worker process started while its database is unreachable waits for it, then works", async () => {
    const { url, pool } = await database("waits");
    // A link to the database that the test cuts and restores: connections are dropped, then forwarded.
    const target = new URL(url);
    let up = false;
    const link = net.createServer((socket) => {
      if (!up) return socket.destroy();
      const upstream = net.connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      const close = () => (socket.destroy(), upstream.destroy());
      socket.on("error", close);
      upstream.on("error", close);
    });
    await new Promise<void>((resolve) => link.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((r) => link.close(r)));
    const viaLink = new URL(url);
    viaLink.port = String((link.address() as net.AddressInfo).port);

    const worker = startCli(["worker", "--process"], { DATABASE_URL: viaLink.toString() });
    cleanups.push(() => worker.child.kill("SIGKILL"));
    await worker.waitFor(/the database is unreachable; waiting for it/, 60_000);
    // Still waiting a few retries later, rather than exiting for its supervisor to count a crash.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(worker.child.exitCode).toBeNull();
    up = true;
    await waitForLiveWorkers(pool, 1);
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
  }, 120_000);
});
