import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles } from "../testing/seed-articles";
import { walkPages } from "../testing/walk-pages";
import { listAttackEvidence } from "./list-attack-evidence";
import { listFramingEvidence } from "./list-framing-evidence";
import { listArticleAttacks, listArticleClaims, listArticleSignals } from "./list-article-facts";

describe("evidence lists and the reader's panels", () => {
  let prisma: PrismaClient;
  let alpha: number;
  beforeAll(async () => {
    ({ prisma } = await createTestDatabase("evidence"));
    await seedArticles(
      prisma,
      Array.from({ length: 30 }, (_, i) => ({
        outlet: i % 3 === 0 ? null : "Alpha",
        published: { earliest: `2020-01-${String(1 + i).padStart(2, "0")}`, latest: `2020-01-${String(1 + i).padStart(2, "0")}` },
        signals: Array.from({ length: i % 5 }, (_, j) => ({ dimension: j % 2 === 0 ? "naming" : "threat", category: j % 2 === 0 ? "ISIS" : j % 4 === 1 ? "resurgence" : "defeat" })),
        attacks: Array.from({ length: i % 4 }, () => ({ type: "bombing_explosion" })),
        claims: Array.from({ length: i % 6 }, () => ({ low: 5, high: 5 })),
      })),
    );
    await refreshRollups(prisma);
    alpha = (await prisma.outlet.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  const order = (rows: { id: number; articleId: number; ordinal: number }[]) =>
    rows.sort((a, b) => a.articleId - b.articleId || a.ordinal - b.ordinal).map((r) => r.id);

  it("framing evidence: every signal of the cell once, in article and text order; total = the chart's count", async () => {
    for (const [outletId, where] of [
      [alpha, { outletId: alpha }],
      [0, { outletId: null }],
    ] as const) {
      const expected = order(await prisma.framingSignal.findMany({ where: { dimension: "naming", category: "ISIS", article: where } }));
      const items = await walkPages((cursor) => listFramingEvidence(prisma, {}, { dimension: "naming", category: "ISIS", outletId, limit: 2, cursor }), (e) => e.id);
      expect(items.map((e) => e.id)).toEqual(expected);
    }
    // No category = both sides of the threat index; dates filter the articles.
    const threat = order(
      await prisma.framingSignal.findMany({ where: { dimension: "threat", article: { outletId: alpha, publishedLatest: { gte: new Date("2020-01-10") } } } }),
    );
    const items = await walkPages((cursor) => listFramingEvidence(prisma, { from: "2020-01-10" }, { dimension: "threat", outletId: alpha, limit: 3, cursor }), (e) => e.id);
    expect(items.map((e) => e.id)).toEqual(threat);
  });

  it("attack evidence pages the same way", async () => {
    const expected = order(await prisma.attackMention.findMany({ where: { type: "bombing_explosion", article: { outletId: alpha } } }));
    const items = await walkPages((cursor) => listAttackEvidence(prisma, {}, { outletId: alpha, type: "bombing_explosion", limit: 4, cursor }), (e) => e.id);
    expect(items.map((e) => e.id)).toEqual(expected);
    expect(items[0]).toMatchObject({ category: "bombing_explosion", rule: "attack.bombing_explosion" });
  });

  it("the reader's panels page an article's facts in text order", async () => {
    const article = await prisma.article.findFirstOrThrow({ where: { claims: { some: { ordinal: 4 } } }, include: { claims: true, attacks: true, signals: true } });
    const byOrdinal = (xs: { id: number; ordinal: number }[]) => xs.sort((a, b) => a.ordinal - b.ordinal).map((x) => x.id);
    expect((await walkPages((cursor) => listArticleClaims(prisma, article.id, { limit: 2, cursor }), (c) => c.id)).map((c) => c.id)).toEqual(byOrdinal(article.claims));
    expect((await walkPages((cursor) => listArticleAttacks(prisma, article.id, { limit: 1, cursor }), (c) => c.id)).map((c) => c.id)).toEqual(byOrdinal(article.attacks));
    expect((await walkPages((cursor) => listArticleSignals(prisma, article.id, { limit: 3, cursor }), (c) => c.id)).map((c) => c.id)).toEqual(byOrdinal(article.signals));
  });
});
