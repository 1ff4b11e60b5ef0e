import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@framewatch/db";
import { seedArticles } from "@framewatch/db/testing";
import { createTestDatabase } from "@framewatch/db/testing/database";
import { detachedDecisionsHandler } from "./detached-decisions-handler";

// GET /api/review/detached over a real PostgreSQL holding three detached decisions and a standing one.
let prisma: PrismaClient;
let articleId: number;

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("detached"));
  articleId = (await seedArticles(prisma, [{ outlet: "Tigris Ledger", title: "Raid near Mosul" }]))[0]!;
  for (const [i, detachedAt] of [new Date("2026-11-01T10:00:00Z"), new Date("2026-11-02T10:00:00Z"), new Date("2026-11-03T10:00:00Z"), null].entries()) {
    await prisma.reviewDecision.create({
      data: {
        articleId: articleId!,
        kind: "attack",
        action: "correct",
        before: { type: "unknown" },
        after: { type: "kidnapping" },
        userId: "u-ed",
        userName: "Ed Editor",
        userEmail: "ed@example.org",
        extractorVersion: "0.9.0",
        sentenceStart: 0,
        sentenceEnd: 20,
        sentence: `Gunmen kidnapped ${i}.`,
        sentenceHash: "h",
        anchorStart: 7,
        anchorEnd: 16,
        anchorText: "kidnapped",
        detachedAt,
      },
    });
  }
});

afterAll(async () => {
  await prisma?.$disconnect();
});

const get = async (query: string) => {
  const response = await detachedDecisionsHandler({ prisma: () => prisma })(new Request(`http://127.0.0.1/api/review/detached${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("GET /api/review/detached", () => {
  it("answers keyset pages of the detached decisions, newest detachment first, with their article", async () => {
    const first = await get("?limit=2&v=1");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, limit: 2, prev: null, next: expect.any(String) });
    const items = first.body.items as { sentence?: string; anchor: { sentence: string }; title: string; outlet: string; after: unknown; user: { name: string } }[];
    expect(items.map((d) => d.anchor.sentence)).toEqual(["Gunmen kidnapped 2.", "Gunmen kidnapped 1."]);
    expect(items[0]).toMatchObject({ title: "Raid near Mosul", outlet: "Tigris Ledger", after: { type: "kidnapping" }, user: { name: "Ed Editor" } });
    const second = await get(`?limit=2&cursor=${first.body.next as string}`);
    expect((second.body.items as { anchor: { sentence: string } }[]).map((d) => d.anchor.sentence)).toEqual(["Gunmen kidnapped 0."]);
    expect(second.body.next).toBeNull();
  });

  it("answers 400 naming the parameter for anything it does not understand", async () => {
    const cases: [string, string][] = [
      ["?limit=0", "limit"],
      ["?limit=201", "limit"],
      ["?limit=ten", "limit"],
      ["?cursor=%%%", "cursor"],
      ["?before=3", "before"],
      ["?kind=claim", "kind"],
    ];
    for (const [query, parameter] of cases) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect(body.parameter, query).toBe(parameter);
      expect(body.error, query).toEqual(expect.any(String));
    }
  });
});
