import { GROUP_TERMS } from "@framewatch/corpus-model/model";
import type { PrismaClient } from "../client";
import { bucketCondition, joinRollupDetail } from "../rollups/select-buckets";
import { Prisma } from "../generated/prisma/client";
import { attackSource, claimSource, DEFAULT_FACT_MODE, OUTER_ARTICLE, reviewedArticles, type FactMode } from "./fact-mode";
import { articleCondition, outletKey, type Filters } from "./filters";

export interface OutletSummary {
  outletId: number;
  key: string;
  name: string;
  articles: number;
  words: number;
  claims: number;
  attacks: number;
  earliest: string | null;
  latest: string | null;
  /** Most used group name and its mentions (null when the outlet never names the group). */
  topName: { term: string; count: number } | null;
  threat: { resurgence: number; defeat: number };
}

export interface CorpusSummary {
  articles: number;
  outlets: number;
  /** Span of the articles' possible publication dates (ISO days), null when none is dated. */
  earliest: string | null;
  latest: string | null;
  undated: number;
  claims: number;
  attackMentions: number;
  framingSignals: number;
  perOutlet: OutletSummary[];
}

interface OutletRow {
  outletId: number;
  name: string | null;
  articles: number;
  undated: number;
  words: number;
  claims: number;
  attacks: number;
  signals: number;
  earliest: string | null;
  latest: string | null;
}

/** Claims and attack mentions per outlet in the articles holding a standing decision, from a mode's facts. */
async function countReviewedArticleFacts(prisma: PrismaClient, filters: Filters, mode: FactMode): Promise<Map<number, { claims: number; attacks: number }>> {
  const per = (kind: "claim" | "attack", source: Prisma.Sql) => Prisma.sql`
    SELECT coalesce(a."outletId", 0) AS "outletId", count(*) AS n FROM "Article" a CROSS JOIN LATERAL (${source}) f
     WHERE a."id" IN (${reviewedArticles(kind)}) AND ${articleCondition(filters)} GROUP BY 1`;
  const rows = await prisma.$queryRaw<{ outletId: number; claims: number; attacks: number }[]>`
    SELECT x."outletId", sum(x.claims)::int AS claims, sum(x.attacks)::int AS attacks FROM (
      SELECT c."outletId", c.n AS claims, 0 AS attacks FROM (${per("claim", claimSource(mode, OUTER_ARTICLE))}) c
      UNION ALL
      SELECT m."outletId", 0, m.n FROM (${per("attack", attackSource(mode, OUTER_ARTICLE))}) m) x
     GROUP BY 1`;
  return new Map(rows.map((r) => [r.outletId, { claims: r.claims, attacks: r.attacks }]));
}

/**
 * Corpus totals and one summary per outlet, for the articles the filters
 * keep (read from the rollups). Claims and attack mentions count the fact
 * mode's facts: the rollups' corrected for the reviewed articles (applied),
 * or the reviewed facts alone (reviewed).
 */
export async function getCorpusSummary(prisma: PrismaClient, filters: Filters = {}, mode: FactMode = DEFAULT_FACT_MODE): Promise<CorpusSummary> {
  const where = bucketCondition(filters);
  const none = new Map<number, { claims: number; attacks: number }>();
  const [rawRows, counts, before, after] = await Promise.all([
    prisma.$queryRaw<OutletRow[]>`
      SELECT b."outletId", o."name", sum(b."articles")::int AS articles, sum(b."undated")::int AS undated, sum(b."words")::float8 AS words,
             sum(b."claims")::int AS claims, sum(b."attacks")::int AS attacks, sum(b."signals")::int AS signals,
             to_char(min(b."earliest"), 'YYYY-MM-DD') AS earliest, to_char(max(b."latest"), 'YYYY-MM-DD') AS latest
        FROM "RollupBucket" b LEFT JOIN "Outlet" o ON o."id" = b."outletId"
       WHERE ${where}
       GROUP BY b."outletId", o."name"
      HAVING sum(b."articles") > 0`,
    prisma.$queryRaw<{ outletId: number; kind: string; key: string; count: number }[]>`
      SELECT b."outletId", c."kind", c."key", sum(c."count")::int AS count
        FROM "RollupBucket" b ${joinRollupDetail("RollupCount")}
       WHERE ${where} AND (c."kind" = 'group_term' OR (c."kind" = 'threat' AND c."key" IN ('resurgence', 'defeat')))
       GROUP BY 1, 2, 3`,
    mode === "applied" ? countReviewedArticleFacts(prisma, filters, "machine") : none,
    mode === "machine" ? none : countReviewedArticleFacts(prisma, filters, mode),
  ]);
  const base = (r: OutletRow, k: "claims" | "attacks") => (mode === "reviewed" ? 0 : r[k]) - (before.get(r.outletId)?.[k] ?? 0);
  const rows = rawRows.map((r) => ({ ...r, claims: base(r, "claims") + (after.get(r.outletId)?.claims ?? 0), attacks: base(r, "attacks") + (after.get(r.outletId)?.attacks ?? 0) }));
  const names = new Map<number, Record<string, number>>();
  const threat = new Map<number, { resurgence: number; defeat: number }>();
  for (const c of counts) {
    if (c.kind === "group_term") {
      const n = names.get(c.outletId) ?? {};
      n[c.key] = (n[c.key] ?? 0) + c.count;
      names.set(c.outletId, n);
    } else {
      const t = threat.get(c.outletId) ?? { resurgence: 0, defeat: 0 };
      t[c.key as "resurgence" | "defeat"] += c.count;
      threat.set(c.outletId, t);
    }
  }
  const perOutlet: OutletSummary[] = rows
    .sort((a, b) => (a.outletId || Infinity) - (b.outletId || Infinity))
    .map((r) => {
      // Ties go to the vocabulary's order, as they did when counts were summed article by article.
      const rank = (t: string) => ((GROUP_TERMS as readonly string[]).indexOf(t) + GROUP_TERMS.length + 1) % (GROUP_TERMS.length + 1);
      const top = Object.entries(names.get(r.outletId) ?? {}).sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))[0];
      return {
        outletId: r.outletId,
        key: outletKey(r.outletId),
        name: r.name ?? "Outlet unknown",
        articles: r.articles,
        words: r.words,
        claims: r.claims,
        attacks: r.attacks,
        earliest: r.earliest,
        latest: r.latest,
        topName: top && top[1] > 0 ? { term: top[0], count: top[1] } : null,
        threat: threat.get(r.outletId) ?? { resurgence: 0, defeat: 0 },
      };
    });
  const min = (xs: (string | null)[]) => xs.filter((x): x is string => x !== null).sort()[0] ?? null;
  const max = (xs: (string | null)[]) => xs.filter((x): x is string => x !== null).sort().at(-1) ?? null;
  return {
    articles: rows.reduce((s, r) => s + r.articles, 0),
    outlets: perOutlet.length,
    earliest: min(rows.map((r) => r.earliest)),
    latest: max(rows.map((r) => r.latest)),
    undated: rows.reduce((s, r) => s + r.undated, 0),
    claims: rows.reduce((s, r) => s + r.claims, 0),
    attackMentions: rows.reduce((s, r) => s + r.attacks, 0),
    framingSignals: rows.reduce((s, r) => s + r.signals, 0),
    perOutlet,
  };
}
