import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { seedArticles } from "../testing/seed-articles";
import { createTestDatabase } from "../testing/create-test-database";
import { listDetachedDecisions } from "./list-detached-decisions";

// The corpus-wide second-look list over a real PostgreSQL: decisions are stored as a re-analysis leaves them
// (detachedAt set, fact pointer cleared; review-decisions.test.ts covers how re-analysis gets there).
let prisma: PrismaClient;
let articles: number[];
const detachedIds: number[] = [];

const decision = (articleId: number, detachedAt: Date | null, extra: Record<string, unknown> = {}) =>
  prisma.reviewDecision.create({
    data: {
      articleId,
      kind: "claim",
      action: "reject",
      reason: "not-militants",
      before: { low: 40, high: 40 },
      userId: "u-ana",
      userName: "Ana Analyst",
      userEmail: "ana@example.org",
      extractorVersion: "0.9.0",
      sentenceStart: 0,
      sentenceEnd: 24,
      sentence: "Forty fighters were seen.",
      sentenceHash: "h",
      anchorStart: 0,
      anchorEnd: 5,
      anchorText: "Forty",
      detachedAt,
      ...extra,
    },
  });

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("detached"));
  articles = await seedArticles(prisma, [
    { outlet: "Tigris Ledger", title: "Raid near Mosul" },
    { outlet: null, title: "Untitled wire" },
  ]);
  const t = (minute: number) => new Date(Date.UTC(2026, 10, 29, 12, minute));
  // Seven detached decisions; two pairs share their detachedAt (one re-analysis detaches several at once).
  for (const [article, minute] of [[0, 1], [1, 1], [0, 2], [0, 3], [1, 3], [0, 4], [1, 5]] as const) {
    detachedIds.push((await decision(articles[article]!, t(minute))).id);
  }
  // Not listed: a standing decision, and a detached one a later decision superseded.
  await decision(articles[0]!, null, { claimId: 1 });
  const later = await decision(articles[0]!, null, { action: "accept", reason: null });
  await decision(articles[1]!, t(9), { supersededById: later.id });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("listDetachedDecisions", () => {
  it("pages every detached decision corpus-wide, most recently detached first, with no repeat or gap either way", async () => {
    // Expected order: detachedAt descending, then id descending.
    const expected = [6, 5, 4, 3, 2, 1, 0].map((i) => detachedIds[i]!);
    const seen: number[] = [];
    const pages = [];
    let cursor: string | null = null;
    do {
      const page = await listDetachedDecisions(prisma, { limit: 3, cursor });
      expect(page.total).toBe(7);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((d) => d.id));
      pages.push(page);
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(pages).toHaveLength(3);
    // Back from the last page to the first.
    const back = await listDetachedDecisions(prisma, { limit: 3, cursor: pages[2]!.prev });
    expect(back.items.map((d) => d.id)).toEqual(pages[1]!.items.map((d) => d.id));
    const first = await listDetachedDecisions(prisma, { limit: 3, cursor: back.prev });
    expect(first.items.map((d) => d.id)).toEqual(expected.slice(0, 3));
    expect(first.prev).toBeNull();
  });

  it("carries the article's title and outlet and the decision as the history shows it", async () => {
    const page = await listDetachedDecisions(prisma, { limit: 200 });
    const newest = page.items[0]!;
    expect(newest).toMatchObject({ articleId: articles[1], title: "Untitled wire", outlet: null, action: "reject", user: { name: "Ana Analyst" } });
    expect(newest.anchor).toMatchObject({ sentence: "Forty fighters were seen.", anchorText: "Forty", anchorStart: 0, anchorEnd: 5 });
    expect(newest.detachedAt).toBe("2026-11-29T12:05:00.000Z");
    expect(page.items.find((d) => d.articleId === articles[0])).toMatchObject({ title: "Raid near Mosul", outlet: "Tigris Ledger" });
  });

  it("narrows to one article, bounds the page size and ignores a cursor of another shape", async () => {
    const one = await listDetachedDecisions(prisma, { articleId: articles[0]!, limit: 200 });
    expect(one.total).toBe(4);
    expect(one.items.every((d) => d.articleId === articles[0])).toBe(true);
    expect((await listDetachedDecisions(prisma, { limit: 10_000 })).limit).toBe(200);
    const odd = await listDetachedDecisions(prisma, { limit: 2, cursor: Buffer.from(JSON.stringify(["a", "x"])).toString("base64url") });
    expect(odd.items.map((d) => d.id)).toEqual([detachedIds[6], detachedIds[5]]);
  });
});
