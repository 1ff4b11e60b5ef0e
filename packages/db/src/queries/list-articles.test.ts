import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles, type ArticleSeed } from "../testing/seed-articles";
import { walkPages } from "../testing/walk-pages";
import { listArticles, type ArticleSort } from "./list-articles";
import { encodeCursor } from "./pagination";

describe("listArticles", () => {
  let prisma: PrismaClient;
  beforeAll(async () => {
    ({ prisma } = await createTestDatabase("articles"));
    const seeds: ArticleSeed[] = Array.from({ length: 53 }, (_, i) => ({
      outlet: i % 4 === 0 ? null : `Outlet ${i % 3}`,
      // Many articles share a day, some are undated, some untitled: ties and nulls in every sort key.
      published: i % 7 === 0 ? null : { earliest: `2020-0${1 + (i % 5)}-1${i % 3}`, latest: `2020-0${1 + (i % 5)}-1${i % 3}` },
      title: i % 9 === 0 ? null : `${i % 2 === 0 ? "Mosul" : "Raqqa"} report ${i % 6}`,
      source: `wire/${i}_100%_${i % 2 === 0 ? "raid" : "talks"}.txt`,
      claims: Array.from({ length: i % 3 }, () => ({ low: 10, high: 10 })),
    }));
    await seedArticles(prisma, seeds);
    await refreshRollups(prisma);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  const all = async () =>
    prisma.article.findMany({ select: { id: true, title: true, source: true, publishedEarliest: true, outletId: true }, orderBy: { id: "asc" } });

  type Row = Awaited<ReturnType<typeof all>>[number];
  /** Dated articles by earliest day (`dir` 1: oldest first, -1: newest first), undated last; ties by id in the same direction. */
  const byDate =
    (dir: 1 | -1) =>
    (a: Row, b: Row): number =>
      a.publishedEarliest && b.publishedEarliest
        ? dir * (a.publishedEarliest.getTime() - b.publishedEarliest.getTime()) || dir * (a.id - b.id)
        : a.publishedEarliest
          ? -1
          : b.publishedEarliest
            ? 1
            : dir * (a.id - b.id);
  const ORDERS: Record<ArticleSort, (a: Row, b: Row) => number> = {
    newest: byDate(-1),
    oldest: byDate(1),
    title: (a, b) => (a.title !== null && b.title !== null ? (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id - b.id) : a.title !== null ? -1 : b.title !== null ? 1 : a.id - b.id),
  };

  it.each(["newest", "oldest", "title"] as const)("pages through every article sorted by %s, forwards and backwards, without gaps or repeats", async (sort) => {
    const expected = (await all()).sort(ORDERS[sort]).map((a) => a.id);
    for (const limit of [1, 7, 50, 200]) {
      const items = await walkPages((cursor) => listArticles(prisma, {}, { sort, limit, cursor }), (a) => a.id);
      expect(items.map((a) => a.id)).toEqual(expected);
    }
  });

  it("searches titles and sources (case-insensitive, wildcards literal) and counts the matches", async () => {
    const rows = await all();
    const mosul = rows.filter((a) => a.title?.toLowerCase().includes("mosul") || a.source.toLowerCase().includes("mosul"));
    const page = await walkPages((cursor) => listArticles(prisma, {}, { q: "mOsUl", limit: 5, cursor }), (a) => a.id);
    expect(page.map((a) => a.id).sort((a, b) => a - b)).toEqual(mosul.map((a) => a.id));
    const literal = await listArticles(prisma, {}, { q: "100%_r" });
    expect(literal.total).toBe(rows.filter((a) => a.source.includes("100%_r")).length);
    expect((await listArticles(prisma, {}, { q: "_" })).total).toBe(rows.filter((a) => `${a.title ?? ""}${a.source}`.includes("_")).length);
  });

  it("combines search, filters and sort; counts come with every page", async () => {
    const rows = await all();
    const outlet = rows.find((a) => a.outletId !== null)!.outletId!;
    const expected = rows
      .filter((a) => a.outletId === outlet && a.publishedEarliest && a.publishedEarliest.toISOString() >= "2020-02-01" && a.title?.includes("Raqqa"))
      .sort(ORDERS.oldest)
      .map((a) => a.id);
    const items = await walkPages(
      (cursor) => listArticles(prisma, { outletIds: [outlet], from: "2020-02-01" }, { q: "raqqa", sort: "oldest", limit: 2, cursor }),
      (a) => a.id,
    );
    expect(items.map((a) => a.id)).toEqual(expected);
    const first = await listArticles(prisma, {}, { limit: 3 });
    expect(first.total).toBe(rows.length);
    expect(first.items[0]).toMatchObject({ claims: expect.any(Number), attacks: 0 });
  });

  it("treats a malformed or foreign cursor as the first page", async () => {
    const first = await listArticles(prisma, {}, { limit: 4 });
    for (const cursor of ["garbage", encodeCursor({ dir: "after", key: [1, 2, 3] }), encodeCursor({ dir: "after", key: [{} as never, 1] })]) {
      expect((await listArticles(prisma, {}, { limit: 4, cursor })).items).toEqual(first.items);
    }
  });
});
