import type { PrismaClient } from "../client";

/**
 * One article with what the reader shows around its text: metadata with date
 * evidence, and every fact's offsets and labels (to highlight the text),
 * without the facts' sentences. The facts themselves are listed a page at
 * a time by `listArticleFacts`.
 */
export async function getArticle(prisma: PrismaClient, id: number) {
  const article = await prisma.article.findUnique({
    where: { id },
    include: {
      outlet: true,
      // The reader names the run that added the article ("added by import #12, ..., by Ana Analyst").
      importRun: { select: { id: true, startedAt: true, startedBy: true } },
      claims: {
        orderBy: { ordinal: "asc" },
        select: { id: true, ordinal: true, section: true, quantityText: true, quantityStart: true, quantityEnd: true, refersTo: true, claimantType: true },
      },
      attacks: { orderBy: { ordinal: "asc" }, select: { id: true, ordinal: true, type: true, triggerStart: true, triggerEnd: true } },
      signals: {
        orderBy: { ordinal: "asc" },
        select: { id: true, ordinal: true, dimension: true, category: true, rule: true, matchStart: true, matchEnd: true },
      },
    },
  });
  return article;
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
