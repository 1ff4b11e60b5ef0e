import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { countArticles } from "../queries/list-articles";
import { countClaims } from "../queries/count-claims";
import type { Filters } from "../queries/filters";
import { getAttackMatrix } from "../queries/get-attack-matrix";
import { listClaimMonths } from "../queries/get-claims-timeline";
import { getCorpusSummary } from "../queries/get-corpus-summary";
import { getOutletFraming } from "../queries/get-outlet-framing";
import { listOutlets } from "../queries/list-outlets";
import { createTestDatabase } from "../testing/create-test-database";
import { loadKeptArticles, referenceClaimCounts, referenceClaimMonths, referenceOutletTotals } from "../testing/reference-aggregates";
import { randomArticle, rng } from "../testing/random-articles";
import { seedArticles } from "../testing/seed-articles";
import { MIGRATIONS_DIR } from "../migrate/read-migrations";
import { getCorpusVersion } from "./get-corpus-version";
import { refreshRollups } from "./refresh-rollups";

/** Filters covering every branch of the bucket selection: month edges, mid-month, open ends, one day, outlets, claim filters. */
function filterCases(outletIds: number[]): Filters[] {
  const dates: [string | null, string | null][] = [
    [null, null],
    ["2020-01-01", "2020-12-31"],
    ["2020-01-15", "2020-02-10"],
    ["2019-06-30", "2019-07-01"],
    ["2020-03-14", "2020-03-14"],
    ["2021-02-28", null],
    [null, "2019-09-17"],
    ["2019-12-31", "2020-01-01"],
    ["2018-01-01", "2030-12-31"],
    ["2020-05-01", "2020-05-31"],
    // Whole years inside, partial years at one or both ends (the year buckets, level 4, and the month buckets of the edge years).
    ["2019-03-10", "2021-10-05"],
    ["2020-01-01", "2021-06-30"],
    ["2019-07-01", "2020-12-31"],
    ["2020-01-01", null],
    [null, "2020-12-31"],
    ["2019-11-15", "2020-02-15"],
  ];
  const [a, b] = outletIds;
  const outlets: number[][] = [[], [a!], [b!, 0], [0]];
  const cases: Filters[] = [];
  for (const [from, to] of dates) {
    for (const ids of outlets) cases.push({ outletIds: ids, from, to });
  }
  cases.push({ claimantTypes: ["un", "analyst"], referents: ["killed", "remaining"], attackTypes: ["kidnapping"] });
  cases.push({ from: "2020-01-15", to: "2020-06-10", claimantTypes: ["unknown"], outletIds: [a!] });
  cases.push({ from: "2019-02-01", referents: ["fled"] });
  cases.push({ referents: ["killed"] }, { claimantTypes: ["un"] }, { outletIds: [a!], claimantTypes: ["analyst", "unknown"], referents: ["remaining", "other"] });
  return cases;
}

