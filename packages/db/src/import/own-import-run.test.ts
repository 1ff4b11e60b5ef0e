import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { createTestDatabase } from "../testing/create-test-database";
import { createPgPool } from "./create-pg-pool";
import { prepareImportQueue } from "./import-queue";
import { commandLineStarter, createOwnedImportRun, markInterruptedImportRuns } from "./own-import-run";
import { drainImportQueue } from "./run-import-worker";
import { stageImportRun } from "./stage-import-run";
import { getImportSummary } from "./watch-import-run";

const article = (n: number) =>
  `Officials say fighters regrouped (${n})\n\nAbout ${100 + n} ISIS fighters remain in the desert west of Kirkuk, an Iraqi army spokesman told reporters on Sunday.\n`;

describe("import run ownership", () => {
  let prisma: PrismaClient;
  let url: string;
  let pool: ReturnType<typeof createPgPool>;
  beforeAll(async () => {
    ({ prisma, url } = await createTestDatabase("own"));
    pool = createPgPool(url, 4);
    await prepareImportQueue(pool);
  });
  afterAll(async () => {
    await pool.end();
    await prisma.$disconnect();
  });

  it("leaves a run alone while its command holds it; once the command is gone, marks it interrupted and finishes it with what was staged", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-own-"));
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), article(i));
    const run = await createOwnedImportRun(pool);
    // Staged, then the command "dies" before marking the run staged: as if killed mid-way.
    await stageImportRun(pool, [dir], { runId: run.runId });
    await prisma.importRun.update({ where: { id: run.runId }, data: { stagedAt: null } });

    expect(await markInterruptedImportRuns(pool)).toEqual([]);
    expect((await prisma.importRun.findUniqueOrThrow({ where: { id: run.runId } })).interruptedAt).toBeNull();

    await run.release();
    expect(await markInterruptedImportRuns(pool)).toEqual([{ runId: run.runId, done: 0, total: 3 }]);
    // Marked once: a second start finds nothing to mark.
    expect(await markInterruptedImportRuns(pool)).toEqual([]);

    // The queue still does the staged files, and the run ends (it would never end without the mark: it was never staged).
    await drainImportQueue(url);
    const summary = await getImportSummary(pool, run.runId);
    expect(summary).toMatchObject({ interrupted: true, total: 3, imported: 3, failed: 0 });
    expect(await prisma.article.count()).toBe(3);
    fs.rmSync(dir, { recursive: true });
  });

  it("records who started a run: the command line's OS user by default, or the account given", async () => {
    const cli = await createOwnedImportRun(pool);
    const web = await createOwnedImportRun(pool, { label: "Ana Analyst <ana@example.org>", userId: "u-123" });
    const rows = await prisma.importRun.findMany({ where: { id: { in: [cli.runId, web.runId] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.startedBy, r.startedById])).toEqual([
      [commandLineStarter().label, null],
      ["Ana Analyst <ana@example.org>", "u-123"],
    ]);
    expect(commandLineStarter().label).toMatch(/^command line/);
    await cli.release();
    await web.release();
  });

  it("refuses to stage more into a run marked interrupted", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-own-"));
    fs.writeFileSync(path.join(dir, "b.txt"), article(9));
    const run = await createOwnedImportRun(pool);
    await run.interrupt();
    await expect(stageImportRun(pool, [dir], { runId: run.runId })).rejects.toThrow(/was marked interrupted/);
    await run.release();
    fs.rmSync(dir, { recursive: true });
  });
});
