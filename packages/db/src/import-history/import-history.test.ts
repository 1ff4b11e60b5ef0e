import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { createOwnedImportRun } from "../import/own-import-run";
import { createPgPool } from "../import/create-pg-pool";
import { importCorpus, reanalyseStored } from "../import/import-corpus";
import { REPO_ROOT } from "../paths";
import { countClaims } from "../queries/count-claims";
import { getCorpusSummary } from "../queries/get-corpus-summary";
import { renameOutlet } from "../outlets/rename-outlet";
import { recordDecision } from "../review/record-decision";
import { listOutlets } from "../queries/list-outlets";
import { MAX_PAGE_SIZE } from "../queries/pagination";
import { getCorpusVersion } from "../rollups/get-corpus-version";
import { createTestDatabase } from "../testing/create-test-database";
import { walkPages } from "../testing/walk-pages";
import { countRunDeletion, deleteRunArticles, previewRunDeletion } from "./delete-run-articles";
import { getImportRun } from "./get-import-run";
import { listImportRunFailures, listImportRunFiles } from "./list-import-run-files";
import { listImportRuns } from "./list-import-runs";

const CORPUS = path.join(REPO_ROOT, "data", "corpus");
const EXAMPLES = path.join(REPO_ROOT, "docs", "examples");
const corpusFile = (i: number) => path.join(CORPUS, fs.readdirSync(CORPUS).sort()[i]!);
/** Run A: two bundled articles and a news-please JSONL (supplied outlets); run B, disjoint: the other three bundled articles. */
const RUN_A = [corpusFile(0), corpusFile(1), path.join(EXAMPLES, "news-please.jsonl")];
const RUN_B = [corpusFile(2), corpusFile(3), corpusFile(4)];
const ADMIN = { label: "Ana Admin <ana@example.org>", userId: "user-ana" };

/** Every fact table's rows, to compare before and after. */
async function tableCounts(prisma: PrismaClient) {
  const [articles, claims, attacks, signals, reviews] = await Promise.all([
    prisma.article.count(),
    prisma.fighterClaim.count(),
    prisma.attackMention.count(),
    prisma.framingSignal.count(),
    prisma.reviewDecision.count(),
  ]);
  return { articles, claims, attacks, signals, reviews };
}

/**
 * The rollup tables' contents keyed by what they mean (level, outlet name, days and months), not by
 * database ids, so two databases can be compared: each bucket with its counts and claim statistics.
 */
