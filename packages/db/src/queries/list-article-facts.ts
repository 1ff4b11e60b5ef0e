import type { PrismaClient } from "../client";
import { Prisma } from "../generated/prisma/client";
import { attackSource, claimSource, DEFAULT_FACT_MODE, type FactMode, type ReviewState } from "./fact-mode";
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

/** A claim as the reader's side panel and `/api/articles/<id>/claims` show it, in a fact mode. */
export interface ArticleClaim {
  /** FighterClaim id; an analyst's added claim has the negated id of its add decision. */
  id: number;
  ordinal: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  claimant: string;
  claimantType: string;
  refersTo: string;
  section: string;
  quantityText: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** The words the machine found the claimant in; null for added claims and for a claimant an analyst changed. */
  claimantEvidenceText: string | null;
  /** The extraction rules that fired ([] for added claims). */
  rules: string[];
  /** Its review state in the mode it was read in ("unreviewed" throughout machine mode). */
  review: ReviewState;
  /** The standing decision behind `review`, if any. */
  decisionId: number | null;
}

/** An attack mention as the reader's side panel and `/api/articles/<id>/attacks` show it, in a fact mode. */
export interface ArticleAttack {
  /** AttackMention id; an added attack has the negated id of its add decision. */
  id: number;
  ordinal: number;
  type: string;
  triggerText: string;
  sentenceStart: number;
  sentenceEnd: number;
  review: ReviewState;
  decisionId: number | null;
}

/** The keyset condition and order on a source's `ordinal` (unique per article: added facts' start at ADDED_ORDINAL_BASE). */
function ordinalWindow(where: { ordinal?: { gt: number } | { lt: number } }, order: "asc" | "desc") {
  const o = where.ordinal;
  const cond = o === undefined ? Prisma.empty : "gt" in o ? Prisma.sql` WHERE f."ordinal" > ${o.gt}` : Prisma.sql` WHERE f."ordinal" < ${o.lt}`;
  return { cond, order: Prisma.raw(order === "asc" ? "ASC" : "DESC") };
}

/**
 * The reader's side panel of claims: what the claim says, who claims it and
 * why, no sentence (a link highlights it), in a fact mode (docs/review.md
 * "Modes"; fact-mode.ts's `claimSource` bound to the article, so a page reads
 * that article's facts and decisions only).
 */
export function listArticleClaims(prisma: PrismaClient, articleId: number, request: PageRequest = {}, mode: FactMode = DEFAULT_FACT_MODE) {
  const source = claimSource(mode, Prisma.sql`${articleId}`);
  return pageOf(
    request,
    (where, order, take) => {
      const w = ordinalWindow(where, order);
      return prisma.$queryRaw<ArticleClaim[]>`
        SELECT f."id", f."ordinal", f."low", f."high", f."qualifier", f."unit", f."claimant", f."claimantType", f."refersTo",
               f."section", f."quantityText", f."sentenceStart", f."sentenceEnd",
               CASE WHEN m."claimant" = f."claimant" THEN m."claimantEvidenceText" END AS "claimantEvidenceText",
               coalesce(m."rules", ARRAY[]::text[]) AS "rules", f."review", f."decisionId"
          FROM (${source}) f LEFT JOIN "FighterClaim" m ON m."id" = f."id"${w.cond}
         ORDER BY f."ordinal" ${w.order}
         LIMIT ${take}`;
    },
    async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${source}) f`)[0]?.n ?? 0,
  );
}

/** The reader's side panel of attack mentions, in a fact mode (as listArticleClaims). */
export function listArticleAttacks(prisma: PrismaClient, articleId: number, request: PageRequest = {}, mode: FactMode = DEFAULT_FACT_MODE) {
  const source = attackSource(mode, Prisma.sql`${articleId}`);
  return pageOf(
    request,
    (where, order, take) => {
      const w = ordinalWindow(where, order);
      return prisma.$queryRaw<ArticleAttack[]>`
        SELECT f."id", f."ordinal", f."type", f."triggerText", f."sentenceStart", f."sentenceEnd", f."review", f."decisionId"
          FROM (${source}) f${w.cond}
         ORDER BY f."ordinal" ${w.order}
         LIMIT ${take}`;
    },
    async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${source}) f`)[0]?.n ?? 0,
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
