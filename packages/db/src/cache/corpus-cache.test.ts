import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { getCorpusSummary } from "../queries/get-corpus-summary";
import { listArticles } from "../queries/list-articles";
import { refreshRollups } from "../rollups/refresh-rollups";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles } from "../testing/seed-articles";
import { createCorpusCache } from "./corpus-cache";

describe("createCorpusCache", () => {
  let prisma: PrismaClient;
  beforeAll(async () => {
    ({ prisma } = await createTestDatabase("cache"));
    await seedArticles(prisma, [{ outlet: "Alpha", published: { earliest: "2020-01-01", latest: "2020-01-01" } }, { outlet: null }]);
    await refreshRollups(prisma);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("computes once per corpus version and recomputes after an import", async () => {
    const cache = createCorpusCache(() => prisma);
    let computed = 0;
    const summary = () =>
      cache.get("rollups", "summary", async () => {
        computed += 1;
        return getCorpusSummary(prisma);
      });
    const articles = () => cache.get("facts", "articles", () => listArticles(prisma, {}, { limit: 10 }));

    expect((await summary()).articles).toBe(2);
    expect((await summary()).articles).toBe(2);
    expect(computed).toBe(1);
    expect((await articles()).total).toBe(2);

    // An import writes facts: lists see them at once; charts (rollups) once the import refreshes.
    await seedArticles(prisma, [{ outlet: "Beta", published: { earliest: "2021-05-01", latest: "2021-05-31", precision: "month" } }]);
    expect((await articles()).items).toHaveLength(3);
    expect((await summary()).articles).toBe(2);
    expect(computed).toBe(1);
    await refreshRollups(prisma);
    expect((await summary()).articles).toBe(3);
    expect(computed).toBe(2);
    expect((await summary()).articles).toBe(3);
    expect(computed).toBe(2);
  });

  it("shares one computation between concurrent callers", async () => {
    const cache = createCorpusCache(() => prisma);
    let computed = 0;
    const slow = () =>
      cache.get("rollups", "slow", async () => {
        computed += 1;
        await new Promise((r) => setTimeout(r, 50));
        return { n: 1 };
      });
    const results = await Promise.all(Array.from({ length: 20 }, slow));
    expect(results.every((r) => r.n === 1)).toBe(true);
    expect(computed).toBe(1);
  });

  it("keeps memory bounded: values over the entry limit are returned but not kept, failures are not kept", async () => {
    const cache = createCorpusCache(() => prisma, { maxBytes: 10_000, maxEntryBytes: 1_000 });
    const big = await cache.get("rollups", "big", async () => "x".repeat(5_000));
    expect(big).toHaveLength(5_000);
    expect(cache.stats().entries).toBe(0);
    for (let i = 0; i < 50; i++) await cache.get("rollups", `k${i}`, async () => "y".repeat(500));
    expect(cache.stats().bytes).toBeLessThanOrEqual(10_000);
    await expect(cache.get("rollups", "bad", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    let calls = 0;
    await cache.get("rollups", "bad", async () => ++calls);
    expect(calls).toBe(1);
  });
});
