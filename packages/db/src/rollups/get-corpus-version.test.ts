import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles } from "../testing/seed-articles";
import { CORPUS_VERSION_SQL, getCorpusVersion } from "./get-corpus-version";
import { refreshRollups } from "./refresh-rollups";

/** Shared buffers (hit + read) the version query touches, as the application role sees it. */
async function buffersOfVersionQuery(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${CORPUS_VERSION_SQL}`);
    // The first Buffers line belongs to the top node: everything the query read.
    const line = rows.map((r) => r["QUERY PLAN"]).find((l) => /Buffers: shared/.test(l)) ?? "";
    const count = (kind: string) => Number(new RegExp(`${kind}=(\\d+)`).exec(line)?.[1] ?? 0);
    return count("hit") + count("read");
  } finally {
    await client.end();
  }
}

describe("getCorpusVersion after a large refresh", () => {
  let prisma: PrismaClient;
  let url: string;
  let ownerUrl: string;
  beforeAll(async () => {
    ({ prisma, url, ownerUrl } = await createTestDatabase("version"));
    await seedArticles(prisma, [{ outlet: "Alpha", published: { earliest: "2020-01-01", latest: "2020-01-01" } }]);
    await refreshRollups(prisma);
    // Autovacuum would clean up on its own sooner or later: off, so what this test sees is the refresh's doing.
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(`ALTER TABLE "RollupDirty" SET (autovacuum_enabled = false)`);
    await owner.end();
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("reads a few pages, not the dead entries of the rows the refresh consumed", async () => {
    // What a large import leaves behind (a 100,000-article corpus: ~350,000 rows): 30,000 records of one cell,
    // ~80 leaf pages of RollupDirty's primary key. The refresh consumes them all.
    await prisma.$executeRawUnsafe(
      `INSERT INTO "RollupDirty" ("outletId", "earliest", "latest") SELECT "outletId", "publishedEarliest", "publishedLatest" FROM "Article", generate_series(1, 30000)`,
    );
    const pending = await getCorpusVersion(prisma);
    const summary = await refreshRollups(prisma);
    expect(summary.cells).toBeGreaterThan(0);
    const after = await getCorpusVersion(prisma);
    expect(after.facts).not.toBe(pending.facts);
    // Without the refresh's VACUUM, max("id") walks every leaf page of dead entries (~80 here) on every request.
    expect(await buffersOfVersionQuery(url)).toBeLessThanOrEqual(10);
  });

  it("still changes with every write after the vacuum, and not without one", async () => {
    const before = await getCorpusVersion(prisma);
    expect(await getCorpusVersion(prisma)).toEqual(before);
    await seedArticles(prisma, [{ outlet: "Beta", published: { earliest: "2021-05-01", latest: "2021-05-31", precision: "month" } }]);
    const written = await getCorpusVersion(prisma);
    expect(written.facts).not.toBe(before.facts);
    await refreshRollups(prisma);
    const refreshed = await getCorpusVersion(prisma);
    expect(refreshed.rollups).toBeGreaterThan(before.rollups);
    expect(refreshed.facts).not.toBe(written.facts);
  });
});
