import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { measureMachine, recordDecision } from "@framewatch/db/review";
import { createScratchDatabase, makeTempDir, recordSampleReviews, startThrowawayPostgres, writeSampleReviewArticles } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli";

// `corpus import` -> review decisions -> `corpus export --reviewed` -> `corpus eval` on the exported gold and the
// same files: the figures must be the Quality page's (measureMachine), computed from the stored facts.
// Each `corpus` process costs seconds to start: the runs below are as few as the cases allow.
let server: Awaited<ReturnType<typeof startThrowawayPostgres>>;
let prisma: PrismaClient;
let env: Record<string, string>;
let dir: string;
let corpusDir: string;

beforeAll(async () => {
  server = await startThrowawayPostgres();
  const url = await createScratchDatabase(server, "export");
  env = { DATABASE_URL: url, FRAMEWATCH_WORKERS: "1" };
  dir = makeTempDir("framewatch-export-");
  corpusDir = path.join(dir, "articles");
  writeSampleReviewArticles(corpusDir);
  const imported = await runCli(["import", corpusDir], env);
  expect(imported.code, imported.stdout + imported.stderr).toBe(0);
  prisma = createPrismaClient(url);
}, 180_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("corpus export --reviewed", () => {
  it("refuses to start wrongly (2) and, with nothing reviewed, exits 1 writing nothing", async () => {
    const out = path.join(dir, "gold.json");
    const missing = await runCli(["export", "--out", out], env);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("--reviewed");
    const unwritable = await runCli(["export", "--reviewed", "--out", path.join(dir, "no-such-folder", "gold.json")], env);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write .*no-such-folder.*: no folder/);
    const none = await runCli(["export", "--reviewed", "--out", out], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("nothing to export: no article has a review decision yet");
    expect(fs.readdirSync(dir)).toEqual(["articles"]);
  }, 120_000);

  it("writes gold that corpus eval reads, and eval's figures are the Quality page's", async () => {
    await recordSampleReviews(prisma, { id: "u-ed", name: "Ed Editor", email: "ed@example.org" });
    const out = path.join(dir, "gold.json");
    const exported = await runCli(["export", "--reviewed", "--out", out], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/Exported 2 reviewed articles \(2 with claims, 1 with attacks\) to .*gold\.json; 1 reviewed article left out as incomplete/);
    expect(exported.stderr).toMatch(/incomplete: .*b-wire\.txt/);
    const gold = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(gold.format).toBe("framewatch-gold/1");
    expect(gold.articles.map((a: { source: string }) => path.basename(a.source)).sort()).toEqual(["a-courier.txt", "c-wire.txt"]);

    const evaluated = await runCli(["eval", "--json", out, corpusDir], env);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    const report = JSON.parse(evaluated.stdout);
    expect(report).toMatchObject({ notInGold: [expect.stringContaining("b-wire.txt")], goldWithoutFile: [], failed: [] });
    const quality = await measureMachine(prisma);
    expect(quality.measuredArticles).toBe(2);
    // The numbers, measure by measure: overall, per outlet and per extractor version.
    expect(report.overall).toEqual(quality.overall);
    expect(report.byOutlet).toEqual(quality.byOutlet);
    expect(report.byExtractorVersion).toEqual(quality.byExtractorVersion);
    // Not trivially equal: the reviews changed what counts as right.
    expect(quality.overall.measures.claimsLoose).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(quality.overall.measures.claimantType).toMatchObject({ tp: 2, fp: 2, fn: 2 });

    // Without --out the gold goes to stdout, the summary to stderr.
    const printed = await runCli(["export", "--reviewed"], env);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(gold);
  }, 180_000);

  it("exports two stored articles with one source (the file changed since) as a gold file eval accepts", async () => {
    const file = path.join(corpusDir, "c-wire.txt");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("on Wednesday", "on Thursday"));
    const imported = await runCli(["import", corpusDir], env);
    expect(imported.stdout).toContain("Imported 1 new");
    const stored = await prisma.article.findMany({ where: { source: { endsWith: "c-wire.txt" } }, include: { claims: true }, orderBy: { id: "asc" } });
    expect(stored).toHaveLength(2);
    const newer = stored[1]!;
    for (const c of newer.claims) {
      await recordDecision(prisma, { articleId: newer.id, kind: "claim", action: "accept", factId: c.id, basedOn: null }, { id: "u-ed", name: "Ed Editor", email: "ed@example.org" });
    }
    const out = path.join(dir, "twice.json");
    expect((await runCli(["export", "--reviewed", "--out", out], env)).code).toBe(0);
    const sources = JSON.parse(fs.readFileSync(out, "utf8")).articles.map((a: { source: string; sha256: string }) => [a.source, a.sha256]);
    expect(sources).toContainEqual([stored[0]!.source, stored[0]!.sha256]);
    expect(sources).toContainEqual([`${newer.source} [sha256 ${newer.sha256.slice(0, 12)}]`, newer.sha256]);
    // The file on disk is the newer article: eval finds it by its hash; the older one's text is gone.
    const evaluated = await runCli(["eval", "--json", out, corpusDir], env);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    const report = JSON.parse(evaluated.stdout);
    expect(report.goldWithoutFile).toEqual([stored[0]!.source]);
    expect(report.articles.map((a: { goldSource: string }) => a.goldSource)).toContain(`${newer.source} [sha256 ${newer.sha256.slice(0, 12)}]`);
  }, 180_000);
});
