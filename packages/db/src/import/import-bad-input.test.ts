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

  it("refuses files whose cleaned body is empty or not prose, with the reason, and stores nothing", async () => {
    const inputs = path.join(dir, "not-prose");
    fs.mkdirSync(inputs);
    fs.writeFileSync(
      path.join(inputs, "ascii.pdf"),
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
        "4 0 obj << /Length 44 >> stream\nBT /F1 24 Tf 100 700 Td (Hello) Tj ET\nendstream endobj\nxref 0 6 0000000000 65535 f 0000000010 00000 n\ntrailer << /Size 6 /Root 1 0 R >> startxref 420 %%EOF\n",
    );
    fs.writeFileSync(path.join(inputs, "numbers.txt"), Array.from({ length: 500 }, (_, i) => `${i * 37} ${i * 11}.${i % 7}`).join("\n"));
    fs.writeFileSync(path.join(inputs, "junk.txt"), Array.from({ length: 10 }, (_, i) => `${"x7Qz/+=".repeat(3_000)}${i}`).join("\n"));
    fs.writeFileSync(path.join(inputs, "no-body.html"), "<!doctype html><html><head><title>Nothing</title><script>var a = 1;</script></head><body></body></html>");
    const before = await snapshot(prisma);
    const summary = await importCorpus(url, [inputs]);
    expect(summary).toMatchObject({ total: 4, imported: 0, failed: 4 });
    const reasons = reasonsOf(summary);
    expect(reasons["ascii.pdf"]).toMatch(/^not prose: /);
    expect(reasons["numbers.txt"]).toMatch(/^(not prose: 0 words|no article text)/);
    expect(reasons["junk.txt"]).toMatch(/^not prose: /);
    expect(reasons["no-body.html"]).toMatch(/^no article text: the body is empty after cleaning/);
    expect(await snapshot(prisma)).toEqual(before);
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
