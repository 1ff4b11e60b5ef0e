import fs from "node:fs";
import path from "node:path";
import { findFreePort, makeTempDir, writeShortArticles } from "@framewatch/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { startCli } from "../testing/start-cli";
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
