import { ATTACK_TYPES } from "@framewatch/corpus-model/model";
import type { PrismaClient } from "../client";
import { bucketCondition, joinRollupDetail } from "../rollups/select-buckets";
import { attackSource, DEFAULT_FACT_MODE, OUTER_ARTICLE, reviewedArticles, type FactMode } from "./fact-mode";
import { articleCondition, has, outletKey, type Filters } from "./filters";

export interface AttackMatrixRow {
  outletId: number;
  key: string;
  name: string;
  /** Articles of this outlet the filters keep (denominator of shares). */
  articles: number;
  /** Attack mentions per type. */
  mentions: Record<string, number>;
  /** Articles mentioning each type at least once. */
  articlesWith: Record<string, number>;
  /** Of the mentions, those an analyst reviewed (accepted, corrected or added); 0 in machine mode. */
  reviewed: Record<string, number>;
}

export interface AttackMatrix {
  /** Attack-type columns: the nine GTD types, or the attack-type filter. */
  types: string[];
  rows: AttackMatrixRow[];
}

interface AttackCell {
  outletId: number;
  type: string;
  mentions: number;
  articles: number;
  reviewed: number;
}

/**
 * The attack cells of the articles holding a standing attack decision, from
 * a mode's facts: what `applied` subtracts (machine) and adds (applied) to
 * the rollups' cells, and all of `reviewed` mode.
 */
async function reviewedArticleCells(prisma: PrismaClient, filters: Filters, mode: FactMode): Promise<AttackCell[]> {
  return prisma.$queryRaw<AttackCell[]>`
    SELECT x."outletId", x.type, sum(x.n)::int AS mentions, count(*)::int AS articles, sum(x.reviewed)::int AS reviewed
      FROM (SELECT coalesce(a."outletId", 0) AS "outletId", m."type" AS type, m."articleId", count(*) AS n,
                   count(*) FILTER (WHERE m."review" <> 'unreviewed') AS reviewed
              FROM "Article" a CROSS JOIN LATERAL (${attackSource(mode, OUTER_ARTICLE)}) m
             WHERE a."id" IN (${reviewedArticles("attack")}) AND ${articleCondition(filters)}
             GROUP BY 1, 2, 3) x
     GROUP BY 1, 2`;
}

/**
 * Outlet x GTD attack type: mentions and articles mentioning the type, for
 * the filters. Machine: read from the rollups. Applied: the rollups' cells
 * less the machine facts of the reviewed articles, plus their applied facts
 * (counts subtract exactly). Reviewed: the reviewed facts alone (the
 * denominators stay the articles the filters keep).
 */
export async function getAttackMatrix(prisma: PrismaClient, filters: Filters = {}, mode: FactMode = DEFAULT_FACT_MODE): Promise<AttackMatrix> {
  const types: string[] = has(filters.attackTypes)
    ? ATTACK_TYPES.filter((t) => filters.attackTypes!.includes(t))
    : [...ATTACK_TYPES];
  const where = bucketCondition(filters);
  const [outlets, machineCells, before, after] = await Promise.all([
    prisma.$queryRaw<{ outletId: number; name: string | null; articles: number }[]>`
      SELECT b."outletId", o."name", sum(b."articles")::int AS articles
        FROM "RollupBucket" b LEFT JOIN "Outlet" o ON o."id" = b."outletId"
       WHERE ${where}
       GROUP BY b."outletId", o."name"
      HAVING sum(b."articles") > 0`,
    mode === "reviewed"
      ? ([] as AttackCell[])
      : prisma.$queryRaw<AttackCell[]>`
      SELECT b."outletId", c."key" AS type, sum(c."count")::int AS mentions, sum(c."articles")::int AS articles, 0 AS reviewed
        FROM "RollupBucket" b ${joinRollupDetail("RollupCount")}
       WHERE ${where} AND c."kind" = 'attack'
       GROUP BY 1, 2`,
    mode === "applied" ? reviewedArticleCells(prisma, filters, "machine") : ([] as AttackCell[]),
    mode === "machine" ? ([] as AttackCell[]) : reviewedArticleCells(prisma, filters, mode),
  ]);
  const cells = new Map<string, AttackCell>();
  const add = (list: readonly AttackCell[], sign: 1 | -1) => {
    for (const c of list) {
      const k = `${c.outletId}\u0000${c.type}`;
      const cell = cells.get(k) ?? { outletId: c.outletId, type: c.type, mentions: 0, articles: 0, reviewed: 0 };
      cell.mentions += sign * c.mentions;
      cell.articles += sign * c.articles;
      cell.reviewed += sign * c.reviewed;
      cells.set(k, cell);
    }
  };
  add(machineCells, 1);
  add(before, -1);
  add(after, 1);
  const zero = () => Object.fromEntries(types.map((t) => [t, 0]));
  const rows = new Map<number, AttackMatrixRow>(
    outlets.map((o) => [
      o.outletId,
      {
        outletId: o.outletId,
        key: outletKey(o.outletId),
        name: o.name ?? "Outlet unknown",
        articles: o.articles,
        mentions: zero(),
        articlesWith: zero(),
        reviewed: zero(),
      },
    ]),
  );
  for (const c of cells.values()) {
    const row = rows.get(c.outletId);
    if (!row || !types.includes(c.type)) continue;
    row.mentions[c.type] = c.mentions;
    row.articlesWith[c.type] = c.articles;
    row.reviewed[c.type] = c.reviewed;
  }
  return {
    types,
    rows: [...rows.values()].sort((a, b) => (a.outletId || Infinity) - (b.outletId || Infinity)),
  };
}
