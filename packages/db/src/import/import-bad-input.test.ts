import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { createTestDatabase } from "../testing/create-test-database";
import { importCorpus } from "./import-corpus";

const ARTICLE =
  "Iraqi officials say ISIS has regrouped\n\nAbout 300 ISIS fighters remain in the desert, an Iraqi army spokesman told reporters on Sunday. " +
  "The fighters move at night between caves in the valleys, he said, and the army has asked for more drones to watch them.\n";

/** Every stored table, as one hash per table: equal before and after means no row was added, changed or removed. */
async function snapshot(prisma: PrismaClient): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ["Article", "Outlet", "FighterClaim", "AttackMention", "FramingSignal"]) {
    const rows = await prisma.$queryRawUnsafe<{ h: string | null; n: number }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS h, count(*)::int AS n FROM "${table}" t`);
    out[table] = `${rows[0]!.n}:${rows[0]!.h ?? ""}`;
  }
  return out;
}

const reasonsOf = (summary: { failures: { source: string; reason: string }[] }) =>
  Object.fromEntries(summary.failures.map((f) => [path.basename(f.source), f.reason]));

/**
 * Bad inputs mixed with good ones, at the library level: each bad one is reported and the rest is imported, and
 * inputs that are pathological but valid are imported in bounded time. Every bad input on its own (the message, the
 * exit code, every table unchanged) is in the CLI's suite: packages/cli/src/commands/bad-input.test.ts.
 */
describe("importCorpus with bad inputs", () => {
  let prisma: PrismaClient;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    ({ prisma, url } = await createTestDatabase("badinput"));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-badinput-"));
    // Something already stored, which no bad input may touch.
    fs.writeFileSync(path.join(dir, "stored.txt"), ARTICLE);
    expect(await importCorpus(url, [path.join(dir, "stored.txt")])).toMatchObject({ imported: 1, failed: 0 });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reports a FIFO, /dev/zero, a socket and an empty folder named like a file without opening them, and imports the rest", async () => {
    const inputs = path.join(dir, "specials");
    fs.mkdirSync(inputs);
    execFileSync("mkfifo", [path.join(inputs, "pipe.txt")]);
    execFileSync("mkfifo", [path.join(dir, "named-pipe.txt")]);
    fs.mkdirSync(path.join(inputs, "folder.txt"));
    const socket = net.createServer().listen(path.join(inputs, "socket.txt"));
    await new Promise((r) => socket.once("listening", r));
    fs.writeFileSync(path.join(inputs, "good.txt"), ARTICLE.replace("300", "400"));
    const before = await snapshot(prisma);
    try {
      // A FIFO named on the command line once blocked the import for ever; /dev/zero filled memory.
      const summary = await importCorpus(url, [inputs, path.join(dir, "named-pipe.txt"), "/dev/zero", path.join(inputs, "folder.txt")]);
      expect(summary).toMatchObject({ imported: 1, failed: 5 });
      const reasons = reasonsOf(summary);
      expect(reasons["pipe.txt"]).toMatch(/not a regular file \(a FIFO\)/);
      expect(reasons["named-pipe.txt"]).toMatch(/not a regular file \(a FIFO\)/);
      expect(reasons["zero"]).toMatch(/not a regular file \(a character device\)/);
      expect(reasons["socket.txt"]).toMatch(/not a regular file \(a socket\)/);
      expect(reasons["folder.txt"]).toMatch(/folder holds no files/);
      const after = await snapshot(prisma);
      expect(Number(after.Article!.split(":")[0])).toBe(Number(before.Article!.split(":")[0]) + 1);
    } finally {
      socket.close();
    }
  }, 30_000);

  it("reports symbolic links inside a folder as skipped (not followed) and imports the regular files", async () => {
    const inputs = path.join(dir, "links");
    fs.mkdirSync(inputs);
    fs.writeFileSync(path.join(inputs, "real.txt"), ARTICLE.replace("300", "500"));
    fs.symlinkSync(path.join(dir, "stored.txt"), path.join(inputs, "file-link.txt"));
    fs.symlinkSync(inputs, path.join(inputs, "loop"));
    const before = await snapshot(prisma);
    const summary = await importCorpus(url, [inputs]);
    expect(summary).toMatchObject({ total: 3, imported: 1, failed: 2 });
    const reasons = reasonsOf(summary);
    expect(reasons["file-link.txt"]).toMatch(/skipped: symbolic link/);
    expect(reasons["loop"]).toMatch(/skipped: symbolic link/);
    expect(Number((await snapshot(prisma)).Article!.split(":")[0])).toBe(Number(before.Article!.split(":")[0]) + 1);
  });

  it("imports pathological inputs within the size limit: a one-line 1 MB article, 100,000 short sentences, 100,000-level nested HTML", async () => {
    const inputs = path.join(dir, "pathological");
    fs.mkdirSync(inputs);
    const sentences = ARTICLE.split("\n").filter(Boolean).slice(1).join(" ");
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 1024 * 1024; i++) {
      const s = `${sentences.replace("300", String(1000 + i))} `;
      parts.push(s);
      n += s.length;
    }
    fs.writeFileSync(path.join(inputs, "one-line.txt"), parts.join(""));
    fs.writeFileSync(path.join(inputs, "sentences.txt"), Array.from({ length: 100_000 }, (_, i) => `Rain fell on the town for ${i} hours.`).join("\n"));
    const depth = 100_000;
    fs.writeFileSync(path.join(inputs, "nested.html"), `<!doctype html><html><body>${"<div>".repeat(depth)}<p>${sentences}</p>${"</div>".repeat(depth)}</body></html>`);
    const summary = await importCorpus(url, [inputs]);
    expect(summary.failures).toEqual([]);
    expect(summary).toMatchObject({ total: 3, imported: 3 });
    const nested = await prisma.article.findFirstOrThrow({ where: { source: path.join(inputs, "nested.html") } });
    expect(nested.body).toBe(sentences);
    const oneLine = await prisma.article.findFirstOrThrow({ where: { source: path.join(inputs, "one-line.txt") }, select: { wordCount: true } });
    expect(oneLine.wordCount).toBeGreaterThan(150_000);
  }, 120_000);
});
