import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles } from "../testing/seed-articles";
import { walkPages } from "../testing/walk-pages";
import { getClaimsTimeline } from "./get-claims-timeline";
import { getClaim, listClaims } from "./list-claims";

describe("claims lists and the timeline's modes", () => {
  let prisma: PrismaClient;
  beforeAll(async () => {
    ({ prisma } = await createTestDatabase("claims"));
    await seedArticles(
      prisma,
      Array.from({ length: 40 }, (_, i) => ({
        outlet: i % 2 === 0 ? "Alpha" : null,
        published: i % 10 === 9 ? null : { earliest: `2019-${String(1 + (i % 12)).padStart(2, "0")}-01`, latest: `2019-${String(1 + (i % 12)).padStart(2, "0")}-28` },
        claims: Array.from({ length: i % 4 }, (_, j) => ({
          low: j === 3 ? null : 100 * (i + 1),
          high: j === 3 ? null : j === 1 ? null : 100 * (i + 2),
          claimantType: j % 2 === 0 ? "un" : "analyst",
          refersTo: i % 3 === 0 ? "killed" : "remaining",
          sentence: `Sentence of claim ${i}.${j}`,
        })),
      })),
    );
    await refreshRollups(prisma);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  async function expectedIds(filter: (c: { claimantType: string; refersTo: string }) => boolean = () => true) {
    const rows = await prisma.fighterClaim.findMany({
      where: { article: { publishedEarliest: { not: null } }, OR: [{ low: { not: null } }, { high: { not: null } }] },
      include: { article: true },
    });
    return rows
      .filter(filter)
      .sort((a, b) => a.article.publishedEarliest!.getTime() - b.article.publishedEarliest!.getTime() || a.articleId - b.articleId || a.ordinal - b.ordinal)
      .map((c) => c.id);
  }

  it("pages through the placeable claims in timeline order, with sentences", async () => {
    for (const limit of [1, 4, 200]) {
      const items = await walkPages((cursor) => listClaims(prisma, {}, { limit, cursor }), (c) => c.id);
      expect(items.map((c) => c.id)).toEqual(await expectedIds());
      expect(items.every((c) => c.sentence.startsWith("Sentence of claim"))).toBe(true);
    }
    const filtered = await walkPages((cursor) => listClaims(prisma, { claimantTypes: ["un"], referents: ["killed"] }, { limit: 3, cursor }), (c) => c.id);
    expect(filtered.map((c) => c.id)).toEqual(await expectedIds((c) => c.claimantType === "un" && c.refersTo === "killed"));
  });

  it("draws claims one by one up to the limit, then bins them", async () => {
    const all = await expectedIds();
    const single = await getClaimsTimeline(prisma, {}, { maxMarks: all.length });
    expect(single.mode).toBe("claims");
    if (single.mode !== "claims") return;
    expect(single.claims.map((c) => c.id)).toEqual(all);
    // Sentences travel only with what is on screen: the tooltip fetches one.
    expect(single.claims.every((c) => !("sentence" in c))).toBe(true);
    expect((await getClaim(prisma, all[0]!))?.sentence).toMatch(/^Sentence of claim/);

    const binned = await getClaimsTimeline(prisma, {}, { maxMarks: all.length - 1, groupBy: "outlet" });
    expect(binned.mode).toBe("bins");
    if (binned.mode !== "bins") return;
    expect(binned.plotted).toBe(all.length);
    expect(binned.bins.reduce((s, b) => s + b.count, 0)).toBe(all.length);
    expect(new Set(binned.bins.map((b) => b.group))).toEqual(new Set(["0", String((await prisma.outlet.findFirstOrThrow()).id)]));
    for (const b of binned.bins) {
      expect(b.min).toBeLessThanOrEqual(b.max);
      expect(b.start <= b.end).toBe(true);
    }
  });
});
