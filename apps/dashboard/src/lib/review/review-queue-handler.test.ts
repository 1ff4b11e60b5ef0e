import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@framewatch/db";
import { refreshRollups } from "@framewatch/db/rollups";
import { seedArticles } from "@framewatch/db/testing";
import { createTestDatabase } from "@framewatch/db/testing/database";
import { reviewQueueHandler } from "./review-queue-handler";

// GET /api/review/queue over a real PostgreSQL with a few seeded facts.
let prisma: PrismaClient;

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("queue"));
  await seedArticles(prisma, [
    {
      outlet: "Tigris Ledger",
      published: { earliest: "2024-01-10", latest: "2024-01-10" },
      claims: [
        { low: 100, high: 100, claimantType: "un", confidence: 0.5 },
        { low: 200, high: 200, claimantType: "isis", confidence: 0.2 },
      ],
      attacks: [{ type: "kidnapping", triggerText: "kidnapped", confidence: 0.7 }],
    },
  ]);
  await refreshRollups(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
});

const get = async (query: string) => {
  const response = await reviewQueueHandler({ prisma: () => prisma })(new Request(`http://127.0.0.1/api/review/queue${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("GET /api/review/queue", () => {
  it("answers a page least certain first, with the total and per-outlet progress", async () => {
    const { status, body } = await get("?limit=2");
    expect(status).toBe(200);
    expect((body.items as { confidence: number; kind: string }[]).map((i) => [i.confidence, i.kind])).toEqual([
      [0.2, "claim"],
      [0.5, "claim"],
    ]);
    expect(body.total).toBe(3);
    expect(body.next).toEqual(expect.any(String));
    expect(body.progress).toEqual([{ outletId: expect.any(Number), outlet: "Tigris Ledger", total: 3, reviewed: 0 }]);
    const next = await get(`?limit=2&cursor=${body.next as string}`);
    expect((next.body.items as { kind: string }[]).map((i) => i.kind)).toEqual(["attack"]);
    expect(next.body.next).toBeNull();
  });

  it("filters by kind and the views' filters", async () => {
    expect((await get("?kind=attack")).body.total).toBe(1);
    expect((await get("?claimants=isis")).body.total).toBe(1);
    expect((await get("?attacks=kidnapping&kind=attack")).body.total).toBe(1);
    expect((await get("?from=2025-01-01")).body.total).toBe(0);
  });

  it("answers 400 naming the parameter for anything it does not understand", async () => {
    const cases: [string, string][] = [
      ["?kind=signal", "kind"],
      ["?limit=0", "limit"],
      ["?limit=201", "limit"],
      ["?limit=ten", "limit"],
      ["?cursor=%%%", "cursor"],
      ["?claimants=martians", "claimants"],
      ["?attacks=duel", "attacks"],
      ["?outlets=999999", "outlets"],
      ["?from=yesterday", "from"],
      ["?sort=confidence", "sort"],
      ["?referents=killed", "referents"],
    ];
    for (const [query, parameter] of cases) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect(body.parameter, query).toBe(parameter);
      expect(body.error, query).toEqual(expect.any(String));
    }
  });
});