async function rollupContents(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT b."level", coalesce(o."name", '(unknown)') AS outlet,
           b."earliest"::text AS e, b."latest"::text AS l, b."latestMonth"::text AS lm, b."earliestMonthEnd"::text AS eme, b."midMonth"::text AS mm,
           b."articles", b."undated", b."words"::text AS words, b."sentences"::text AS sentences, b."claims", b."attacks", b."signals",
           (SELECT coalesce(json_agg(json_build_array(c."kind", c."key", c."count", c."articles") ORDER BY c."kind", c."key"), '[]')
              FROM "RollupCount" c WHERE c."bucketId" = b."id")::text AS counts,
           (SELECT coalesce(json_agg(json_build_array(q."claimantType", q."refersTo", q."unit", q."claims", q."numbered", q."minValue", q."maxValue",
                                                      round(q."sumValue"::numeric, 6), round(q."sumLogValue"::numeric, 6), q."positive")
                                     ORDER BY q."claimantType", q."refersTo", q."unit"), '[]')
              FROM "RollupClaim" q WHERE q."bucketId" = b."id")::text AS claimstats
      FROM "RollupBucket" b LEFT JOIN "Outlet" o ON o."id" = b."outletId"`;
  return rows.map((r) => JSON.stringify(r)).sort();
}

/** What the charts and the overview show, without database ids. */
async function chartView(prisma: PrismaClient) {
  const summary = await getCorpusSummary(prisma);
  return {
    rollups: await rollupContents(prisma),
    summary: { ...summary, perOutlet: summary.perOutlet.map(({ outletId: _id, key: _key, ...o }) => o).sort((a, b) => a.name.localeCompare(b.name)) },
    outlets: (await listOutlets(prisma)).map((o) => [o.name, o.articles]).sort(),
    claims: await countClaims(prisma),
  };
}

describe("import history", () => {
  let prisma: PrismaClient;
  let url: string;
  let runA: number;
  beforeAll(async () => {
    ({ prisma, url } = await createTestDatabase("history"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-history-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    runA = (await importCorpus(url, [...RUN_A, path.join(dir, "empty.txt")])).runId;
    await importCorpus(url, RUN_B);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("lists runs newest first in bounded keyset pages, forwards and back", async () => {
    // Some history to page through: a few finished runs besides the two imports.
    for (let i = 0; i < 7; i++) {
      await prisma.importRun.create({ data: { extractorVersion: "test", startedBy: `seed ${i}`, finishedAt: new Date(), stagedAt: new Date() } });
    }
    const all = await prisma.importRun.findMany({ select: { id: true }, orderBy: { id: "desc" } });
    const walked = await walkPages((cursor) => listImportRuns(prisma, { limit: 3, cursor }), (r) => r.id);
    expect(walked.map((r) => r.id)).toEqual(all.map((r) => r.id));

    // Bounds: the page size is clamped to 1..MAX_PAGE_SIZE; a malformed cursor reads as the first page.
    expect((await listImportRuns(prisma, { limit: 100_000 })).limit).toBe(MAX_PAGE_SIZE);
    expect((await listImportRuns(prisma, { limit: 0 })).items).toHaveLength(1);
    expect((await listImportRuns(prisma, { limit: 2, cursor: "not-a-cursor" })).items.map((r) => r.id)).toEqual(all.slice(0, 2).map((r) => r.id));

    const a = walked.find((r) => r.id === runA)!;
    expect(a).toMatchObject({ kind: "import", state: "finished", total: 6, imported: 5, failed: 1, deleted: null });
    expect(a.startedBy).toMatch(/^command line/);
    expect(a.finishedAt! >= a.startedAt).toBe(true);
  });

  it("keeps every file's outcome after the run, filterable, with the article it stored", async () => {
    const detail = await getImportRun(prisma, runA);
    expect(detail).toMatchObject({ id: runA, articles: 5, filesKept: true });
    const files = await walkPages((cursor) => listImportRunFiles(prisma, runA, { limit: 2, cursor }), (f) => f.id);
    expect(files).toHaveLength(6);
    const imported = files.filter((f) => f.outcome === "imported");
    expect(imported).toHaveLength(5);
    for (const f of imported) expect(f.article).toMatchObject({ importRunId: runA });
    expect(files.some((f) => /news-please\.jsonl:1$/.test(f.source))).toBe(true);

    const failed = await listImportRunFiles(prisma, runA, { outcome: "failed" });
    expect(failed.total).toBe(1);
    expect(failed.items[0]).toMatchObject({ outcome: "failed", article: null });
    expect(failed.items[0]!.reason).toMatch(/empty/);
    const failures = await listImportRunFailures(prisma, runA);
    expect(failures.items).toEqual([{ source: failed.items[0]!.source, reason: failed.items[0]!.reason }]);

    // The same files again: unchanged, linked to the articles the first run added.
    const again = await importCorpus(url, RUN_A);
    const unchanged = await listImportRunFiles(prisma, again.runId, { outcome: "unchanged" });
    expect(unchanged.total).toBe(5);
    for (const f of unchanged.items) expect(f.article?.importRunId).toBe(runA);
    expect((await getImportRun(prisma, again.runId))?.articles).toBe(0);
  });

  it("pages the failures of runs that finished before per-file outcomes were kept, from the stored summary", async () => {
    const failures = Array.from({ length: 5 }, (_, i) => ({ source: `old/${i}.txt`, reason: `reason ${i}` }));
    const old = await prisma.importRun.create({ data: { extractorVersion: "old", total: 9, failed: 5, failures, stagedAt: new Date(), finishedAt: new Date() } });
    expect((await getImportRun(prisma, old.id))?.filesKept).toBe(false);
    const walked = await walkPages((cursor) => listImportRunFailures(prisma, old.id, { limit: 2, cursor }), (f) => f.source);
    expect(walked).toEqual(failures);
    expect(await getImportRun(prisma, 2 ** 40)).toBeNull();
  });

  it("refuses deletion of a running run, a re-analysis and a stale count, deleting nothing (409 cases)", async () => {
    const before = await tableCounts(prisma);
    const counts = await countRunDeletion(prisma, runA);
    expect(await deleteRunArticles(prisma, runA, counts.articles + 1, ADMIN)).toEqual({ status: "stale", counts });
    expect(await deleteRunArticles(prisma, runA, 0, ADMIN)).toEqual({ status: "stale", counts });

    const pool = createPgPool(url, 2);
    try {
      const running = await createOwnedImportRun(pool, { label: "Ed Editor <ed@example.org>", userId: "user-ed" });
      try {
        const result = await deleteRunArticles(prisma, running.runId, 0, ADMIN);
        expect(result).toMatchObject({ status: "refused", refusal: { reason: "running" } });
        expect((await listImportRuns(prisma, { limit: 1 })).items[0]).toMatchObject({ id: running.runId, state: "running", startedBy: "Ed Editor <ed@example.org>" });
      } finally {
        await running.release();
      }
    } finally {
      await pool.end();
    }

    // A re-analysis keeps each article's run: it has nothing of its own to delete.
    const article = await prisma.article.findFirstOrThrow({ where: { importRunId: runA }, orderBy: { id: "asc" } });
    await prisma.article.update({ where: { id: article.id }, data: { extractorVersion: "0.0.0-old" } });
    const re = await reanalyseStored(url);
    expect(re).toMatchObject({ kind: "reanalyse", reanalysed: 1 });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).importRunId).toBe(runA);
    expect(await deleteRunArticles(prisma, re!.runId, 0, ADMIN)).toMatchObject({ status: "refused", refusal: { reason: "reanalysis" } });
    expect(await deleteRunArticles(prisma, 999_999, 1, ADMIN)).toEqual({ status: "not-found" });
    expect(await tableCounts(prisma)).toEqual(before);
  });

  it("deletes exactly the counted articles and facts in one go; charts then equal a fresh import of the remaining files", async () => {
    // An analyst's decision on one of run A's claims: it goes with the article, so the confirmation counts it.
    const claim = await prisma.fighterClaim.findFirstOrThrow({ where: { article: { importRunId: runA } }, orderBy: { id: "asc" } });
    const reviewer = { id: "user-rita", name: "Rita Reviewer", email: "rita@example.org" };
    expect(await recordDecision(prisma, { articleId: claim.articleId, kind: "claim", action: "accept", factId: claim.id, basedOn: null }, reviewer)).toMatchObject({ status: "recorded" });
    const preview = await previewRunDeletion(prisma, runA);
    expect(preview?.refusal).toBeNull();
    const counts = preview!.counts;
    expect(counts.reviews).toBe(1);
    // Run A's articles include the one re-analysed above.
    expect(counts.articles).toBe(5);
    expect(counts.claims + counts.attacks + counts.signals).toBeGreaterThan(0);
    const before = await tableCounts(prisma);
    const versionBefore = await getCorpusVersion(prisma);
    const outletsOfA = await prisma.outlet.findMany({ where: { articles: { some: { importRunId: runA } }, NOT: { articles: { some: { importRunId: { not: runA } } } } } });

    // Two admins confirm at once: one deletes, the other is told it is done.
    const results = await Promise.all([deleteRunArticles(prisma, runA, counts.articles, ADMIN), deleteRunArticles(prisma, runA, counts.articles, ADMIN)]);
    expect(results.map((r) => r.status).sort()).toEqual(["deleted", "refused"]);
    const refused = results.find((r) => r.status === "refused");
    expect(refused).toMatchObject({ refusal: { reason: "deleted" } });

    const after = await tableCounts(prisma);
    expect({
      articles: before.articles - after.articles,
      claims: before.claims - after.claims,
      attacks: before.attacks - after.attacks,
      signals: before.signals - after.signals,
      reviews: before.reviews - after.reviews,
    }).toEqual(counts);
    expect(await prisma.article.count({ where: { importRunId: runA } })).toBe(0);
    // Outlets only run A's articles named are gone, as a fresh import would never have had them.
    expect(outletsOfA.length).toBeGreaterThan(0);
    expect(await prisma.outlet.count({ where: { id: { in: outletsOfA.map((o) => o.id) } } })).toBe(0);
    // The chart cache keys on the corpus version: it moved in the same commit.
    expect((await getCorpusVersion(prisma)).rollups).toBeGreaterThan(versionBefore.rollups);

    // The run stays in the history, marked deleted: who, when, how many (of the machine's rows; not the review decisions).
    const run = await getImportRun(prisma, runA);
    const { reviews: _reviews, ...stored } = counts;
    expect(run).toMatchObject({ state: "finished", articles: 0, deleted: { by: ADMIN.label, ...stored } });
    const row = await prisma.importRun.findUniqueOrThrow({ where: { id: runA } });
    expect(row.deletedById).toBe(ADMIN.userId);
    expect((await listImportRunFiles(prisma, runA, { outcome: "imported" })).items.every((f) => f.article === null)).toBe(true);
    expect(await deleteRunArticles(prisma, runA, 0, ADMIN)).toMatchObject({ status: "refused", refusal: { reason: "deleted" } });

    // A fresh database holding only the remaining files (run B's) shows the same charts.
    const fresh = await createTestDatabase("history_fresh");
    try {
      await importCorpus(fresh.url, RUN_B);
      expect(await chartView(prisma)).toEqual(await chartView(fresh.prisma));
    } finally {
      await fresh.prisma.$disconnect();
    }
  });

  it("keeps an outlet an admin renamed when a deletion leaves it without articles: its former names are a decision", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-history-alias-"));
    const text = fs.readFileSync(corpusFile(0), "utf8");
    fs.writeFileSync(path.join(dir, "ledger.jsonl"), `${JSON.stringify({ maintext: `${text}\n\nA note for this copy.`, outlet: "Tigris Ledger" })}\n`);
    const run = (await importCorpus(url, [path.join(dir, "ledger.jsonl")])).runId;
    const outlet = await prisma.outlet.findUniqueOrThrow({ where: { name: "Tigris Ledger" } });
    await renameOutlet(prisma, { outlet: outlet.id, name: "The Tigris Ledger" });
    expect(await deleteRunArticles(prisma, run, 1, ADMIN)).toMatchObject({ status: "deleted" });
    expect(await prisma.outlet.findUnique({ where: { id: outlet.id } })).toMatchObject({ name: "The Tigris Ledger" });
    expect(await prisma.outletAlias.findMany({ where: { outletId: outlet.id }, select: { name: true } })).toEqual([{ name: "Tigris Ledger" }]);
    fs.rmSync(dir, { recursive: true });
  });

  it("imports the files of a deleted run again (not unchanged), as a new run's articles", async () => {
    const again = await importCorpus(url, RUN_A);
    expect(again).toMatchObject({ imported: 5, unchanged: 0, failed: 0 });
    expect(await prisma.article.count({ where: { importRunId: again.runId } })).toBe(5);
    // The deleted run's outcomes now lead to the new copies.
    const files = await listImportRunFiles(prisma, runA, { outcome: "imported" });
    expect(files.items.map((f) => f.article?.importRunId)).toEqual(files.items.map(() => again.runId));
  });
});
