import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles } from "../testing/seed-articles";
import { walkPages } from "../testing/walk-pages";
import { getReviewProgress } from "./get-review-progress";
import { listReviewQueue, type ReviewQueueFilters, type ReviewQueueItem } from "./list-review-queue";
import { recordDecision } from "./record-decision";

// The review queue over seeded facts with chosen confidences (ties included, across kinds and articles).
const ana = { id: "u-ana", name: "Ana Analyst", email: "ana@example.org" };
let prisma: PrismaClient;
let ids: number[];

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("queue"));
  ids = await seedArticles(prisma, [
    {
      outlet: "Tigris Ledger",
      published: { earliest: "2024-01-10", latest: "2024-01-10" },
      claims: [
        { low: 100, high: 100, claimantType: "un", confidence: 0.5 },
        { low: 200, high: 200, claimantType: "isis", confidence: 0.2 },
      ],
      attacks: [{ type: "bombing_explosion", triggerText: "car bomb", confidence: 0.5 }],
    },
    {
      outlet: "Desert Post",
      published: { earliest: "2024-06-01", latest: "2024-06-01" },
      claims: [
        { low: 300, high: 300, claimantType: "un", confidence: 0.2 },
        { low: 400, high: 400, claimantType: "un", confidence: 0.9 },
      ],
      attacks: [
        { type: "unknown", triggerText: "attack", confidence: 0.4 },
        { type: "kidnapping", triggerText: "kidnapped", confidence: 0.7 },
      ],
    },
    { outlet: null, published: null, claims: [{ low: 5, high: 5, claimantType: "unknown", confidence: 0.05 }] },
  ]);
  await refreshRollups(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});

const key = (i: ReviewQueueItem) => `${i.kind}-${i.factId}`;

/** Every fact the filters leave, in the queue's order, from the database directly (the reference). */
async function expected(filters: ReviewQueueFilters = {}): Promise<string[]> {
  const all = await listReviewQueue(prisma, filters, { limit: 200 });
  return all.items.map(key);
}

async function walk(filters: ReviewQueueFilters, limit: number): Promise<ReviewQueueItem[]> {
  return walkPages((cursor) => listReviewQueue(prisma, filters, { limit, cursor }), key);
}

