import { ATTACK_TYPES } from "@framewatch/corpus-model/model";
import type { PrismaClient } from "../client";
import { bucketCondition, joinRollupDetail } from "../rollups/select-buckets";
import { has, outletKey, type Filters } from "./filters";

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
}

export interface AttackMatrix {
  /** Attack-type columns: the nine GTD types, or the attack-type filter. */
  types: string[];
  rows: AttackMatrixRow[];
}

/** Outlet x GTD attack type: mentions and articles mentioning the type, for the filters (read from the rollups). */
export async function getAttackMatrix(prisma: PrismaClient, filters: Filters = {}): Promise<AttackMatrix> {
  const types: string[] = has(filters.attackTypes)
    ? ATTACK_TYPES.filter((t) => filters.attackTypes!.includes(t))
    : [...ATTACK_TYPES];
  const where = bucketCondition(filters);
  const [outlets, cells] = await Promise.all([
    prisma.$queryRaw<{ outletId: number; name: string | null; articles: number }[]>`
      SELECT b."outletId", o."name", sum(b."articles")::int AS articles
        FROM "RollupBucket" b LEFT JOIN "Outlet" o ON o."id" = b."outletId"
       WHERE ${where}
       GROUP BY b."outletId", o."name"
      HAVING sum(b."articles") > 0`,
    prisma.$queryRaw<{ outletId: number; type: string; mentions: number; articles: number }[]>`
      SELECT b."outletId", c."key" AS type, sum(c."count")::int AS mentions, sum(c."articles")::int AS articles
        FROM "RollupBucket" b ${joinRollupDetail("RollupCount")}
       WHERE ${where} AND c."kind" = 'attack'
       GROUP BY 1, 2`,
  ]);
  const zero = () => Object.fromEntries(types.map((t) => [t, 0]));
  const rows = new Map<number, AttackMatrixRow>(
    outlets.map((o) => [
      o.outletId,
      { outletId: o.outletId, key: outletKey(o.outletId), name: o.name ?? "Outlet unknown", articles: o.articles, mentions: zero(), articlesWith: zero() },
    ]),
  );
  for (const c of cells) {
    const row = rows.get(c.outletId);
    if (!row || !types.includes(c.type)) continue;
    row.mentions[c.type] = c.mentions;
    row.articlesWith[c.type] = c.articles;
  }
  return {
    types,
    rows: [...rows.values()].sort((a, b) => (a.outletId || Infinity) - (b.outletId || Infinity)),
  };
}
