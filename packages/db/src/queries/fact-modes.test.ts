import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { createCorpusCache } from "../cache/corpus-cache";
import { importCorpus, reanalyseStored } from "../import/import-corpus";
import { REPO_ROOT } from "../paths";
import { recordDecision, type DecisionInput } from "../review/record-decision";
import { refreshRollups } from "../rollups/refresh-rollups";
import { createTestDatabase } from "../testing/create-test-database";
import { binClaimMonths, type ClaimMonth } from "./bin-claim-months";
import type { FactMode } from "./fact-mode";
import type { Filters } from "./filters";
import { getAttackMatrix } from "./get-attack-matrix";
import { getCorpusSummary } from "./get-corpus-summary";
import { getClaimsTimeline, MAX_CLAIM_BINS } from "./get-claims-timeline";
import { listAttackEvidence } from "./list-attack-evidence";
import { getClaim, listClaims } from "./list-claims";

// The three fact modes over a real PostgreSQL holding the bundled corpus: four claim decisions (accept, a
// claimant-type correction, a reject, an add) and two attack decisions, then every claim/attack read in every
// mode against a reference computed here from the fact rows and the decisions.
const CORPUS = path.join(REPO_ROOT, "data", "corpus");
const ed = { id: "u-ed", name: "Ed Editor", email: "ed@example.org" };
const MODES: FactMode[] = ["applied", "machine", "reviewed"];

let prisma: PrismaClient;
let url: string;
let articleId: number;

