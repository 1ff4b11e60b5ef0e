import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { importCorpus } from "../import/import-corpus";
import { createTestDatabase } from "../testing/create-test-database";
import { recordSampleReviews, writeSampleReviewArticles } from "../testing/sample-reviews";
import { makeTempDir } from "../testing/start-throwaway-postgres";
import { listReviewedArticles } from "./list-reviewed-articles";
import { measureMachine } from "./measure-machine";
import { recordDecision } from "./record-decision";

// The gold the reviews make, over a real PostgreSQL holding three short articles written for this test
// (testing/sample-reviews.ts), reviewed with one decision of each kind.
const ana = { id: "u-ana", name: "Ana Analyst", email: "ana@example.org" };
let prisma: PrismaClient;
let dir: string;

beforeAll(async () => {
  let url: string;
  ({ prisma, url } = await createTestDatabase("gold"));
  dir = makeTempDir("framewatch-gold-");
  writeSampleReviewArticles(dir);
  await importCorpus(url, [dir], { cwd: dir });
});

afterAll(async () => {
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Article ids follow the order the import's workers stored the files in: sorted by source for the assertions.
const bySource = <T extends { machine: { source: string } }>(items: T[]) => [...items].sort((x, y) => x.machine.source.localeCompare(y.machine.source));
const gold = async () => bySource((await listReviewedArticles(prisma)).items);

describe("listReviewedArticles", () => {
  it("has nothing while nobody has decided anything", async () => {
    expect(await listReviewedArticles(prisma)).toEqual({ items: [], next: null });
    expect(await measureMachine(prisma)).toMatchObject({ reviewedArticles: 0, measuredArticles: 0, overall: { articles: 0 } });
  });

  it("builds gold from the standing decisions: accepted and corrected values, added facts, rejected ones left out", async () => {
    await recordSampleReviews(prisma, ana);
    const items = await gold();
    expect(items.map((i) => [i.machine.source, i.claims, i.attacks])).toEqual([
      ["a-courier.txt", "complete", "complete"],
      ["b-wire.txt", "incomplete", "unreviewed"],
      ["c-wire.txt", "complete", "unreviewed"],
    ]);
    const [a, b, c] = items;
    const stored = await prisma.article.findFirstOrThrow({ where: { source: "a-courier.txt" } });
    expect(a!.gold).toMatchObject({ source: "a-courier.txt", sha256: stored.sha256, outlet: { name: "Euphrates Courier" } });
    // Reviews do not correct dates: gold holding the machine's date would score the date rules perfect.
    expect(a!.gold).not.toHaveProperty("published");
    expect(a!.gold!.fighterClaims!.map((g) => [g.quantity.text, g.low, g.high, g.qualifier, g.unit, g.claimantType, g.refersTo])).toEqual([
      ["About 400", 400, 400, "about", "people", "iraqi_gov_military", "remaining"],
      ["at least 60", 60, null, "at_least", "people", "iraqi_gov_military", "killed"],
      ["perhaps thirty", 30, 30, "about", "people", "unknown", "fled"],
    ]);
    for (const g of a!.gold!.fighterClaims!) {
      expect(stored.body.slice(g.quantity.start, g.quantity.end)).toBe(g.quantity.text);
      expect(stored.body.slice(g.start, g.end)).toBe(g.text);
    }
    expect(a!.gold!.attacks!.map((t) => [t.type, t.trigger.text])).toEqual([
      ["kidnapping", "kidnapped"],
      ["bombing_explosion", "car bomb"],
    ]);
    // b-wire: one of two claims decided, no attack decided: no complete list, no gold.
    expect(b!.gold).toBeNull();
    // c-wire: its claims only; an attacks list nobody looked at is absent ("not annotated"), not empty.
    expect(c!.gold).toMatchObject({ source: "c-wire.txt", outlet: { name: "Anbar Wire" }, fighterClaims: [{ quantity: { text: "12" }, claimantType: "kurdish" }] });
    expect(c!.gold).not.toHaveProperty("attacks");
    expect(c!.machine.fighterClaims).toHaveLength(1);
  });

  it("completes b-wire once its last claim is decided, and a rejected attack makes an empty list", async () => {
    const b = await prisma.article.findFirstOrThrow({ where: { source: "b-wire.txt" }, include: { claims: true, attacks: true } });
    const open = b.claims.find((c) => c.quantityText === "roughly 200")!;
    expect(await recordDecision(prisma, { articleId: b.id, kind: "claim", action: "reject", reason: "other", factId: open.id, basedOn: null }, ana)).toMatchObject({ status: "recorded" });
    for (const t of b.attacks) {
      expect(await recordDecision(prisma, { articleId: b.id, kind: "attack", action: "reject", reason: "not-militants", factId: t.id, basedOn: null }, ana)).toMatchObject({ status: "recorded" });
    }
    const item = (await gold()).find((i) => i.machine.source === "b-wire.txt")!;
    expect(item).toMatchObject({ claims: "complete", attacks: "complete" });
    expect(item.gold!.fighterClaims!.map((g) => g.quantity.text)).toEqual(["25"]);
    expect(item.gold!.attacks).toEqual([]);
  });

  it("reads in keyset pages by article id", async () => {
    const first = await listReviewedArticles(prisma, { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await listReviewedArticles(prisma, { after: first.next, limit: 2 });
    expect(second).toMatchObject({ next: null });
    const ids = [...first.items, ...second.items].map((i) => i.articleId);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(bySource([...first.items, ...second.items]).map((i) => i.machine.source)).toEqual(["a-courier.txt", "b-wire.txt", "c-wire.txt"]);
  });
});

describe("measureMachine", () => {
  it("scores the stored machine facts against the reviewed gold, overall and per outlet", async () => {
    const q = await measureMachine(prisma);
    expect(q).toMatchObject({ reviewedArticles: 3, measuredArticles: 3, incompleteArticles: 0, claimsComplete: 3, attacksComplete: 2, truncated: false });
    // Gold claims: a 3 (two machine, one added), b 1, c 1; machine: a 3, b 2, c 1. Paired: 400, 60, 25, 12.
    expect(q.overall.measures.claimsLoose).toMatchObject({ tp: 4, fp: 2, fn: 1, articles: 3 });
    // "at least 60" has another claimant type in the gold (corrected): one fp and one fn of that measure.
    expect(q.overall.measures.claimantType).toMatchObject({ tp: 3, fp: 3, fn: 2, accuracy: 0.75 });
    expect(q.overall.measures.attackTypes).toMatchObject({ tp: 2, fp: 1, fn: 0, articles: 2 });
    expect(q.overall.measures.date).toMatchObject({ tp: 0, fp: 0, fn: 0, articles: 0, precision: null, recall: null });
    expect(q.byOutlet.map((g) => [g.outlet, g.articles, g.measures.claimsLoose.tp])).toEqual([
      ["Anbar Wire", 2, 2],
      ["Euphrates Courier", 1, 2],
    ]);
    expect(q.byExtractorVersion).toHaveLength(1);
  });

  it("reads no more than it is allowed, and says so", async () => {
    const q = await measureMachine(prisma, { maxArticles: 2 });
    expect(q).toMatchObject({ reviewedArticles: 2, truncated: true });
  });
});

describe("an added claim's unit", () => {
  it("is the one its standing decision holds: a correction to percent exports percent", async () => {
    const a = await prisma.article.findFirstOrThrow({ where: { source: "a-courier.txt" } });
    const add = await prisma.reviewDecision.findFirstOrThrow({ where: { articleId: a.id, action: "add", kind: "claim" } });
    // "perhaps thirty": no percent sign, no "per cent": re-read from the words, it would be people.
    expect(add.anchorText).toBe("perhaps thirty");
    const fix = await recordDecision(prisma, { articleId: a.id, kind: "claim", action: "correct", addedId: add.id, basedOn: add.id, fields: { unit: "percent" } }, ana);
    expect(fix).toMatchObject({ status: "recorded", decision: { before: { unit: "people" }, after: { unit: "percent", low: 30 } } });
    const item = (await gold()).find((i) => i.machine.source === "a-courier.txt")!;
    expect(item.gold!.fighterClaims!.map((g) => [g.quantity.text, g.unit])).toEqual([
      ["About 400", "people"],
      ["at least 60", "people"],
      ["perhaps thirty", "percent"],
    ]);
  });
});
