import type { PrismaClient } from "../client";
import type { EvidenceList } from "./list-framing-evidence";
import { outletArticleWhere, type Filters } from "./filters";

/** The attack mentions behind one heatmap cell (outlet x GTD attack type). */
export async function listAttackEvidence(
  prisma: PrismaClient,
  filters: Filters,
  query: { outletId: number; type: string; limit?: number },
): Promise<EvidenceList> {
  const where = {
    type: query.type,
    article: outletArticleWhere(filters, query.outletId),
  };
  const [total, rows] = await Promise.all([
    prisma.attackMention.count({ where }),
    prisma.attackMention.findMany({
      where,
      orderBy: [{ articleId: "asc" }, { ordinal: "asc" }],
      take: query.limit ?? 50,
      include: { article: { select: { title: true, source: true } } },
    }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      articleId: r.articleId,
      articleTitle: r.article.title ?? r.article.source,
      category: r.type,
      rule: `attack.${r.type}`,
      matchText: r.triggerText,
      matchStart: r.triggerStart,
      matchEnd: r.triggerEnd,
      sentence: r.sentence,
      sentenceStart: r.sentenceStart,
      sentenceEnd: r.sentenceEnd,
    })),
  };
}
