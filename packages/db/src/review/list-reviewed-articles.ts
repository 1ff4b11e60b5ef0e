import type { DatePrecision } from "@framewatch/corpus-model";
import type { PrismaClient } from "../client";
import { buildReviewedGold, type ReviewedArticle } from "./build-reviewed-gold";

/** Reviewed articles read per page: a page holds their bodies and facts in memory at once. */
export const REVIEWED_PAGE_SIZE = 200;

export interface ReviewedPage {
  items: ReviewedArticle[];
  /** The `after` of the next page; null on the last. */
  next: number | null;
}

/**
 * One keyset page (by article id) of the articles with at least one standing review decision, each with the gold
 * its reviews make and the stored machine analysis (buildReviewedGold): what `corpus export --reviewed` writes
 * and the Quality page scores. Five reads per page, whatever its size.
 */
export async function listReviewedArticles(prisma: PrismaClient, page: { after?: number | null; limit?: number } = {}): Promise<ReviewedPage> {
  const limit = Math.min(Math.max(1, page.limit ?? REVIEWED_PAGE_SIZE), REVIEWED_PAGE_SIZE);
  const after = page.after ?? 0;
  // Standing decisions only: an article whose decisions were all detached by a re-analysis that could not find
  // their facts has no review that applies to its current facts (and closing those is no review of them either).
  const idRows = await prisma.$queryRaw<{ articleId: number }[]>`
    SELECT DISTINCT "articleId" FROM "ReviewDecision"
    WHERE "supersededById" IS NULL AND "detachedAt" IS NULL AND "action" <> 'close' AND "articleId" > ${after}
    ORDER BY "articleId" LIMIT ${limit + 1}`;
  const ids = idRows.slice(0, limit).map((r) => r.articleId);
  if (ids.length === 0) return { items: [], next: null };
  const [articles, claims, attacks, standing] = await prisma.$transaction([
    prisma.article.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        source: true,
        sha256: true,
        title: true,
        body: true,
        publishedDate: true,
        publishedPrecision: true,
        extractorVersion: true,
        outlet: { select: { name: true } },
      },
      orderBy: { id: "asc" },
    }),
    prisma.fighterClaim.findMany({ where: { articleId: { in: ids } }, orderBy: [{ articleId: "asc" }, { ordinal: "asc" }] }),
    prisma.attackMention.findMany({ where: { articleId: { in: ids } }, orderBy: [{ articleId: "asc" }, { ordinal: "asc" }] }),
    prisma.reviewDecision.findMany({ where: { articleId: { in: ids }, supersededById: null, detachedAt: null, action: { not: "close" } }, orderBy: { id: "asc" } }),
  ]);
  const group = <T extends { articleId: number }>(rows: T[]) => {
    const by = new Map<number, T[]>();
    for (const r of rows) {
      const list = by.get(r.articleId);
      if (list) list.push(r);
      else by.set(r.articleId, [r]);
    }
    return by;
  };
  const claimsOf = group(claims);
  const attacksOf = group(attacks);
  const standingOf = group(standing);
  const items = articles.map((a) =>
    buildReviewedGold({
      article: {
        id: a.id,
        source: a.source,
        sha256: a.sha256,
        title: a.title,
        body: a.body,
        outletName: a.outlet?.name ?? null,
        publishedDate: a.publishedDate,
        publishedPrecision: a.publishedPrecision as DatePrecision | null,
        extractorVersion: a.extractorVersion,
      },
      claims: claimsOf.get(a.id) ?? [],
      attacks: attacksOf.get(a.id) ?? [],
      standing: standingOf.get(a.id) ?? [],
    }),
  );
  return { items, next: idRows.length > limit ? ids[ids.length - 1]! : null };
}
