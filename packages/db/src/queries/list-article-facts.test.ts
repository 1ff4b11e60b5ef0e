import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { recordDecision, type DecisionInput } from "../review/record-decision";
import { createTestDatabase } from "../testing/create-test-database";
import { seedArticles } from "../testing/seed-articles";
import { ADDED_ORDINAL_BASE } from "./fact-mode";
import { listArticleAttacks, listArticleClaims } from "./list-article-facts";

// One article's claims and attacks (the reader's per-article lists) in the three fact modes, over a real
// PostgreSQL: four machine claims (accepted, claimant type corrected, rejected, unreviewed), one added claim,
// two attacks (type corrected, unreviewed); another article's decisions must not leak in.
const ed = { id: "u-ed", name: "Ed Editor", email: "ed@example.org" };
const S = ["Officials said 100 fighters remain.", "Another 200 fighters were killed.", "Police said 300 fighters fled.", "Some 50 fighters hid.", "Later 40 militants surrendered.", "Gunmen kidnapped two men.", "A car bomb exploded."];
const BODY = S.join(" ");
let prisma: PrismaClient;
let articleId: number;
let claimIds: number[];
let addId: number;

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("article-facts"));
  const ids = await seedArticles(prisma, [
    {
      body: BODY,
      claims: [
        { low: 100, high: 100, quantityText: "100", sentence: S[0], claimantType: "local_official" },
        { low: 200, high: 200, quantityText: "200", sentence: S[1] },
        { low: 300, high: 300, quantityText: "300", sentence: S[2] },
        { low: 50, high: 50, quantityText: "50", sentence: S[3] },
      ],
      attacks: [
        { type: "unknown", triggerText: "kidnapped", sentence: S[5] },
        { type: "bombing_explosion", triggerText: "car bomb", sentence: S[6] },
      ],
    },
    { body: BODY, claims: [{ low: 100, high: 100, quantityText: "100", sentence: S[0] }] },
  ]);
  articleId = ids[0]!;
  claimIds = (await prisma.fighterClaim.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } })).map((c) => c.id);
  const attackIds = (await prisma.attackMention.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } })).map((a) => a.id);
  const record = async (input: Omit<DecisionInput, "articleId">, on = articleId) => {
    const r = await recordDecision(prisma, { articleId: on, ...input }, ed);
    if (r.status !== "recorded") throw new Error(JSON.stringify(r));
    return r.decision.id;
  };
  await record({ kind: "claim", action: "accept", factId: claimIds[0]!, basedOn: null });
  await record({ kind: "claim", action: "correct", factId: claimIds[1]!, basedOn: null, fields: { claimantType: "isis" } });
  await record({ kind: "claim", action: "reject", reason: "not-militants", factId: claimIds[2]!, basedOn: null });
  const at = BODY.indexOf(S[4]!);
  addId = await record({
    kind: "claim",
    action: "add",
    basedOn: null,
    fields: { low: 40, high: 40, qualifier: "exact", unit: "people", claimant: "the army", claimantType: "iraqi_gov_military", refersTo: "other" },
    anchor: { sentenceStart: at, sentenceEnd: at + S[4]!.length, anchorStart: at + 6, anchorEnd: at + 8 },
  });
  await record({ kind: "attack", action: "correct", factId: attackIds[0]!, basedOn: null, fields: { type: "kidnapping" } });
  // The other article's claim, rejected: nothing of it may show here.
  const other = (await prisma.fighterClaim.findFirstOrThrow({ where: { articleId: ids[1]! } })).id;
  await record({ kind: "claim", action: "reject", reason: "duplicate", factId: other, basedOn: null }, ids[1]!);
});

afterAll(async () => {
  await prisma.$disconnect();
});

const view = (page: Awaited<ReturnType<typeof listArticleClaims>>) => page.items.map((c) => [c.quantityText, c.claimantType, c.review]);

describe("listArticleClaims / listArticleAttacks in a fact mode", () => {
  it("machine: the extractor's claims as stored, every one unreviewed", async () => {
    const page = await listArticleClaims(prisma, articleId, { limit: 200 }, "machine");
    expect(page.total).toBe(4);
    expect(view(page)).toEqual([
      ["100", "local_official", "unreviewed"],
      ["200", "unknown", "unreviewed"],
      ["300", "unknown", "unreviewed"],
      ["50", "unknown", "unreviewed"],
    ]);
    expect(page.items[0]).toMatchObject({ id: claimIds[0], rules: [], decisionId: null });
  });

  it("applied (the default): rejected gone, corrections used, the added claim last, each with its state", async () => {
    const page = await listArticleClaims(prisma, articleId, { limit: 200 });
    expect(page.total).toBe(4);
    expect(view(page)).toEqual([
      ["100", "local_official", "accepted"],
      ["200", "isis", "corrected"],
      ["50", "unknown", "unreviewed"],
      ["40", "iraqi_gov_military", "added"],
    ]);
    expect(page.items[3]).toMatchObject({ id: -addId, ordinal: ADDED_ORDINAL_BASE + addId, low: 40, claimant: "the army", refersTo: "other", claimantEvidenceText: null, rules: [], decisionId: addId });
    expect(page.items[1]!.decisionId).toEqual(expect.any(Number));
  });

  it("reviewed: only accepted, corrected and added claims", async () => {
    const page = await listArticleClaims(prisma, articleId, { limit: 200 }, "reviewed");
    expect(page.total).toBe(3);
    expect(view(page).map((c) => c[2])).toEqual(["accepted", "corrected", "added"]);
  });

  it("pages in keyset order both ways, machine and added facts alike", async () => {
    const first = await listArticleClaims(prisma, articleId, { limit: 3 }, "applied");
    expect(first.items.map((c) => c.quantityText)).toEqual(["100", "200", "50"]);
    const second = await listArticleClaims(prisma, articleId, { limit: 3, cursor: first.next }, "applied");
    expect(second.items.map((c) => c.quantityText)).toEqual(["40"]);
    expect(second.next).toBeNull();
    const back = await listArticleClaims(prisma, articleId, { limit: 3, cursor: second.prev }, "applied");
    expect(back.items.map((c) => c.quantityText)).toEqual(["100", "200", "50"]);
    expect((await listArticleClaims(prisma, articleId, { limit: 5000 })).limit).toBe(200);
  });

  it("attacks follow the same modes", async () => {
    const of = async (mode: "applied" | "machine" | "reviewed") => (await listArticleAttacks(prisma, articleId, { limit: 200 }, mode)).items.map((a) => [a.type, a.review]);
    expect(await of("machine")).toEqual([
      ["unknown", "unreviewed"],
      ["bombing_explosion", "unreviewed"],
    ]);
    expect(await of("applied")).toEqual([
      ["kidnapping", "corrected"],
      ["bombing_explosion", "unreviewed"],
    ]);
    expect(await of("reviewed")).toEqual([["kidnapping", "corrected"]]);
  });
});
