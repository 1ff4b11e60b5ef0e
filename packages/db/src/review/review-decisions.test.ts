import path from "node:path";
import pg from "pg";
import { EXTRACTOR_VERSION } from "@framewatch/corpus-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { importCorpus, reanalyseStored } from "../import/import-corpus";
import { REPO_ROOT } from "../paths";
import { createTestDatabase } from "../testing/create-test-database";
import { listArticleHistory } from "./list-article-history";
import { listArticleReview } from "./list-article-review";
import { listDetachedDecisions } from "./list-detached-decisions";
import { recordDecision, type DecisionInput } from "./record-decision";

// The decision log over a real PostgreSQL holding the bundled corpus, re-analysed the way the import tests do it:
// the stored extractor version is set back, and reanalyseStored runs the queue over the article again.
const CORPUS = path.join(REPO_ROOT, "data", "corpus");
const ana = { id: "u-ana", name: "Ana Analyst", email: "ana@example.org" };
const ed = { id: "u-ed", name: "Ed Editor", email: "ed@example.org" };
/** How a decision shows who made it: name and id (the email stays in the database). */
const shown = ({ id, name }: { id: string; name: string }) => ({ id, name });

let prisma: PrismaClient;
let url: string;
let articleId: number;

beforeAll(async () => {
  ({ prisma, url } = await createTestDatabase("review"));
  await importCorpus(url, [CORPUS], { cwd: REPO_ROOT });
  // The article with the most claims (and some attacks): room for four different decisions.
  const articles = await prisma.article.findMany({ include: { _count: { select: { claims: true, attacks: true } } } });
  const best = articles.filter((a) => a._count.attacks > 0).sort((a, b) => b._count.claims - a._count.claims || a.id - b.id)[0]!;
  expect(best._count.claims).toBeGreaterThanOrEqual(3);
  articleId = best.id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function record(input: Omit<DecisionInput, "articleId"> & { articleId?: number }, user = ana) {
  return recordDecision(prisma, { articleId, ...input }, user);
}
async function claims(id = articleId) {
  return prisma.fighterClaim.findMany({ where: { articleId: id }, orderBy: { ordinal: "asc" } });
}
async function reanalyse(ids: number[]) {
  await prisma.article.updateMany({ where: { id: { in: ids } }, data: { extractorVersion: "0.0.0-old" } });
  const summary = await reanalyseStored(url);
  expect(summary).toMatchObject({ kind: "reanalyse", reanalysed: ids.length, failed: 0 });
}

describe("recordDecision", () => {
  it("refuses malformed decisions in words and stores nothing", async () => {
    const [c] = await claims();
    const cases: [Omit<DecisionInput, "articleId">, string][] = [
      [{ kind: "claim", action: "reject", factId: c!.id, basedOn: null }, "reason"],
      [{ kind: "claim", action: "reject", factId: c!.id, basedOn: null, reason: "boring" as never }, "reason"],
      [{ kind: "claim", action: "correct", factId: c!.id, basedOn: null, fields: { claimantType: "martians" } }, "fields"],
      [{ kind: "claim", action: "correct", factId: c!.id, basedOn: null, fields: { unit: "percent" } }, "fields"],
      [{ kind: "claim", action: "correct", factId: c!.id, basedOn: null, fields: { low: 10, high: 5 } }, "fields"],
      [{ kind: "claim", action: "accept", factId: c!.id, basedOn: null, fields: { low: 1 } }, "fields"],
      [{ kind: "claim", action: "accept", basedOn: null }, "factId"],
      [{ kind: "attack", action: "correct", factId: 1, basedOn: null, fields: { type: "piracy" } }, "fields"],
      [{ kind: "claim", action: "add", basedOn: null, fields: { low: 5, high: 5, qualifier: "exact", unit: "people", claimant: "x", claimantType: "un", refersTo: "killed" }, anchor: { sentenceStart: 5, sentenceEnd: 2, anchorStart: 3, anchorEnd: 4 } }, "anchor"],
      [{ kind: "claim", action: "add", basedOn: null, fields: { low: 5 } }, "fields"],
      // An added claim's unit is one of the contract's, and it is not left out.
      [{ kind: "claim", action: "add", basedOn: null, fields: { low: 5, high: 5, qualifier: "exact", unit: "kg", claimant: "x", claimantType: "un", refersTo: "killed" }, anchor: { sentenceStart: c!.sentenceStart, sentenceEnd: c!.sentenceEnd, anchorStart: c!.quantityStart, anchorEnd: c!.quantityEnd } }, "fields"],
      [{ kind: "claim", action: "add", basedOn: null, fields: { low: 5, high: 5, qualifier: "exact", claimant: "x", claimantType: "un", refersTo: "killed" }, anchor: { sentenceStart: c!.sentenceStart, sentenceEnd: c!.sentenceEnd, anchorStart: c!.quantityStart, anchorEnd: c!.quantityEnd } }, "fields"],
      [{ kind: "fact" as never, action: "accept", factId: c!.id, basedOn: null }, "kind"],
      // Ids beyond PostgreSQL's int are refused before any query (they would overflow it).
      [{ kind: "claim", action: "accept", factId: 2 ** 32, basedOn: null }, "factId"],
      [{ kind: "claim", action: "accept", factId: c!.id, basedOn: 2 ** 31 }, "basedOn"],
      [{ kind: "claim", action: "add", basedOn: null, fields: { low: 5, high: 5, qualifier: "exact", unit: "people", claimant: "x", claimantType: "un", refersTo: "killed" }, anchor: { section: "caption" as never, sentenceStart: 0, sentenceEnd: 9, anchorStart: 0, anchorEnd: 3 } }, "anchor"],
    ];
    for (const [input, field] of cases) expect(await record(input), JSON.stringify(input)).toMatchObject({ status: "invalid", field });
    expect(await record({ articleId: 999_999, kind: "claim", action: "accept", factId: c!.id, basedOn: null })).toMatchObject({ status: "not-found" });
    expect(await record({ articleId: 2 ** 31, kind: "claim", action: "accept", factId: c!.id, basedOn: null })).toMatchObject({ status: "invalid", field: "articleId" });
    expect(await prisma.reviewDecision.count()).toBe(0);
  });

  it("records each action with who, when, before and after, and supersedes without overwriting", async () => {
    const [c] = await claims();
    const accepted = await record({ kind: "claim", action: "accept", factId: c!.id, basedOn: null });
    expect(accepted.status).toBe("recorded");
    if (accepted.status !== "recorded") return;
    const machine = { low: c!.low, high: c!.high, qualifier: c!.qualifier, claimant: c!.claimant, claimantType: c!.claimantType, refersTo: c!.refersTo };
    expect(accepted.decision).toMatchObject({ action: "accept", before: machine, after: machine, user: shown(ana), claimId: c!.id, extractorVersion: EXTRACTOR_VERSION });
    expect(accepted.decision.anchor).toMatchObject({ sentence: c!.sentence, anchorText: c!.quantityText, anchorStart: c!.quantityStart });
    expect(Date.now() - Date.parse(accepted.decision.createdAt)).toBeLessThan(60 * 60 * 1000);

    const corrected = await record({ kind: "claim", action: "correct", factId: c!.id, basedOn: accepted.decision.id, fields: { claimantType: "analyst" } }, ed);
    expect(corrected).toMatchObject({ status: "recorded", decision: { action: "correct", before: machine, after: { ...machine, claimantType: "analyst" }, user: shown(ed) } });
    const rows = await prisma.reviewDecision.findMany({ where: { claimId: c!.id }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(2);
    // The first decision is still there, unchanged but for the mark that a later one replaced it.
    expect(rows[0]).toMatchObject({ action: "accept", userName: "Ana Analyst", supersededById: rows[1]!.id, after: machine });
    expect(rows[1]!.supersededById).toBeNull();

    const review = await listArticleReview(prisma, articleId);
    const fact = review!.claims.find((f) => f.factId === c!.id)!;
    expect(fact).toMatchObject({ status: "corrected", machine, reviewed: { ...machine, claimantType: "analyst" }, decision: { id: rows[1]!.id, user: shown(ed) } });
    expect(fact.confidence).toBeGreaterThan(0);
    expect(review!.claims.filter((f) => f.factId !== c!.id).every((f) => f.status === "unreviewed" && f.reviewed === null)).toBe(true);
  });

  it("refuses a decision based on a state that changed since the client saw it (409), and stores nothing", async () => {
    const [, c] = await claims();
    const first = await record({ kind: "claim", action: "accept", factId: c!.id, basedOn: null }, ed);
    expect(first.status).toBe("recorded");
    const before = await prisma.reviewDecision.count();
    // Ana loaded the claim before Ed accepted it: her rejection names no decision.
    const stale = await record({ kind: "claim", action: "reject", reason: "not-a-claim", factId: c!.id, basedOn: null });
    expect(stale).toMatchObject({ status: "stale", current: { action: "accept", user: shown(ed) } });
    if (stale.status === "stale") expect(stale.error).toContain("Ed Editor decided");
    // A fact id that is not (any longer) the article's: stale too.
    expect(await record({ kind: "claim", action: "accept", factId: 2_000_000, basedOn: null })).toMatchObject({ status: "stale" });
    expect(await prisma.reviewDecision.count()).toBe(before);
  });

  it("lets exactly one of two simultaneous first decisions on a fact through (the article's row lock orders them)", async () => {
    const c = (await claims())[2]!;
    // Another transaction holds the article's row (as a re-analysis of it would): both decisions wait for it, then
    // run one after the other, so the second sees the first and is refused.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query(`SELECT id FROM "Article" WHERE id = $1 FOR UPDATE`, [articleId]);
      let settled = 0;
      const pending = [
        record({ kind: "claim", action: "accept", factId: c.id, basedOn: null }),
        record({ kind: "claim", action: "reject", reason: "other", factId: c.id, basedOn: null }, ed),
      ].map((p) => p.finally(() => (settled += 1)));
      // Both are waiting on the lock (a server-side fact, not a guess about timing). Asked outside the blocker's
      // transaction: pg_stat_activity is a snapshot that stays fixed for the rest of a transaction.
      const waiting = async () =>
        (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)[0]!.n;
      await expect.poll(waiting, { timeout: 30_000 }).toBe(2);
      expect(settled).toBe(0);
      await blocker.query("COMMIT");
      const results = await Promise.all(pending);
      expect(results.map((r) => r.status).sort()).toEqual(["recorded", "stale"]);
    } finally {
      await blocker.end();
    }
    expect(await prisma.reviewDecision.count({ where: { claimId: c.id, supersededById: null } })).toBe(1);
  });

  it("takes decisions on an added fact by its add decision's id: correct, then reject, each superseding the last", async () => {
    const [c] = await claims();
    const fields = { low: null, high: 50, qualifier: "fewer_than", unit: "people", claimant: "police", claimantType: "local_official", refersTo: "in_city" };
    const anchor = { section: c!.section as "body" | "title", sentenceStart: c!.sentenceStart, sentenceEnd: c!.sentenceEnd, anchorStart: c!.quantityStart, anchorEnd: c!.quantityEnd };
    const add = await record({ kind: "claim", action: "add", basedOn: null, fields, anchor });
    if (add.status !== "recorded") throw new Error(JSON.stringify(add));
    expect(add.decision.anchor).toMatchObject({ sentence: c!.sentence, anchorText: c!.quantityText });
    // Its unit can be corrected like its other fields, from the contract's units only; a refused correction stores nothing.
    const count = await prisma.reviewDecision.count();
    expect(await record({ kind: "claim", action: "correct", addedId: add.decision.id, basedOn: add.decision.id, fields: { unit: "dozens" } })).toMatchObject({ status: "invalid", field: "fields", error: expect.stringContaining("unit must be one of people, percent") });
    expect(await prisma.reviewDecision.count()).toBe(count);
    const fix = await record({ kind: "claim", action: "correct", addedId: add.decision.id, basedOn: add.decision.id, fields: { high: 60 } }, ed);
    expect(fix).toMatchObject({ status: "recorded", decision: { addedId: add.decision.id, before: fields, after: { ...fields, high: 60 } } });
    expect(await record({ kind: "claim", action: "reject", reason: "duplicate", addedId: add.decision.id, basedOn: add.decision.id })).toMatchObject({ status: "stale" });
    expect(await record({ kind: "attack", action: "reject", reason: "duplicate", addedId: add.decision.id, basedOn: null })).toMatchObject({ status: "not-found" });
    const gone = await record({ kind: "claim", action: "reject", reason: "duplicate", addedId: add.decision.id, basedOn: fix.status === "recorded" ? fix.decision.id : 0 });
    expect(gone.status).toBe("recorded");
    const added = (await listArticleReview(prisma, articleId))!.claims.filter((f) => f.addedId === add.decision.id);
    expect(added).toMatchObject([{ status: "rejected", reviewed: null, factId: null, machine: null }]);
  });

  it("pages an article's history newest first without repeats or gaps", async () => {
    const all = await prisma.reviewDecision.findMany({ where: { articleId }, orderBy: { id: "desc" } });
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: number[] = [];
    let before: number | null = null;
    for (;;) {
      const page = await listArticleHistory(prisma, articleId, { limit: 2, before });
      seen.push(...page.items.map((d) => d.id));
      if (page.next === null) break;
      before = page.next;
    }
    expect(seen).toEqual(all.map((d) => d.id));
    const first = await listArticleHistory(prisma, articleId, { limit: 2 });
    expect(first.items[0]).toMatchObject({ user: { name: expect.any(String) }, createdAt: expect.any(String) });
    // Anyone may read an article's history: the reviewers' emails stay in the database.
    expect(first.items[0]!.user).not.toHaveProperty("email");
  });
});

describe("re-analysis keeps decisions", () => {
  it("re-attaches an accept, a claimant-type correction, a rejection and an added claim to the newer extractor's facts", async () => {
    await prisma.reviewDecision.deleteMany({});
    const [c1, c2, c3] = await claims();
    const accept = await record({ kind: "claim", action: "accept", factId: c1!.id, basedOn: null });
    const correct = await record({ kind: "claim", action: "correct", factId: c2!.id, basedOn: null, fields: { claimantType: "media_other" } });
    const reject = await record({ kind: "claim", action: "reject", reason: "duplicate", factId: c3!.id, basedOn: null });
    // A missed claim: a framing signal's sentence with no machine claim in it, its match as the quantity.
    const claimSentences = new Set((await claims()).map((c) => c.sentenceStart));
    const signal = (await prisma.framingSignal.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } })).find((s) => !claimSentences.has(s.sentenceStart))!;
    const fields = { low: 300, high: 300, qualifier: "exact", unit: "people", claimant: "a local official", claimantType: "local_official", refersTo: "in_city" };
    const add = await record({
      kind: "claim",
      action: "add",
      basedOn: null,
      fields,
      anchor: { sentenceStart: signal.sentenceStart, sentenceEnd: signal.sentenceEnd, anchorStart: signal.matchStart, anchorEnd: signal.matchEnd },
    });
    const attack = (await prisma.attackMention.findFirstOrThrow({ where: { articleId }, orderBy: { ordinal: "asc" } }));
    const onAttack = await record({ kind: "attack", action: "correct", factId: attack.id, basedOn: null, fields: { type: attack.type === "kidnapping" ? "bombing_explosion" : "kidnapping" } });
    for (const r of [accept, correct, reject, add, onAttack]) expect(r.status).toBe("recorded");
    const oldIds = new Set((await claims()).map((c) => c.id));

    await reanalyse([articleId]);

    const fresh = await claims();
    // The newer extractor's rows are new rows.
    expect(fresh.some((c) => oldIds.has(c.id))).toBe(false);
    const review = (await listArticleReview(prisma, articleId))!;
    expect(review.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(review.detached).toBe(0);
    const of = (old: typeof c1) => review.claims.find((f) => f.factId !== null && f.anchorText === old!.quantityText && f.sentenceStart === old!.sentenceStart)!;
    expect(of(c1)).toMatchObject({ status: "accepted", decision: { user: shown(ana) } });
    expect(of(c2)).toMatchObject({ status: "corrected", reviewed: { claimantType: "media_other" } });
    expect(of(c3)).toMatchObject({ status: "rejected", reviewed: null, decision: { reason: "duplicate" } });
    expect(review.claims.find((f) => f.status === "added")).toMatchObject({ reviewed: fields, anchorText: signal.matchText, sentenceStart: signal.sentenceStart });
    expect(review.claims.filter((f) => f.status !== "unreviewed")).toHaveLength(4);
    const newAttack = review.attacks.find((f) => f.anchorText === attack.triggerText && f.sentenceStart === attack.sentenceStart)!;
    expect(newAttack.factId).not.toBe(attack.id);
    expect(newAttack).toMatchObject({ status: "corrected", machine: { type: attack.type }, decision: { attackId: newAttack.factId } });
    // Decisions on the new facts stand on the re-attached ones.
    const d1 = of(c1).decision!;
    expect(await record({ kind: "claim", action: "correct", factId: of(c1).factId, basedOn: d1.id, fields: { refersTo: "other" } })).toMatchObject({ status: "recorded" });
    expect((await listDetachedDecisions(prisma, { articleId, limit: 200 })).items).toEqual([]);
  });

  it("marks a decision whose sentence is gone detached and lists it for a second look; the others stay", async () => {
    const [gone, kept] = await claims();
    const onGone = await record({ kind: "claim", action: "reject", reason: "not-militants", factId: gone!.id, basedOn: (await listArticleReview(prisma, articleId))!.claims.find((f) => f.factId === gone!.id)!.decision?.id ?? null });
    expect(onGone.status).toBe("recorded");
    const keptDecision = (await listArticleReview(prisma, articleId))!.claims.find((f) => f.factId === kept!.id)!.decision;
    // The newer text no longer has that quantity: the article's raw text is edited, as a corrected scrape would be.
    const article = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.raw).toContain(gone!.quantityText);
    await prisma.article.update({ where: { id: articleId }, data: { raw: article.raw.split(gone!.quantityText).join("several") } });
    await reanalyse([articleId]);

    const detached = await listDetachedDecisions(prisma, { articleId, limit: 200 });
    expect(detached.items.map((d) => d.id)).toContain(onGone.status === "recorded" ? onGone.decision.id : -1);
    expect(detached.items.find((d) => d.id === (onGone.status === "recorded" ? onGone.decision.id : -1))).toMatchObject({
      action: "reject",
      anchor: { anchorText: gone!.quantityText },
      detachedAt: expect.any(String),
      claimId: null,
    });
    const review = (await listArticleReview(prisma, articleId))!;
    expect(review.detached).toBeGreaterThanOrEqual(1);
    // The other claim's decision (re-attached once already) re-attaches again.
    expect(keptDecision).not.toBeNull();
    expect(kept!.quantityText).not.toBe(gone!.quantityText);
    expect(review.claims.find((f) => f.decision?.id === keptDecision!.id)).toMatchObject({ factId: expect.any(Number), status: "corrected" });
    // Nothing was deleted: every decision ever recorded is in the history.
    const history = await listArticleHistory(prisma, articleId, { limit: 200 });
    expect(history.items.length).toBe(await prisma.reviewDecision.count({ where: { articleId } }));
  });
});