async function expectRollupsMatchFacts(prisma: PrismaClient, cases: Filters[]) {
  for (const filters of cases) {
    const label = JSON.stringify(filters);
    const kept = await loadKeptArticles(prisma, filters);
    const ref = referenceOutletTotals(kept);

    const framing = await getOutletFraming(prisma, filters);
    expect(framing.outlets.map((o) => o.outletId), label).toEqual([...ref.keys()].sort((x, y) => (x || Infinity) - (y || Infinity)));
    for (const o of framing.outlets) {
      const r = ref.get(o.outletId)!;
      expect({ articles: o.articles, words: o.words, sentences: o.sentences }, label).toEqual({ articles: r.articles, words: r.words, sentences: r.sentences });
      const counted = (dim: string, record: Record<string, number>) =>
        Object.fromEntries(Object.entries(record).filter(([, n]) => n > 0).map(([k, n]) => [`${dim}|${k}`, n]));
      const refOf = (dim: string, keep: (k: string) => boolean = () => true) =>
        Object.fromEntries(Object.entries(r.counts).filter(([k]) => k.startsWith(`${dim}|`) && keep(k.split("|")[1]!)));
      expect(counted("naming", o.naming), label).toEqual(refOf("naming"));
      expect(counted("actor_label", o.actorLabels), label).toEqual(refOf("actor_label"));
      expect(counted("policy_frame", o.policyFrames), label).toEqual(refOf("policy_frame"));
      expect(counted("loaded_term", o.loadedTerms), label).toEqual(refOf("loaded_term"));
      const keepType = (k: string) => !filters.claimantTypes?.length || filters.claimantTypes.includes(k);
      expect(counted("sourcing", o.sourcing), label).toEqual(refOf("sourcing", keepType));
      expect(o.threat, label).toEqual({ resurgence: r.counts["threat|resurgence"] ?? 0, defeat: r.counts["threat|defeat"] ?? 0 });
    }

    const matrix = await getAttackMatrix(prisma, filters);
    for (const row of matrix.rows) {
      const r = ref.get(row.outletId)!;
      expect(row.articles, label).toBe(r.articles);
      for (const t of matrix.types) {
        expect(row.mentions[t], `${label} ${t}`).toBe(r.counts[`attack|${t}`] ?? 0);
        expect(row.articlesWith[t], `${label} ${t}`).toBe(r.articlesWith[`attack|${t}`] ?? 0);
      }
    }
    expect(matrix.rows.length, label).toBe(ref.size);

    const summary = await getCorpusSummary(prisma, filters);
    expect(summary.articles, label).toBe(kept.length);
    expect(summary.undated, label).toBe([...ref.values()].reduce((s, o) => s + o.undated, 0));
    expect(summary.framingSignals, label).toBe(kept.reduce((s, a) => s + a.signals.length, 0));
    for (const o of summary.perOutlet) {
      const r = ref.get(o.outletId)!;
      expect({ claims: o.claims, attacks: o.attacks, words: o.words, earliest: o.earliest, latest: o.latest }, label).toEqual({
        claims: r.claims,
        attacks: r.attacks,
        words: r.words,
        earliest: r.earliest,
        latest: r.latest,
      });
      expect(o.threat, label).toEqual({ resurgence: r.counts["threat|resurgence"] ?? 0, defeat: r.counts["threat|defeat"] ?? 0 });
      const names = Object.entries(r.counts).filter(([k]) => k.startsWith("group_term|"));
      const best = Math.max(0, ...names.map(([, n]) => n));
      expect(o.topName?.count ?? 0, label).toBe(best);
    }

    expect(await countArticles(prisma, filters), label).toBe(kept.length);
    expect(await countClaims(prisma, filters), label).toEqual(referenceClaimCounts(kept, filters));
    for (const groupBy of ["claimantType", "outlet"] as const) {
      const months = (await listClaimMonths(prisma, filters, groupBy)).sort((x, y) =>
        `${x.group}|${x.unit}|${x.month}`.localeCompare(`${y.group}|${y.unit}|${y.month}`),
      );
      const expected = referenceClaimMonths(kept, filters, groupBy);
      expect(months.map(({ sumLog: _a, sum: _b, ...m }) => m), label).toEqual(expected.map(({ sumLog: _a, sum: _b, ...m }) => m));
      months.forEach((m, i) => {
        expect(m.sum, label).toBeCloseTo(expected[i]!.sum, 6);
        expect(m.sumLog, label).toBeCloseTo(expected[i]!.sumLog, 6);
      });
    }
  }
}

/** The rollup tables' content without bucket ids, to compare an incremental refresh with a rebuild. */
async function rollupContent(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ line: string }[]>`
    SELECT concat_ws('|', b."level", b."outletId", b."earliest", b."latest", b."latestMonth", b."earliestMonthEnd", b."midMonth",
                     b."articles", b."undated", b."words", b."sentences", b."claims", b."attacks", b."signals") AS line
      FROM "RollupBucket" b
    UNION ALL
    SELECT concat_ws('|', 'count', b."level", b."outletId", b."earliest", b."latest", b."latestMonth", b."midMonth", c."kind", c."key", c."count", c."articles")
      FROM "RollupCount" c JOIN "RollupBucket" b ON b."id" = c."bucketId"
    UNION ALL
    SELECT concat_ws('|', 'claim', b."level", b."outletId", b."earliest", b."latest", b."latestMonth", b."midMonth", c."claimantType", c."refersTo", c."unit",
                     c."claims", c."numbered", c."minValue", c."maxValue", round(c."sumValue"::numeric, 6), round(c."sumLogValue"::numeric, 6), c."positive")
      FROM "RollupClaim" c JOIN "RollupBucket" b ON b."id" = c."bucketId"`;
  return rows.map((r) => r.line).sort();
}

