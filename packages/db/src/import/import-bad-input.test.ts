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

/** As root, chmod 000 does not deny reading a folder: the case cannot be made, so it is skipped (with this reason). */
const rootReadsAnything = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-perm-"));
  fs.chmodSync(dir, 0o000);
  try {
    fs.readdirSync(dir);
    return true;
  } catch {
    return false;
  } finally {
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true });
  }
})();

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

  it("refuses a file over the size limit, naming its size and the limit, and stores nothing", async () => {
    const big = path.join(dir, "big.txt");
    fs.writeFileSync(big, ARTICLE.repeat(Math.ceil((1024 * 1024 + 1) / ARTICLE.length)));
    const size = fs.statSync(big).size;
    const before = await snapshot(prisma);
    const summary = await importCorpus(url, [big], { maxFileBytes: 1024 * 1024 });
    expect(summary).toMatchObject({ total: 1, imported: 0, failed: 1 });
    expect(summary.failures[0]!.source).toBe(big);
    expect(summary.failures[0]!.reason).toContain(`${(size / 1024 / 1024).toFixed(1)} MB (${size} bytes), over the 1.0 MB limit (FRAMEWATCH_MAX_FILE_MB`);
    expect(await snapshot(prisma)).toEqual(before);
  });

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

  it.skipIf(rootReadsAnything)("reports an unreadable subfolder and imports the rest of the run (skipped as root: chmod 000 denies root nothing)", async () => {
    const inputs = path.join(dir, "perm");
    fs.mkdirSync(path.join(inputs, "locked"), { recursive: true });
    fs.writeFileSync(path.join(inputs, "locked", "hidden.txt"), ARTICLE.replace("300", "600"));
    fs.writeFileSync(path.join(inputs, "open.txt"), ARTICLE.replace("300", "700"));
    fs.chmodSync(path.join(inputs, "locked"), 0o000);
    try {
      const summary = await importCorpus(url, [inputs]);
      expect(summary).toMatchObject({ imported: 1, failed: 1 });
      expect(reasonsOf(summary)["locked"]).toMatch(/folder skipped: permission denied/);
    } finally {
      fs.chmodSync(path.join(inputs, "locked"), 0o700);
    }
  });
});