describe("listReviewQueue", () => {
  it("lists every fact least certain first: confidence, then kind, then id; keyset pages never repeat or skip", async () => {
    const page = await listReviewQueue(prisma, {}, { limit: 200 });
    expect(page.total).toBe(8);
    const order = page.items.map((i) => [i.confidence, i.kind] as const);
    expect(order).toEqual([
      [0.05, "claim"],
      [0.2, "claim"],
      [0.2, "claim"],
      [0.4, "attack"],
      [0.5, "attack"],
      [0.5, "claim"],
      [0.7, "attack"],
      [0.9, "claim"],
    ]);
    // Ties in confidence and kind: by id.
    const tied = page.items.filter((i) => i.confidence === 0.2);
    expect(tied.map((i) => i.factId)).toEqual([...tied.map((i) => i.factId)].sort((a, b) => a - b));
    for (const limit of [1, 2, 4]) expect((await walk({}, limit)).map(key), `limit ${limit}`).toEqual(page.items.map(key));
  });

  it("goes back a page with prev exactly where it came from", async () => {
    const first = await listReviewQueue(prisma, {}, { limit: 3 });
    const second = await listReviewQueue(prisma, {}, { limit: 3, cursor: first.next });
    expect(second.prev).not.toBeNull();
    const back = await listReviewQueue(prisma, {}, { limit: 3, cursor: second.prev });
    expect(back.items.map(key)).toEqual(first.items.map(key));
    expect(back.prev).toBeNull();
  });

  it("marks the fact inside its sentence and says where it is", async () => {
    const page = await listReviewQueue(prisma, { kind: "attack" }, { limit: 10 });
    for (const item of page.items) expect(item.sentence.slice(item.anchorStart, item.anchorEnd)).toBe(item.anchorText);
    expect(page.items.map((i) => i.outlet)).toEqual(["Desert Post", "Tigris Ledger", "Desert Post"]);
    expect(page.items[0]).toMatchObject({ label: "unknown", articleId: ids[1], publishedDate: "2024-06-01", section: "body" });
  });

  it("filters like the views: outlet, dates, kind, claimant type, attack type", async () => {
    const outlets = await prisma.outlet.findMany();
    const desert = outlets.find((o) => o.name === "Desert Post")!.id;
    const byOutlet = await listReviewQueue(prisma, { outletIds: [desert] });
    expect(byOutlet.total).toBe(4);
    expect(new Set(byOutlet.items.map((i) => i.articleId))).toEqual(new Set([ids[1]]));
    expect((await listReviewQueue(prisma, { outletIds: [0] })).items.map((i) => i.articleId)).toEqual([ids[2]]);
    const dated = await listReviewQueue(prisma, { from: "2024-01-01", to: "2024-02-01" });
    expect(dated.total).toBe(3);
    expect(new Set(dated.items.map((i) => i.articleId))).toEqual(new Set([ids[0]]));
    expect((await listReviewQueue(prisma, { kind: "claim" })).total).toBe(5);
    expect((await listReviewQueue(prisma, { kind: "attack" })).total).toBe(3);
    // A claim filter leaves attacks out (it cannot match them), and the other way round.
    const officials = await listReviewQueue(prisma, { claimantTypes: ["un"] });
    expect(officials.items.map((i) => [i.kind, i.label])).toEqual([
      ["claim", "un"],
      ["claim", "un"],
      ["claim", "un"],
    ]);
    const kidnap = await listReviewQueue(prisma, { attackTypes: ["kidnapping"] });
    expect(kidnap.items.map((i) => [i.kind, i.label])).toEqual([["attack", "kidnapping"]]);
    expect((await listReviewQueue(prisma, { attackTypes: ["kidnapping"], kind: "claim" })).total).toBe(0);
    const both = await listReviewQueue(prisma, { attackTypes: ["kidnapping"], claimantTypes: ["isis"] });
    expect(both.items.map((i) => i.label).sort()).toEqual(["isis", "kidnapping"]);
    // Paging under a filter keeps to it.
    expect((await walk({ outletIds: [desert] }, 1)).map(key)).toEqual(await expected({ outletIds: [desert] }));
  });

  it("drops a fact once decided, keeps it out after a later decision, and lists it again when its decision is detached", async () => {
    const before = await listReviewQueue(prisma, {}, { limit: 200 });
    const target = before.items.find((i) => i.kind === "claim" && i.articleId === ids[0])!;
    const attack = before.items.find((i) => i.kind === "attack" && i.articleId === ids[0])!;
    const accepted = await recordDecision(prisma, { articleId: target.articleId, kind: "claim", action: "accept", factId: target.factId, basedOn: null }, ana);
    expect(accepted.status).toBe("recorded");
    const rejected = await recordDecision(prisma, { articleId: attack.articleId, kind: "attack", action: "reject", reason: "not-militants", factId: attack.factId, basedOn: null }, ana);
    expect(rejected.status).toBe("recorded");
    const after = await listReviewQueue(prisma, {}, { limit: 200 });
    expect(after.total).toBe(before.total - 2);
    expect(after.items.map(key)).toEqual(before.items.map(key).filter((k) => k !== key(target) && k !== key(attack)));

    // A correction supersedes the accept: the fact still has a standing decision.
    if (accepted.status !== "recorded") throw new Error("unreachable");
    const corrected = await recordDecision(
      prisma,
      { articleId: target.articleId, kind: "claim", action: "correct", factId: target.factId, basedOn: accepted.decision.id, fields: { claimantType: "kurdish" } },
      ana,
    );
    expect(corrected.status).toBe("recorded");
    expect((await listReviewQueue(prisma, {}, { limit: 200 })).items.map(key)).not.toContain(key(target));

    // An added fact is an analyst's: never queued.
    const added = await recordDecision(
      prisma,
      {
        articleId: ids[2]!,
        kind: "attack",
        action: "add",
        basedOn: null,
        fields: { type: "bombing_explosion" },
        anchor: { sentenceStart: 0, sentenceEnd: 5, anchorStart: 0, anchorEnd: 3 },
      },
      ana,
    );
    expect(added.status).toBe("recorded");
    expect((await listReviewQueue(prisma, {}, { limit: 200 })).total).toBe(before.total - 2);

    // Totals (rollups less standing decisions) agree with the rows under every filter, decided facts included.
    const tigris = (await prisma.outlet.findFirstOrThrow({ where: { name: "Tigris Ledger" } })).id;
    const filterCases: ReviewQueueFilters[] = [
      {},
      { kind: "claim" },
      { kind: "attack" },
      { outletIds: [tigris] },
      { from: "2024-01-01", to: "2024-01-31" },
      { claimantTypes: ["isis"] },
      { claimantTypes: ["kurdish", "isis"], outletIds: [tigris] },
      { attackTypes: ["bombing_explosion"] },
    ];
    for (const filters of filterCases) {
      const page = await listReviewQueue(prisma, filters, { limit: 200 });
      expect(page.total, JSON.stringify(filters)).toBe(page.items.length);
    }

    // Progress: reviewed machine facts per outlet, out of its facts.
    const progress = await getReviewProgress(prisma);
    expect(progress.map((p) => [p.outlet, p.reviewed, p.total])).toEqual([
      ["Desert Post", 0, 4],
      ["Tigris Ledger", 2, 3],
      [null, 0, 1],
    ]);

    // What a re-analysis does to a decision it cannot re-attach: the fact is back in the queue.
    await prisma.reviewDecision.updateMany({ where: { attackId: attack.factId }, data: { detachedAt: new Date() } });
    expect((await listReviewQueue(prisma, {}, { limit: 200 })).items.map(key)).toContain(key(attack));
  });

  it("ignores a malformed cursor (first page)", async () => {
    const first = await listReviewQueue(prisma, {}, { limit: 2 });
    const garbage = await listReviewQueue(prisma, {}, { limit: 2, cursor: "not-a-cursor" });
    expect(garbage.items.map(key)).toEqual(first.items.map(key));
  });
});
