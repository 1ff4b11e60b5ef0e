import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { createPgPool } from "../import/create-pg-pool";
import { listArticleClaims } from "../queries/list-article-facts";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles } from "../testing/seed-articles";
import { closeDetachedDecision } from "./close-detached-decision";
import { hashSentence } from "./hash-sentence";
import { listArticleHistory } from "./list-article-history";
import { listDetachedDecisions } from "./list-detached-decisions";
import { listReviewedArticles } from "./list-reviewed-articles";
import { reattachDecisions } from "./reattach-decisions";

// Closing a detached decision over a real PostgreSQL: the decisions are stored as a re-analysis leaves them (an
// anchor whose fact is gone, detachedAt set); the article still has a claim in that very sentence, so a close
// that re-attachment took for a decision on a fact would land on it.
const ed = { id: "u-ed", name: "Ed Editor", email: "ed@example.org" };
const SENTENCE = "Officials said 100 fighters remain.";
let prisma: PrismaClient;
let url: string;
let articleId: number;
let claimId: number;

const detached = (extra: Record<string, unknown> = {}) =>
  prisma.reviewDecision.create({
    data: {
      articleId,
      kind: "claim",
      action: "correct",
      before: { low: 100, high: 100, claimantType: "unknown" },
      after: { low: 100, high: 100, claimantType: "isis" },
      userId: "u-ana",
      userName: "Ana Analyst",
      userEmail: "ana@example.org",
      extractorVersion: "0.9.0",
      sentenceStart: 0,
      sentenceEnd: SENTENCE.length,
      sentence: SENTENCE,
      sentenceHash: hashSentence(SENTENCE),
      anchorStart: 15,
      anchorEnd: 18,
      anchorText: "100",
      detachedAt: new Date("2026-11-29T12:00:00Z"),
      ...extra,
    },
  });

beforeAll(async () => {
  ({ prisma, url } = await createTestDatabase("close"));
  articleId = (await seedArticles(prisma, [{ body: SENTENCE, claims: [{ low: 100, high: 100, quantityText: "100", sentence: SENTENCE }] }]))[0]!;
  claimId = (await prisma.fighterClaim.findFirstOrThrow({ where: { articleId } })).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("closeDetachedDecision", () => {
  it("appends a close by the editor that supersedes the detached decision: off the second-look list, both in the history", async () => {
    const d = await detached();
    const r = await closeDetachedDecision(prisma, { decisionId: d.id, note: "  the new analysis reads it right  " }, ed);
    expect(r).toMatchObject({
      status: "closed",
      decision: { action: "close", articleId, kind: "claim", note: "the new analysis reads it right", user: { id: ed.id, name: ed.name }, claimId: null, attackId: null, addedId: null, before: { claimantType: "isis" }, after: null, detachedAt: null },
    });
    if (r.status !== "closed") return;
    expect((await listDetachedDecisions(prisma, { articleId })).items.map((x) => x.id)).not.toContain(d.id);
    const history = await listArticleHistory(prisma, articleId);
    expect(history.items.find((x) => x.id === d.id)).toMatchObject({ supersededById: r.decision.id, detachedAt: expect.any(String), action: "correct" });
    expect(history.items.find((x) => x.id === r.decision.id)).toMatchObject({ action: "close", user: { name: "Ed Editor" } });
    // Closing it again: someone already did; nothing is written.
    const before = await prisma.reviewDecision.count();
    expect(await closeDetachedDecision(prisma, { decisionId: d.id }, ed)).toMatchObject({ status: "stale", current: { id: r.decision.id, action: "close" } });
    expect(await prisma.reviewDecision.count()).toBe(before);
  });

  it("a close stands for no fact: the claim stays unreviewed, the article is no gold, re-attachment leaves the close alone", async () => {
    const d = await detached();
    const r = await closeDetachedDecision(prisma, { decisionId: d.id }, ed);
    expect(r.status).toBe("closed");
    const pool = createPgPool(url, 1);
    const client = await pool.connect();
    try {
      await reattachDecisions(client, [articleId]);
    } finally {
      client.release();
      await pool.end();
    }
    const closes = await prisma.reviewDecision.findMany({ where: { articleId, action: "close" } });
    expect(closes.map((c) => [c.claimId, c.detachedAt])).toEqual(closes.map(() => [null, null]));
    expect((await listArticleClaims(prisma, articleId, {}, "applied")).items).toMatchObject([{ id: claimId, review: "unreviewed", claimantType: "unknown" }]);
    expect((await listReviewedArticles(prisma)).items).toEqual([]);
  });

  it("refuses in words what it cannot close, and writes nothing", async () => {
    const standing = await detached({ detachedAt: null, claimId });
    const before = await prisma.reviewDecision.count();
    expect(await closeDetachedDecision(prisma, { decisionId: standing.id }, ed)).toMatchObject({ status: "invalid", field: "decisionId" });
    expect(await closeDetachedDecision(prisma, { decisionId: 2_000_000_000 }, ed)).toMatchObject({ status: "not-found" });
    for (const decisionId of ["1", 0, -3, 1.5, null, 2 ** 40]) {
      expect(await closeDetachedDecision(prisma, { decisionId }, ed), String(decisionId)).toMatchObject({ status: "invalid", field: "decisionId" });
    }
    const d = await detached();
    expect(await closeDetachedDecision(prisma, { decisionId: d.id, note: "x".repeat(2001) }, ed)).toMatchObject({ status: "invalid", field: "note" });
    expect(await closeDetachedDecision(prisma, { decisionId: d.id, note: 7 }, ed)).toMatchObject({ status: "invalid", field: "note" });
    expect(await prisma.reviewDecision.count()).toBe(before + 1);
  });
});
