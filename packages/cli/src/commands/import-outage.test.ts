import fs from "node:fs";
import path from "node:path";
import { createPgPool } from "@framewatch/db/import";
import { createScratchDatabase, findFreePort, makeTempDir, startThrowawayPostgres, writeShortArticles } from "@framewatch/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { childProcesses, isRunning } from "../testing/child-processes";
import { startCli } from "../testing/start-cli";
import { expectStoredOnce, expectWholeArticles, shortCorpus } from "../testing/stored-once";
import { EXIT_DATABASE_LOST } from "./import";

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** The postmaster's pid, from the lock file PostgreSQL keeps in its data folder. */
function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

describe("corpus import when PostgreSQL dies", () => {
  it("exits non-zero with what was stored, no stack trace; the next start marks the run interrupted and a re-run completes it", async () => {
    const parent = makeTempDir("framewatch-outage-");
    cleanups.push(() => fs.rmSync(parent, { recursive: true, force: true }));
    const dataDir = path.join(parent, "pg");
    const corpus = path.join(parent, "corpus");
    const count = 3_000;
    writeShortArticles(corpus, count);
    // The command starts its own embedded server here, as a lone `corpus import` on a fresh checkout does.
    const env = { DATABASE_URL: undefined, FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: String(await findFreePort()), FRAMEWATCH_WORKERS: "1" };

    const first = startCli(["import", corpus], env);
    cleanups.push(() => first.child.kill("SIGKILL"));
    await first.waitFor(/works the queue itself/);
    // Let it stage and store some articles, then kill the server as a crash would.
    await new Promise((r) => setTimeout(r, 4_000));
    process.kill(postmasterPid(dataDir), "SIGKILL");
    expect(await first.exited, first.output()).toBe(EXIT_DATABASE_LOST);
    const out = first.output();
    expect(out).toMatch(/The database went away during the import/);
    // Killed while watching the run (the usual case) or, on a slow machine, while still staging it.
    expect(out).toMatch(/Import run #1 stopped (with \d+ of the \d+ files staged so far done when last seen|while its files were being staged \(\d+ staged\))\./);
    const stored = /Interrupted: imported at least (\d+) new, 0 unchanged, 0 re-analysed, 0 failed/.exec(out);
    expect(stored, out).not.toBeNull();
    expect(out).not.toMatch(/^\s+at /m);
    expect(out).not.toMatch(/Prisma|Invalid `/);

    // The next start (any command) marks the run; the same import again stores only what is missing.
    const second = startCli(["import", corpus], env);
    cleanups.push(() => second.child.kill("SIGKILL"));
    expect(await second.exited, second.output()).toBe(0);
    expect(second.output()).toMatch(/Import run #1 was interrupted before it finished \(\d+ of \d+ staged files done\): marked interrupted/);
    const result = /Imported (\d+) new, (\d+) unchanged, 0 re-analysed, 0 failed/.exec(second.output());
    expect(result, second.output()).not.toBeNull();
    const [imported, unchanged] = [Number(result![1]), Number(result![2])];
    expect(imported + unchanged).toBe(count);
    // Whatever the first run reported stored is there: found unchanged, not stored twice.
    expect(unchanged).toBeGreaterThanOrEqual(Number(stored![1]));
  }, 240_000);
});

/** mulberry32: a tiny seeded PRNG, so the kill points are the same on every run. Floats in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("corpus import killed with kill -9", () => {
  it("at three seeded random points: each run is marked interrupted, the next import resumes and completes, no duplicate or partial article", async () => {
    const server = await startThrowawayPostgres();
    cleanups.push(() => server.stop());
    const url = await createScratchDatabase(server, "crash");
    const env = { DATABASE_URL: url, FRAMEWATCH_WORKERS: "1" };
    expect(await startCli(["migrate"], env).exited).toBe(0);
    const pool = createPgPool(url, 1);
    cleanups.push(() => pool.end());
    const count = 1_200;
    const { dir, hashes } = shortCorpus(count);
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const stored = async () => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`)).rows[0]!.n;
    const staged = async () => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ImportFile"`)).rows[0]!.n;

    // Each point is a number of files: the first is counted in staged files (the kill lands while the run
    // is being staged, before anything is stored), the others in articles stored by the run being killed.
    const random = seeded(20261129);
    const points = [1 + Math.floor(random() * 300), 50 + Math.floor(random() * 250), 50 + Math.floor(random() * 250)];
    for (const [round, point] of points.entries()) {
      const before = await stored();
      // Round 1 runs a worker process besides the command's own (in-process) worker, to see it stop when orphaned.
      const doomed = startCli(["import", dir], round === 1 ? { ...env, FRAMEWATCH_WORKERS: "2" } : env, { detached: true });
      cleanups.push(() => {
        if (doomed.child.exitCode === null && doomed.child.signalCode === null) process.kill(-doomed.child.pid!, "SIGKILL");
      });
      const reached =
        round === 0
          ? async () => (await staged()) >= point
          : async () => (await stored()) - before >= point && (round !== 1 || /Starting 1 more worker process/.test(doomed.output()));
      const end = Date.now() + 120_000;
      while (!(await reached())) {
        if (Date.now() > end || doomed.child.exitCode !== null) throw new Error(`round ${round}: never reached ${point}:\n${doomed.output()}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      if (round === 1) {
        // kill -9 of the command alone: the worker processes it started notice they were orphaned and stop.
        const workers = childProcesses(doomed.child.pid!).filter((c) => c.cmdline.includes("worker"));
        expect(workers.length).toBeGreaterThan(0);
        process.kill(doomed.child.pid!, "SIGKILL");
        const end = Date.now() + 30_000;
        while (workers.some((w) => isRunning(w.pid))) {
          if (Date.now() > end) throw new Error(`the orphaned worker processes still run 30 s after their command was killed:\n${doomed.output().slice(-2000)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      } else {
        // Its own process group, with the worker processes it starts: the whole command dies, as on a lost machine.
        process.kill(-doomed.child.pid!, "SIGKILL");
      }
      await doomed.exited;
      // The next start (here the next import) marks the run its predecessor left unfinished.
      if (round > 0) expect(doomed.output()).toMatch(new RegExp(`Import run #${round} was interrupted before it finished .*: marked interrupted`));
      // Whatever a kill interrupts, no article is stored without all its facts, and none twice.
      await expectWholeArticles(pool);
    }
    expect(await stored()).toBeLessThan(count);

    const last = startCli(["import", dir], env);
    cleanups.push(() => last.child.kill("SIGKILL"));
    expect(await last.exited, last.output()).toBe(0);
    expect(last.output()).toMatch(/Import run #3 was interrupted before it finished .*: marked interrupted/);
    const result = /Imported (\d+) new, (\d+) unchanged, 0 re-analysed, 0 failed/.exec(last.output());
    expect(result, last.output()).not.toBeNull();
    expect(Number(result![1]) + Number(result![2])).toBe(count);
    await expectWholeArticles(pool);
    const runs = async () =>
      (
        await pool.query<{ interrupted: boolean; finished: boolean }>(
          `SELECT "interruptedAt" IS NOT NULL AS interrupted, "finishedAt" IS NOT NULL AS finished FROM "ImportRun" ORDER BY id`,
        )
      ).rows;
    expect((await runs()).map((r) => r.interrupted)).toEqual([true, true, true, false]);
    expect((await runs()).at(-1)!.finished).toBe(true);

    // Files an interrupted run staged whose jobs a killed worker held stay queued until a worker frees them
    // (see worker-liveness): any worker then finishes those runs, and nothing is stored twice.
    const worker = startCli(["worker", "--processes", "1"], env);
    cleanups.push(() => worker.child.kill("SIGKILL"));
    await worker.waitFor(/working the queue of/);
    const end = Date.now() + 90_000;
    while (!(await runs()).every((r) => r.finished)) {
      if (Date.now() > end) throw new Error(`the interrupted runs never finished: ${JSON.stringify(await runs())}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    worker.child.kill("SIGINT");
    expect(await worker.exited).toBe(0);
    await expectStoredOnce(pool, hashes);
  }, 240_000);
});
