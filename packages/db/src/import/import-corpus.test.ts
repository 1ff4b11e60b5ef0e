import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EXTRACTOR_VERSION } from "@framewatch/corpus-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { REPO_ROOT } from "../paths";
import { createTestDatabase } from "../testing/create-test-database";
import { importCorpus, reanalyseStored } from "./import-corpus";

const CORPUS = path.join(REPO_ROOT, "data", "corpus");

describe("importCorpus", () => {
  let prisma: PrismaClient;
  let url: string;
  beforeAll(async () => {
    ({ prisma, url } = await createTestDatabase("import"));
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("imports the bundled corpus once: the same bytes twice are one article", async () => {
    const first = await importCorpus(url, [CORPUS], { cwd: REPO_ROOT });
    expect(first).toMatchObject({ imported: 5, unchanged: 0, failed: 0 });
    const second = await importCorpus(url, [CORPUS], { cwd: REPO_ROOT });
    expect(second).toMatchObject({ imported: 0, unchanged: 5, failed: 0 });
    expect(await prisma.article.count()).toBe(5);
    const sources = (await prisma.article.findMany({ select: { source: true } })).map((a) => a.source).sort();
    expect(sources[0]).toBe("data/corpus/000_dc4fe99221364841.txt");
    const runs = await prisma.importRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((r) => [r.imported, r.unchanged])).toEqual([
      [5, 0],
      [0, 5],
    ]);
  });

  it("stores facts with offsets that point into the cleaned body", async () => {
    const articles = await prisma.article.findMany({ include: { claims: true, attacks: true, signals: true } });
    const claims = articles.flatMap((a) => a.claims.map((c) => ({ a, c })));
    expect(claims.length).toBeGreaterThan(0);
    for (const { a, c } of claims) {
      // Headline claims index the title; everything else indexes the body.
      const section = c.section === "title" ? (a.title ?? "") : a.body;
      expect(section.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
      expect(section.slice(c.quantityStart, c.quantityEnd)).toBe(c.quantityText);
      if (c.claimantEvidenceText !== null) expect(a.body.slice(c.claimantEvidenceStart!, c.claimantEvidenceEnd!)).toBe(c.claimantEvidenceText);
      expect(c.rules.length).toBeGreaterThan(0);
    }
    for (const a of articles) {
      for (const t of a.attacks) expect(a.body.slice(t.triggerStart, t.triggerEnd)).toBe(t.triggerText);
      for (const s of a.signals) expect(a.body.slice(s.matchStart, s.matchEnd)).toBe(s.matchText);
    }
  });

  it("reports empty, binary and missing inputs as failed with reasons, and imports the rest", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-import-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    fs.writeFileSync(
      path.join(dir, "new.txt"),
      "Iraqi officials say ISIS has regrouped\n\nAbout 300 ISIS fighters remain in the desert, an Iraqi army spokesman told reporters on Sunday.\n",
    );
    const before = await prisma.article.count();
    const summary = await importCorpus(url, [dir, path.join(dir, "missing.txt")]);
    expect(summary.imported).toBe(1);
    expect(summary.failed).toBe(3);
    const reasons = Object.fromEntries(summary.failures.map((f) => [path.basename(f.source), f.reason]));
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["image.png"]).toMatch(/binary/);
    expect(reasons["missing.txt"]).toMatch(/no such file/);
    expect(await prisma.article.count()).toBe(before + 1);
    // The reasons are kept with the run; its rows stay as per-file outcomes, without their staged text.
    const run = await prisma.importRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ kind: "import", total: 4, imported: 1, failed: 3 });
    expect(run.finishedAt).not.toBeNull();
    expect((run.failures as { source: string; reason: string }[]).map((f) => path.basename(f.source)).sort()).toEqual(["empty.txt", "image.png", "missing.txt"]);
    expect(await prisma.importFile.count({ where: { runId: summary.runId } })).toBe(4);
    expect(await prisma.importFile.count({ where: { runId: summary.runId, OR: [{ raw: { not: null } }, { status: "pending" }] } })).toBe(0);
  });

  it("re-analyses articles stored by an older extractor without duplicating their facts", async () => {
    const article = await prisma.article.findFirstOrThrow({ where: { claims: { some: {} } }, include: { claims: true } });
    await prisma.article.update({ where: { id: article.id }, data: { extractorVersion: "0.0.0-old" } });
    const result = await reanalyseStored(url);
    expect(result).toMatchObject({ kind: "reanalyse", total: 1, reanalysed: 1, failed: 0, failures: [] });
    expect(await reanalyseStored(url)).toBeNull();
    const after = await prisma.article.findUniqueOrThrow({ where: { id: article.id }, include: { claims: true } });
    expect(after.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(after.claims.length).toBe(article.claims.length);
    expect(after.claims.map((c) => c.quantityText)).toEqual(article.claims.map((c) => c.quantityText));
  });
});
