import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import { recordDecision } from "../review/record-decision";
import { createTestDatabase } from "../testing/create-test-database";
import { randomArticle, rng } from "../testing/random-articles";
import { loadKeptArticles, referenceClaimMonths } from "../testing/reference-aggregates";
import { seedArticles } from "../testing/seed-articles";
import type { ClaimMonth } from "./bin-claim-months";
import type { FactMode } from "./fact-mode";
import type { Filters } from "./filters";
import { listClaimMonths } from "./get-claims-timeline";

// The claims timeline per month in applied mode reads the rollups and replaces each bucket holding a reviewed article
// by its children one level down, down to the exact cells, whose articles' facts it reads with the decisions applied.
// Here: random articles whose cells hold several articles (shared months and years of publication, four outlets),
// reviews spread over a few of them (accepts, corrections of type and of numbers, rejects), and every filter regime
// (no date filter: level 3; dates: levels 1 and 0) against the facts added up in JavaScript.

const reviewer = { id: "u-rev", name: "Rev Iewer", email: "rev@example.org" };
let prisma: PrismaClient;
let outletIds: number[];

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("applied_months"));
  const r = rng(5);
  await seedArticles(prisma, Array.from({ length: 240 }, () => randomArticle(r)));
  await refreshRollups(prisma);
  outletIds = (await prisma.outlet.findMany({ orderBy: { id: "asc" } })).map((o) => o.id);
  const reviewed = (
    await prisma.article.findMany({ where: { publishedEarliest: { not: null } }, include: { claims: { orderBy: { ordinal: "asc" } } }, orderBy: { id: "asc" } })
  ).filter((a, i) => i % 9 === 4 && a.claims.length > 0);
  expect(reviewed.length).toBeGreaterThan(10);
  let n = 0;
  for (const a of reviewed) {
    for (const c of a.claims) {
      const action = (["accept", "correct", "reject", "correct"] as const)[n % 4]!;
      const fields = action !== "correct" ? null : n % 8 === 1 ? { claimantType: c.claimantType === "un" ? "analyst" : "un" } : { low: 70_000, high: 70_000 };
      const result = await recordDecision(
        prisma,
        { articleId: a.id, kind: "claim", action, factId: c.id, basedOn: null, fields, reason: action === "reject" ? "not-a-claim" : null },
        reviewer,
      );
      expect(result.status, JSON.stringify(result)).toBe("recorded");
      n++;
    }
  }
});

afterAll(async () => {
  await prisma.$disconnect();
});

/** The kept articles with the standing decisions applied to their claims (the mode's claims; no adds here). */
async function appliedArticles(filters: Filters, mode: FactMode) {
  const articles = await loadKeptArticles(prisma, filters);
  const claims = await prisma.fighterClaim.findMany({ orderBy: [{ articleId: "asc" }, { ordinal: "asc" }] });
  const standing = await prisma.reviewDecision.findMany({ where: { kind: "claim", supersededById: null, detachedAt: null } });
  const byClaim = new Map(standing.map((d) => [d.claimId, d]));
  return articles.map((a) => ({
    ...a,
    claims: claims
      .filter((c) => c.articleId === a.id)
      .flatMap((c) => {
        const d = mode === "machine" ? undefined : byClaim.get(c.id);
        if (d?.action === "reject") return [];
        const v = (d?.after ?? c) as { low: number | null; high: number | null; claimantType: string; refersTo: string };
        return [{ claimantType: v.claimantType, refersTo: v.refersTo, unit: c.unit, low: v.low, high: v.high, reviewed: Boolean(d) }];
      }),
  }));
}

const rounded = (rows: readonly ClaimMonth[]) =>
  rows
    .map((m) => ({ group: m.group, unit: m.unit, month: m.month, count: m.count, min: m.min, max: m.max, sum: m.sum.toFixed(6), sumLog: m.sumLog.toFixed(6), positive: m.positive }))
    .sort((x, y) => `${x.group}|${x.unit}|${x.month}`.localeCompare(`${y.group}|${y.unit}|${y.month}`));

describe("claims per month in applied mode", () => {
  it("equal the facts with the decisions applied, under every filter regime, by claimant type and by outlet", async () => {
    const [a, b] = outletIds;
    const cases: Filters[] = [
      {},
      { outletIds: [a!] },
      { outletIds: [b!, 0] },
      { claimantTypes: ["un", "analyst"] },
      { referents: ["killed", "remaining"] },
      { from: "2020-01-01", to: "2020-12-31" },
      { from: "2019-03-10", to: "2021-10-05" },
      { from: "2020-02-15" },
      { to: "2020-06-30", outletIds: [a!] },
      { from: "2019-06-30", to: "2019-07-01" },
    ];
    let differ = 0;
    for (const filters of cases) {
      const applied = await appliedArticles(filters, "applied");
      for (const groupBy of ["claimantType", "outlet"] as const) {
        const label = `${JSON.stringify(filters)} by ${groupBy}`;
        const rows = await listClaimMonths(prisma, filters, groupBy, "applied");
        expect(rounded(rows), label).toEqual(rounded(referenceClaimMonths(applied, filters, groupBy)));
        // The reviewed claims each month holds are counted (the chart rings them).
        const placed = applied.flatMap((x) => (x.publishedEarliest ? x.claims : [])).filter((c) => c.low !== null || c.high !== null);
        const kept = placed.filter((c) => (!filters.claimantTypes || filters.claimantTypes.includes(c.claimantType)) && (!filters.referents || filters.referents.includes(c.refersTo)));
        expect(rows.reduce((s, m) => s + (m.reviewed ?? 0), 0), label).toBe(kept.filter((c) => c.reviewed).length);
        const machine = await listClaimMonths(prisma, filters, groupBy, "machine");
        expect(rounded(machine), label).toEqual(rounded(referenceClaimMonths(await appliedArticles(filters, "machine"), filters, groupBy)));
        if (JSON.stringify(rounded(machine)) !== JSON.stringify(rounded(rows))) differ++;
      }
    }
    // The reviews change what most cases show, so the comparison above is not of two identical things.
    expect(differ).toBeGreaterThan(cases.length);
  });
});
