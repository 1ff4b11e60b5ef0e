import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@framewatch/db";
import { listArticleAttacks, listArticleClaims, listArticleSignals } from "@framewatch/db/queries";
import { recordDecision } from "@framewatch/db/review";
import { seedArticles } from "@framewatch/db/testing";
import { createTestDatabase } from "@framewatch/db/testing/database";
import { articleFactsHandler } from "./article-facts-handler";

// GET /api/articles/<id>/<claims|attacks|signals> over a real PostgreSQL: one article, two claims, the first rejected.
let prisma: PrismaClient;
let articleId: number;

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("article_facts"));
  articleId = (
    await seedArticles(prisma, [
      {
        claims: [
          { low: 100, high: 100, quantityText: "100" },
          { low: 200, high: 200, quantityText: "200" },
        ],
        attacks: [{ type: "kidnapping", triggerText: "kidnapped" }],
        signals: [{ dimension: "naming", category: "isis" }],
      },
    ])
  )[0]!;
  const first = await prisma.fighterClaim.findFirstOrThrow({ where: { articleId, ordinal: 0 } });
  const r = await recordDecision(prisma, { articleId, kind: "claim", action: "reject", reason: "not-a-claim", factId: first.id, basedOn: null }, { id: "u", name: "Ed", email: "ed@example.org" });
  expect(r.status).toBe("recorded");
});

afterAll(async () => {
  await prisma?.$disconnect();
});

const handler = () =>
  articleFactsHandler({
    claims: (id, page, mode) => listArticleClaims(prisma, id, page, mode),
    attacks: (id, page, mode) => listArticleAttacks(prisma, id, page, mode),
    signals: (id, page) => listArticleSignals(prisma, id, page),
  });
const get = async (list: string, query = "", id = String(articleId)) => {
  const response = await handler()(new Request(`http://127.0.0.1/api/articles/${id}/${list}${query}`), { params: Promise.resolve({ id, facts: list }) });
  return { status: response.status, body: (await response.json()) as { items: { quantityText?: string; review?: string }[]; total: number; parameter?: string } };
};

describe("GET /api/articles/<id>/claims|attacks|signals", () => {
  it("reads claims with the reviews applied by default, and in the mode asked for, each saying its review state", async () => {
    const applied = await get("claims");
    expect(applied.status).toBe(200);
    expect(applied.body.items.map((c) => [c.quantityText, c.review])).toEqual([["200", "unreviewed"]]);
    const machine = await get("claims", "?facts=machine&limit=1");
    expect(machine.body.total).toBe(2);
    expect(machine.body.items.map((c) => [c.quantityText, c.review])).toEqual([["100", "unreviewed"]]);
    expect((await get("claims", "?facts=reviewed")).body.total).toBe(0);
    expect((await get("attacks", "?facts=applied")).body.items).toMatchObject([{ type: "kidnapping", review: "unreviewed" }]);
    expect((await get("signals")).body.total).toBe(1);
  });

  it("answers 400 naming the parameter for a bad mode, a mode on signals, or anything else", async () => {
    const cases: [string, string, string][] = [
      ["claims", "?facts=all", "facts"],
      ["attacks", "?facts=Applied", "facts"],
      ["claims", "?facts=machine&facts=reviewed", "facts"],
      ["signals", "?facts=machine", "facts"],
      ["claims", "?limit=0", "limit"],
      ["claims", "?outlets=1", "outlets"],
    ];
    for (const [list, query, parameter] of cases) {
      const { status, body } = await get(list, query);
      expect(status, `${list}${query}`).toBe(400);
      expect(body.parameter, `${list}${query}`).toBe(parameter);
    }
    expect((await get("framing")).status).toBe(404);
    expect((await get("claims", "", "x1")).status).toBe(404);
  });
});
