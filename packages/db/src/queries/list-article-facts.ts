import type { PrismaClient } from "../client";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "./pagination";

/** A page of one article's facts of one kind, in text order (keyset on the ordinal). */
async function pageOf<T extends { ordinal: number }>(
  request: PageRequest,
  fetch: (where: { ordinal?: { gt: number } | { lt: number } }, order: "asc" | "desc", take: number) => Promise<T[]>,
  total: () => Promise<number>,
): Promise<Page<T>> {
  const limit = pageSize(request.limit);
  const cursor = decodeCursor(request.cursor, 1);
  const valid = cursor && typeof cursor.key[0] === "number" ? cursor : null;
  const at = valid?.key[0] as number | undefined;
  const backwards = valid?.dir === "before";
  const where = at === undefined ? {} : { ordinal: backwards ? { lt: at } : { gt: at } };
  const [rows, n] = await Promise.all([fetch(where, backwards ? "desc" : "asc", limit + 1), total()]);
  return toPage(rows, { limit, cursor: valid }, n, (r) => [r.ordinal]);
}

/** The reader's side panel of claims: what the claim says, who claims it and why, no sentence (a link highlights it). */
export function listArticleClaims(prisma: PrismaClient, articleId: number, request: PageRequest = {}) {
  return pageOf(
    request,
    (where, order, take) =>
      prisma.fighterClaim.findMany({
        where: { articleId, ...where },
        orderBy: { ordinal: order },
        take,
        select: {
          id: true,
          ordinal: true,
          low: true,
          high: true,
          qualifier: true,
          unit: true,
          claimant: true,
          claimantType: true,
          refersTo: true,
          section: true,
          quantityText: true,
          sentenceStart: true,
          sentenceEnd: true,
          claimantEvidenceText: true,
          rules: true,
        },
      }),
    () => prisma.fighterClaim.count({ where: { articleId } }),
  );
}

/** The reader's side panel of attack mentions. */
export function listArticleAttacks(prisma: PrismaClient, articleId: number, request: PageRequest = {}) {
  return pageOf(
    request,
    (where, order, take) =>
      prisma.attackMention.findMany({
        where: { articleId, ...where },
        orderBy: { ordinal: order },
        take,
        select: { id: true, ordinal: true, type: true, triggerText: true, sentenceStart: true, sentenceEnd: true },
      }),
    () => prisma.attackMention.count({ where: { articleId } }),
  );
}

/** The reader's side panel of framing signals, in text order. */
export function listArticleSignals(prisma: PrismaClient, articleId: number, request: PageRequest = {}) {
  return pageOf(
    request,
    (where, order, take) =>
      prisma.framingSignal.findMany({
        where: { articleId, ...where },
        orderBy: { ordinal: order },
        take,
        select: { id: true, ordinal: true, dimension: true, category: true, rule: true, matchText: true, sentenceStart: true, sentenceEnd: true },
      }),
    () => prisma.framingSignal.count({ where: { articleId } }),
  );
}

export type ArticleClaimPage = Awaited<ReturnType<typeof listArticleClaims>>;
export type ArticleAttackPage = Awaited<ReturnType<typeof listArticleAttacks>>;
export type ArticleSignalPage = Awaited<ReturnType<typeof listArticleSignals>>;
