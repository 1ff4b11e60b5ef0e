import type { PrismaClient } from "../client";

/** One article with everything the reader shows: text, metadata with date evidence, and its facts in body order. */
export async function getArticle(prisma: PrismaClient, id: number) {
  return prisma.article.findUnique({
    where: { id },
    include: {
      outlet: true,
      claims: { orderBy: { ordinal: "asc" } },
      attacks: { orderBy: { ordinal: "asc" } },
      signals: { orderBy: { ordinal: "asc" } },
    },
  });
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
