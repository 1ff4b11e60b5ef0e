import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { REPO_ROOT } from "@framewatch/db/paths";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runRuns } from "./runs";

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");
const CORPUS = path.join(REPO_ROOT, "data", "corpus");
const FILES = fs.readdirSync(CORPUS).sort().slice(0, 2).map((f) => path.join("data", "corpus", f));

describe("corpus runs", () => {
  let server: Awaited<ReturnType<typeof startThrowawayPostgres>>;
  let url: string;
  let prisma: PrismaClient;
  const corpus = (args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: REPO_ROOT, DATABASE_URL: url },
      // Not a terminal: `runs delete` without --yes cannot ask.
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  beforeAll(async () => {
    server = await startThrowawayPostgres();
    url = await createScratchDatabase(server, "runs");
    expect(corpus(["import", ...FILES]).code).toBe(0);
    prisma = createPrismaClient(url);
  }, 180_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await server?.stop();
  });

  it("lists the history newest first, and deletes a run's articles only when confirmed", async () => {
    expect(corpus(["import", "docs/examples/news-please.jsonl"]).code).toBe(0);
    const list = corpus(["runs", "list"]);
    expect(list.code, list.stderr).toBe(0);
    const lines = list.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^#2 {2}import {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}finished in \d+\.\d s {2}3 files: 3 imported, 0 unchanged, 0 re-analysed, 0 failed {2}by command line/);
    expect(lines[1]).toMatch(/^#1 {2}import .* 2 files: 2 imported/);
    expect(corpus(["runs", "list", "--limit", "1"]).stdout).toMatch(/^#2 .*\n\(1 newest of 2 runs; --all lists every one\)\n$/);

    // Not a terminal and no --yes: it says what would go, and deletes nothing.
    const asked = corpus(["runs", "delete", "1"]);
    expect(asked.code).toBe(2);
    expect(asked.stdout).toMatch(/removes 2 articles, \d+ fighter claims, \d+ attack mentions, \d+ framing signals/);
    expect(asked.stderr).toMatch(/Nothing deleted: .*--yes/);
    expect(await prisma.article.count({ where: { importRunId: 1 } })).toBe(2);

    const deleted = corpus(["runs", "delete", "1", "--yes"]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toMatch(/Deleted 2 articles/);
    expect(await prisma.article.count({ where: { importRunId: 1 } })).toBe(0);
    expect(await prisma.article.count()).toBe(3);
    expect((await prisma.importRun.findUniqueOrThrow({ where: { id: 1 } })).deletedBy).toMatch(/^command line/);
    expect(corpus(["runs", "list", "--all"]).stdout).toMatch(/#1 .*\n {6}articles deleted .* by command line.*: 2 articles/);

    const again = corpus(["runs", "delete", "1", "--yes"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already deleted/);
    // The same files again are imported anew, not "unchanged".
    expect(corpus(["import", ...FILES]).stdout).toContain("Imported 2 new, 0 unchanged");
  }, 180_000);

  it("refuses unknown runs (1) and malformed commands (2, before any database is opened)", async () => {
    expect(corpus(["runs", "delete", "999", "--yes"])).toMatchObject({ code: 1, stderr: expect.stringMatching(/No import run 999/) });
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      for (const args of [[], ["drop"], ["delete"], ["delete", "abc"], ["delete", "0"], ["delete", "1", "2"], ["delete", "1", "--force"], ["list", "--limit", "0"], ["list", "x"]]) {
        expect(await runRuns(args), args.join(" ")).toBe(2);
      }
    } finally {
      write.mockRestore();
    }
    expect(written.join("")).toMatch(/not a run number: abc/);
  }, 180_000);
});