beforeAll(async () => {
  ({ prisma, url } = await createTestDatabase("modes"));
  await importCorpus(url, [CORPUS], { cwd: REPO_ROOT });
  // A dated article with at least three numbered claims and two attack mentions.
  const articles = await prisma.article.findMany({
    where: { publishedEarliest: { not: null } },
    include: { claims: true, _count: { select: { attacks: true } } },
    orderBy: { id: "asc" },
  });
  const best = articles.find((a) => a.claims.filter((c) => c.low !== null || c.high !== null).length >= 3 && a._count.attacks >= 2);
  expect(best).toBeDefined();
  articleId = best!.id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

const record = async (input: Omit<DecisionInput, "articleId">) => {
  const r = await recordDecision(prisma, { articleId, ...input }, ed);
  expect(r.status).toBe("recorded");
  return r as Extract<typeof r, { status: "recorded" }>;
};

/** A claim as the reference and the queries both describe it (ids left out: re-analysis renumbers machine facts). */
interface RefClaim {
  key: string;
  articleId: number;
  low: number | null;
  high: number | null;
  unit: string;
  claimantType: string;
  review: string;
  e: string;
  l: string;
}

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** Every placeable claim in a mode, computed in JS from the fact rows and the standing decisions. */
async function referenceClaims(mode: FactMode, filters: Filters = {}): Promise<RefClaim[]> {
  const articles = await prisma.article.findMany({ where: { publishedEarliest: { not: null } }, include: { claims: true } });
  const standing = await prisma.reviewDecision.findMany({ where: { kind: "claim", supersededById: null, detachedAt: null } });
  const out: RefClaim[] = [];
  for (const a of articles) {
    const e = day(a.publishedEarliest)!;
    const l = day(a.publishedLatest)!;
    if (filters.from && l < filters.from) continue;
    if (filters.to && e > filters.to) continue;
    const facts: Omit<RefClaim, "e" | "l" | "articleId">[] = [];
    for (const c of a.claims) {
      const d = mode === "machine" ? undefined : standing.find((s) => s.claimId === c.id);
      if (d?.action === "reject" || (mode === "reviewed" && !d)) continue;
      const v = (d?.after ?? c) as { low: number | null; high: number | null; claimantType: string };
      facts.push({ key: `${c.sentenceStart}:${c.quantityText}`, low: v.low, high: v.high, unit: c.unit, claimantType: v.claimantType, review: !d ? "unreviewed" : d.action === "correct" ? "corrected" : "accepted" });
    }
    if (mode !== "machine") {
      for (const d of standing.filter((s) => s.articleId === a.id && (s.action === "add" || s.addedId !== null) && s.action !== "reject")) {
        const v = d.after as { low: number | null; high: number | null; unit: string; claimantType: string };
        facts.push({ key: `${d.sentenceStart}:${d.anchorText}+`, low: v.low, high: v.high, unit: v.unit, claimantType: v.claimantType, review: "added" });
      }
    }
    for (const f of facts) if (f.low !== null || f.high !== null) out.push({ ...f, articleId: a.id, e, l });
  }
  return out.sort((x, y) => x.articleId - y.articleId || x.key.localeCompare(y.key));
}

/** The reference claims as the rollups would sum them: per claimant type, unit and month of the interval's middle. */
function referenceMonths(claims: readonly RefClaim[]): ClaimMonth[] {
  const months = new Map<string, ClaimMonth>();
  for (const c of claims) {
    const e = Date.parse(c.e);
    const days = Math.floor((Date.parse(c.l) - e) / 86_400_000 / 2);
    const month = `${new Date(e + days * 86_400_000).toISOString().slice(0, 7)}-01`;
    const k = `${c.claimantType}|${c.unit}|${month}`;
    const m = months.get(k) ?? { group: c.claimantType, unit: c.unit, month, count: 0, min: null, max: null, sum: 0, sumLog: 0, positive: 0, reviewed: 0 };
    const lo = c.low ?? c.high!;
    const hi = c.high ?? c.low!;
    const v = c.low !== null && c.high !== null && c.low > 0 && c.high > 0 ? Math.sqrt(c.low * c.high) : c.low !== null && c.high !== null ? (c.low + c.high) / 2 : lo;
    m.count++;
    m.min = m.min === null ? lo : Math.min(m.min, lo);
    m.max = m.max === null ? hi : Math.max(m.max, hi);
    m.sum += c.low !== null && c.high !== null ? (c.low + c.high) / 2 : lo;
    if (v > 0) {
      m.sumLog += Math.log(v);
      m.positive++;
    }
    if (c.review !== "unreviewed") m.reviewed = (m.reviewed ?? 0) + 1;
    months.set(k, m);
  }
  return [...months.values()];
}

async function timelineClaims(mode: FactMode, filters: Filters = {}): Promise<RefClaim[]> {
  const t = await getClaimsTimeline(prisma, filters, { facts: mode, maxMarks: 10_000 });
  if (t.mode !== "claims") throw new Error("expected individual marks");
  expect(t.plotted).toBe(t.claims.length);
  return t.claims
    .map((c) => ({
      key: `${c.sentenceStart}:${c.quantityText}${c.id < 0 ? "+" : ""}`,
      articleId: c.articleId,
      low: c.low,
      high: c.high,
      unit: c.unit,
      claimantType: c.claimantType,
      review: c.review,
      e: c.publishedEarliest!,
      l: c.publishedLatest!,
    }))
    .sort((x, y) => x.articleId - y.articleId || x.key.localeCompare(y.key));
}

async function expectBinsMatch(mode: FactMode, filters: Filters = {}) {
  const t = await getClaimsTimeline(prisma, filters, { facts: mode, maxMarks: 1 });
  if (t.mode !== "bins") throw new Error("expected aggregated marks");
  const expected = binClaimMonths(referenceMonths(await referenceClaims(mode, filters)), MAX_CLAIM_BINS, 1);
  expect(t.binMonths).toBe(expected.binMonths);
  const round = (bins: typeof t.bins) => bins.map((b) => ({ ...b, mean: Number(b.mean.toFixed(6)), geoMean: b.geoMean === null ? null : Number(b.geoMean.toFixed(6)), reviewed: b.reviewed ?? 0 }));
  expect(round(t.bins)).toEqual(round(expected.bins));
  return t;
}

type MatrixCells = Record<string, { mentions: number; articlesWith: number; reviewed: number }>;

/** Attack mentions per outlet and type in a mode, from the fact rows and the decisions. */
async function referenceAttacks(mode: FactMode): Promise<MatrixCells> {
  const mentions = await prisma.attackMention.findMany({ include: { article: { select: { outletId: true } } } });
  const standing = await prisma.reviewDecision.findMany({ where: { kind: "attack", supersededById: null, detachedAt: null } });
  const rows: { outlet: number; type: string; articleId: number; reviewed: boolean }[] = [];
  for (const m of mentions) {
    const d = mode === "machine" ? undefined : standing.find((s) => s.attackId === m.id);
    if (d?.action === "reject" || (mode === "reviewed" && !d)) continue;
    rows.push({ outlet: m.article.outletId ?? 0, type: (d?.after as { type: string } | undefined)?.type ?? m.type, articleId: m.articleId, reviewed: !!d });
  }
  const cells: MatrixCells = {};
  for (const r of rows) {
    const k = `${r.outlet}:${r.type}`;
    const c = (cells[k] ??= { mentions: 0, articlesWith: 0, reviewed: 0 });
    c.mentions++;
    if (r.reviewed) c.reviewed++;
  }
  for (const k of Object.keys(cells)) {
    cells[k]!.articlesWith = new Set(rows.filter((r) => `${r.outlet}:${r.type}` === k).map((r) => r.articleId)).size;
  }
  return cells;
}

async function matrixCells(mode: FactMode): Promise<MatrixCells> {
  const m = await getAttackMatrix(prisma, {}, mode);
  const cells: MatrixCells = {};
  for (const row of m.rows) {
    for (const t of m.types) {
      if (row.mentions[t]! === 0 && row.articlesWith[t]! === 0) continue;
      cells[`${row.outletId}:${t}`] = { mentions: row.mentions[t]!, articlesWith: row.articlesWith[t]!, reviewed: row.reviewed[t]! };
    }
  }
  return cells;
}

/** The article's dates as a filter that keeps it (the level-0/1 rollup regime). */
async function articleDates(): Promise<Filters> {
  const a = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
  return { from: day(a.publishedEarliest), to: day(a.publishedLatest) };
}

describe("fact modes", () => {
  it("with no decisions, applied equals machine and reviewed is empty", async () => {
    expect(await timelineClaims("applied")).toEqual(await timelineClaims("machine"));
    expect(await getClaimsTimeline(prisma, {}, { facts: "applied", maxMarks: 1 })).toEqual(await getClaimsTimeline(prisma, {}, { facts: "machine", maxMarks: 1 }));
    expect(await getAttackMatrix(prisma, {}, "applied")).toEqual(await getAttackMatrix(prisma, {}, "machine"));
    expect(await timelineClaims("reviewed")).toEqual([]);
    expect((await listClaims(prisma, {}, {}, "reviewed")).total).toBe(0);
  });

  it("applies an accept, a claimant-type correction, a reject and an add in every claim and attack read", async () => {
    const cache = createCorpusCache(() => prisma);
    const cachedMatrix = () => cache.get("rollups", "attacks", () => getAttackMatrix(prisma, {}, "applied"));
    const cachedTimeline = () => cache.get("facts", "timeline", () => getClaimsTimeline(prisma, {}, { facts: "applied" }));
    const machineMatrix = await cachedMatrix();
    await cachedTimeline();

    const claims = (await prisma.fighterClaim.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } })).filter((c) => c.low !== null || c.high !== null);
    const [c0, c1, c2] = claims as [(typeof claims)[0], (typeof claims)[0], (typeof claims)[0]];
    await record({ kind: "claim", action: "accept", factId: c0.id, basedOn: null });
    const newType = c1.claimantType === "un" ? "analyst" : "un";
    await record({ kind: "claim", action: "correct", factId: c1.id, basedOn: null, fields: { claimantType: newType } });
    await record({ kind: "claim", action: "reject", factId: c2.id, basedOn: null, reason: "not-a-claim" });
    const added = await record({
      kind: "claim",
      action: "add",
      basedOn: null,
      // A share, though the selected words hold no percent sign: the unit is the analyst's, as saved, not re-read from them.
      fields: { low: 4321, high: 4321, qualifier: "exact", unit: "percent", claimant: "an analyst", claimantType: "un", refersTo: "killed" },
      anchor: { sentenceStart: c0.sentenceStart, sentenceEnd: c0.sentenceEnd, anchorStart: c0.sentenceStart, anchorEnd: c0.sentenceStart + 3 },
    });
    expect(added.decision.anchor.anchorText).not.toMatch(/%|per ?cent/i);
    const attacks = await prisma.attackMention.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } });
    await record({ kind: "attack", action: "reject", factId: attacks[0]!.id, basedOn: null, reason: "not-militants" });
    const otherType = attacks[1]!.type === "hijacking" ? "assassination" : "hijacking";
    await record({ kind: "attack", action: "correct", factId: attacks[1]!.id, basedOn: null, fields: { type: otherType } });

    // Individual marks, in every mode, and the states they carry.
    for (const mode of MODES) expect(await timelineClaims(mode)).toEqual(await referenceClaims(mode));
    const reviewed = await timelineClaims("reviewed");
    expect(reviewed.map((c) => c.review).sort()).toEqual(["accepted", "added", "corrected"]);
    expect(reviewed.find((c) => c.review === "corrected")!.claimantType).toBe(newType);
    expect(reviewed.find((c) => c.review === "added")).toMatchObject({ unit: "percent", low: 4321 });
    expect((await timelineClaims("applied")).find((c) => c.review === "added")).toMatchObject({ unit: "percent", low: 4321 });
    expect((await timelineClaims("machine")).some((c) => c.review === "added")).toBe(false);
    expect(await timelineClaims("applied")).not.toEqual(await timelineClaims("machine"));

    // Aggregated marks, without a date filter (level-3 rollups) and with one (level 0/1), in every mode.
    const dates = await articleDates();
    for (const mode of MODES) {
      await expectBinsMatch(mode);
      await expectBinsMatch(mode, dates);
      expect(await timelineClaims(mode, dates)).toEqual(await referenceClaims(mode, dates));
    }
    const bins = await expectBinsMatch("applied");
    expect(bins.bins.reduce((s, b) => s + (b.reviewed ?? 0), 0)).toBe(3);

    // The claims list pages through the same claims; the added one is found by its id.
    for (const mode of MODES) {
      const page = await listClaims(prisma, {}, { limit: 200 }, mode);
      expect(page.total).toBe((await referenceClaims(mode)).length);
      expect(page.items.length).toBe(page.total);
    }
    expect(await getClaim(prisma, -added.decision.id, "applied")).toMatchObject({ low: 4321, unit: "percent", review: "added", articleId });
    expect(await getClaim(prisma, -added.decision.id, "reviewed")).toMatchObject({ unit: "percent", review: "added" });
    expect(await getClaim(prisma, -added.decision.id, "machine")).toBeNull();
    for (const mode of ["applied", "reviewed"] as const) {
      const page = await listClaims(prisma, {}, { limit: 200 }, mode);
      expect(page.items.find((c) => c.id === -added.decision.id), mode).toMatchObject({ unit: "percent" });
    }
    expect(await getClaim(prisma, c2.id, "applied")).toBeNull();
    expect(await getClaim(prisma, c2.id, "machine")).toMatchObject({ id: c2.id, review: "unreviewed" });

    // The attack matrix and the evidence behind its cells.
    for (const mode of MODES) expect(await matrixCells(mode)).toEqual(await referenceAttacks(mode));
    const outletId = (await prisma.article.findUniqueOrThrow({ where: { id: articleId } })).outletId ?? 0;
    for (const mode of MODES) {
      for (const type of [attacks[0]!.type, otherType]) {
        const list = await listAttackEvidence(prisma, {}, { outletId, type, limit: 200 }, mode);
        const cell = (await referenceAttacks(mode))[`${outletId}:${type}`];
        expect(list.total).toBe(cell?.mentions ?? 0);
        expect(list.items.length).toBe(list.total);
        expect(list.items.filter((i) => i.review !== "unreviewed").length).toBe(cell?.reviewed ?? 0);
      }
    }

    // The overview's counts: one claim rejected and one added, one attack rejected; reviewed = what the analyst kept.
    const machineSummary = await getCorpusSummary(prisma, {}, "machine");
    const appliedSummary = await getCorpusSummary(prisma, {}, "applied");
    const reviewedSummary = await getCorpusSummary(prisma, {}, "reviewed");
    expect(machineSummary.claims).toBe(await prisma.fighterClaim.count());
    expect(appliedSummary.claims).toBe(machineSummary.claims);
    expect(appliedSummary.attackMentions).toBe(machineSummary.attackMentions - 1);
    expect([reviewedSummary.claims, reviewedSummary.attackMentions]).toEqual([3, 1]);
    expect(appliedSummary.perOutlet.map((o) => o.articles)).toEqual(machineSummary.perOutlet.map((o) => o.articles));

    // Both caches saw the decisions: nothing stale is served.
    expect(await cachedMatrix()).not.toEqual(machineMatrix);
    expect(await cachedMatrix()).toEqual(await getAttackMatrix(prisma, {}, "applied"));
    expect(await cachedTimeline()).toEqual(await getClaimsTimeline(prisma, {}, { facts: "applied" }));
  });

  it("keeps applied results across a re-analysis that re-attaches the decisions", async () => {
    const before = await Promise.all(MODES.map((m) => timelineClaims(m)));
    const beforeBins = await getClaimsTimeline(prisma, {}, { facts: "applied", maxMarks: 1 });
    const beforeMatrix = await getAttackMatrix(prisma, {}, "applied");
    await prisma.article.updateMany({ where: { id: articleId }, data: { extractorVersion: "0.0.0-old" } });
    expect(await reanalyseStored(url)).toMatchObject({ reanalysed: 1, failed: 0 });
    await refreshRollups(prisma);
    expect(await prisma.reviewDecision.count({ where: { detachedAt: { not: null } } })).toBe(0);
    expect(await Promise.all(MODES.map((m) => timelineClaims(m)))).toEqual(before);
    expect(await getClaimsTimeline(prisma, {}, { facts: "applied", maxMarks: 1 })).toEqual(beforeBins);
    expect(await getAttackMatrix(prisma, {}, "applied")).toEqual(beforeMatrix);
  });
});
