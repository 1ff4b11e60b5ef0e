import type { PrismaClient } from "../client";
import { articleWhere, type Filters } from "./filters";

export interface ArticleListItem {
  id: number;
  title: string | null;
  source: string;
  outlet: string | null;
  publishedDate: string | null;
  publishedPrecision: "day" | "month" | "year" | null;
  claims: number;
  attacks: number;
}

/** Every stored article (or those the outlet/date filters keep), newest publication first (undated last), with fact counts. */
export async function listArticles(prisma: PrismaClient, filters: Filters = {}): Promise<ArticleListItem[]> {
  const rows = await prisma.article.findMany({
    where: articleWhere(filters),
    select: {
      id: true,
      title: true,
      source: true,
      publishedDate: true,
      publishedPrecision: true,
      publishedEarliest: true,
      outlet: { select: { name: true } },
      _count: { select: { claims: true, attacks: true } },
    },
    orderBy: [{ publishedEarliest: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    source: r.source,
    outlet: r.outlet?.name ?? null,
    publishedDate: r.publishedDate,
    publishedPrecision: r.publishedPrecision,
    claims: r._count.claims,
    attacks: r._count.attacks,
  }));
}