describe("rollups", () => {
  let prisma: PrismaClient;
  let ownerUrl: string;
  let outletIds: number[];

  beforeAll(async () => {
    // prisma logs in as the application role, as the dashboard and the importer do.
    ({ prisma, ownerUrl } = await createTestDatabase("rollups"));
    const r = rng(9);
    await seedArticles(prisma, Array.from({ length: 220 }, () => randomArticle(r)));
    outletIds = (await prisma.outlet.findMany({ orderBy: { id: "asc" } })).map((o) => o.id);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("the first refresh builds everything and bumps the version", async () => {
    expect((await getCorpusVersion(prisma)).rollups).toBe(0);
    const first = await refreshRollups(prisma);
    expect(first.full).toBe(true);
    expect(first.version).toBe(1);
    expect((await getCorpusVersion(prisma)).rollups).toBe(1);
    const outlets = await listOutlets(prisma);
    expect(outlets.reduce((s, o) => s + o.articles, 0)).toBe(await prisma.article.count());
    // Its closing ANALYZE ran (the application role holds MAINTAIN on the rollup tables), not skipped with a warning.
    const analyzed = await prisma.$queryRaw<{ relname: string }[]>`
      SELECT relname::text AS relname FROM pg_stat_user_tables WHERE relname IN ('RollupBucket', 'RollupCount', 'RollupClaim') AND last_analyze IS NOT NULL`;
    expect(analyzed.map((r) => r.relname).sort()).toEqual(["RollupBucket", "RollupClaim", "RollupCount"]);
  });

  it("match the facts under every filter", async () => {
    await expectRollupsMatchFacts(prisma, filterCases(outletIds));
  });

  it("the migration that introduced the year buckets builds what a refresh builds", async () => {
    const refreshed = await rollupContent(prisma);
    expect(refreshed.some((line) => line.startsWith("4|"))).toBe(true);
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, "20261130021500_rollup_years", "migration.sql"), "utf8");
    const block = sql.slice(sql.indexOf("-- level4:begin"), sql.indexOf("-- level4:end"));
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      // The rollups as they were before the migration: no level 4.
      await owner.query("BEGIN");
      await owner.query(`CREATE TEMP TABLE _old ON COMMIT DROP AS SELECT "id" FROM "RollupBucket" WHERE "level" = 4`);
      await owner.query(`DELETE FROM "RollupCount" WHERE "bucketId" IN (SELECT "id" FROM _old)`);
      await owner.query(`DELETE FROM "RollupClaim" WHERE "bucketId" IN (SELECT "id" FROM _old)`);
      await owner.query(`DELETE FROM "RollupBucket" WHERE "id" IN (SELECT "id" FROM _old)`);
      await owner.query(block);
      await owner.query("COMMIT");
    } finally {
      await owner.end();
    }
    expect(await rollupContent(prisma)).toEqual(refreshed);
  });

  it("a refresh with nothing to do keeps the version", async () => {
    const before = await getCorpusVersion(prisma);
    const again = await refreshRollups(prisma);
    expect(again).toMatchObject({ full: false, cells: 0, version: before.rollups });
    expect(await getCorpusVersion(prisma)).toEqual(before);
  });

  it("stay exact after inserts, deletes, moves and fact replacements, refreshing only what changed", async () => {
    const before = await getCorpusVersion(prisma);
    const r = rng(77);
    const added = await seedArticles(prisma, Array.from({ length: 25 }, () => randomArticle(r)));
    const facts = await getCorpusVersion(prisma);
    expect(facts.facts).not.toBe(before.facts);
    expect(facts.rollups).toBe(before.rollups);

    const all = (await prisma.article.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
    await prisma.article.deleteMany({ where: { id: { in: all.filter((_, i) => i % 17 === 3) } } });
    // Re-dated and moved to another outlet, as a re-analysis may do.
    for (const [i, id] of all.filter((_, i) => i % 23 === 5).entries()) {
      await prisma.article.update({
        where: { id },
        data: {
          outletId: i % 2 === 0 ? null : outletIds[i % outletIds.length]!,
          publishedEarliest: new Date("2020-02-27T00:00:00Z"),
          publishedLatest: new Date("2020-03-02T00:00:00Z"),
        },
      });
    }
    // Facts replaced without touching the article row.
    const target = added[0]!;
    await prisma.fighterClaim.deleteMany({ where: { articleId: target } });
    await prisma.framingSignal.deleteMany({ where: { articleId: target, dimension: "naming" } });
    await prisma.attackMention.createMany({
      data: [{ articleId: target, ordinal: 90, type: "kidnapping", triggerText: "seized", triggerStart: 0, triggerEnd: 3, sentence: "x", sentenceStart: 0, sentenceEnd: 1, confidence: 0.7 }],
    });

    const refreshed = await refreshRollups(prisma);
    expect(refreshed.full).toBe(false);
    expect(refreshed.cells).toBeGreaterThan(0);
    expect(refreshed.cells).toBeLessThan(await prisma.article.count());
    expect(refreshed.version).toBe(before.rollups + 1);
    await expectRollupsMatchFacts(prisma, filterCases(outletIds));

    // An incremental refresh leaves exactly what a rebuild from scratch would.
    const incremental = await rollupContent(prisma);
    await prisma.$executeRaw`INSERT INTO "RollupDirty" ("everything") VALUES (true)`;
    expect((await refreshRollups(prisma)).full).toBe(true);
    expect(await rollupContent(prisma)).toEqual(incremental);
  });

  it("a TRUNCATE of a fact table triggers a rebuild", async () => {
    // The application role may not TRUNCATE; someone with the owner's rights (psql) may.
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(`TRUNCATE "AttackMention"`).finally(() => owner.end());
    const r = await refreshRollups(prisma);
    expect(r.full).toBe(true);
    const matrix = await getAttackMatrix(prisma, {});
    expect(matrix.rows.every((row) => Object.values(row.mentions).every((n) => n === 0))).toBe(true);
    await expectRollupsMatchFacts(prisma, filterCases(outletIds).slice(0, 8));
  });

  it("concurrent refreshes queue instead of clashing", async () => {
    const r = rng(5);
    await seedArticles(prisma, Array.from({ length: 10 }, () => randomArticle(r)));
    const results = await Promise.all([refreshRollups(prisma), refreshRollups(prisma), refreshRollups(prisma)]);
    expect(results.filter((x) => x.cells > 0)).toHaveLength(1);
    await expectRollupsMatchFacts(prisma, filterCases(outletIds).slice(0, 12));
  });
});
