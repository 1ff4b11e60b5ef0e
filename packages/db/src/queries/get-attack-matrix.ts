import { ATTACK_TYPES } from "@framewatch/corpus-model/model";
import type { PrismaClient } from "../client";
import { articleWhere, has, outletKey, type Filters } from "./filters";

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

/** Outlet x GTD attack type: mentions and articles mentioning the type, for the filters. */
export async function getAttackMatrix(prisma: PrismaClient, filters: Filters = {}): Promise<AttackMatrix> {
  const types = has(filters.attackTypes)
    ? ATTACK_TYPES.filter((t) => filters.attackTypes!.includes(t))
    : [...ATTACK_TYPES];
  const where = articleWhere(filters);
  const [articles, mentions] = await Promise.all([
    prisma.article.findMany({ where, select: { id: true, outletId: true, outlet: { select: { name: true } } } }),
    prisma.attackMention.groupBy({
      by: ["articleId", "type"],
      where: { article: where, type: { in: types } },
      _count: { _all: true },
    }),
  ]);
  const rows = new Map<number, AttackMatrixRow>();
  const outletOf = new Map<number, number>();
  const zero = () => Object.fromEntries(types.map((t) => [t, 0]));
  for (const a of articles) {
    const id = a.outletId ?? 0;
    outletOf.set(a.id, id);
    let row = rows.get(id);
    if (!row) {
      row = { outletId: id, key: outletKey(a.outletId), name: a.outlet?.name ?? "Outlet unknown", articles: 0, mentions: zero(), articlesWith: zero() };
      rows.set(id, row);
    }
    row.articles += 1;
  }
  for (const m of mentions) {
    const row = rows.get(outletOf.get(m.articleId) ?? -1);
    if (!row) continue;
    row.mentions[m.type] = (row.mentions[m.type] ?? 0) + m._count._all;
    row.articlesWith[m.type] = (row.articlesWith[m.type] ?? 0) + 1;
  }
  return {
    types,
    rows: [...rows.values()].sort((a, b) => (a.outletId || Infinity) - (b.outletId || Infinity)),
  };
}
