import type { PrismaClient } from "../client";
import { outletArticleWhere, type Filters } from "./filters";

export interface FramingEvidenceQuery {
  /** "naming" | "actor_label" | "sourcing" | "threat" | "policy_frame" | "loaded_term". */
  dimension: string;
  /** Category within the dimension; null/undefined = every category (e.g. both sides of the threat index). */
  category?: string | null;
  /** Outlet id (0 = unknown outlet). */
  outletId: number;
  /** Most rows returned (default 50); `total` still counts them all. */
  limit?: number;
}

export interface EvidenceItem {
  id: number;
  articleId: number;
  articleTitle: string;
  category: string;
  rule: string;
  /** The matched words (or trigger) and its offsets in the article body. */
  matchText: string;
  matchStart: number;
  matchEnd: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface EvidenceList {
  total: number;
  items: EvidenceItem[];
}

/** The FramingSignal rows behind one chart cell (outlet x dimension x category), in article and text order. */
export async function listFramingEvidence(
  prisma: PrismaClient,
  filters: Filters,
  query: FramingEvidenceQuery,
): Promise<EvidenceList> {
  const where = {
    dimension: query.dimension,
    ...(query.category ? { category: query.category } : {}),
    article: outletArticleWhere(filters, query.outletId),
  };
  const [total, rows] = await Promise.all([
    prisma.framingSignal.count({ where }),
    prisma.framingSignal.findMany({
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
      category: r.category,
      rule: r.rule,
      matchText: r.matchText,
      matchStart: r.matchStart,
      matchEnd: r.matchEnd,
      sentence: r.sentence,
      sentenceStart: r.sentenceStart,
      sentenceEnd: r.sentenceEnd,
    })),
  };
}
