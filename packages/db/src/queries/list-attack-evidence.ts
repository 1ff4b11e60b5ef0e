import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { attackSource, DEFAULT_FACT_MODE, OUTER_ARTICLE, reviewedArticles, type FactMode } from "./fact-mode";
import { articleCondition, UNKNOWN_OUTLET_ID, type Filters } from "./filters";
import { listEvidence, type EvidenceList } from "./list-framing-evidence";
import type { PageRequest } from "./pagination";

/**
 * The attack mentions behind one heatmap cell (outlet x GTD attack type) in a
 * fact mode, a page at a time; `total` counts them all and equals the
 * matrix's number (the rollups', corrected for the reviewed articles as
 * getAttackMatrix does). Each item says its review state.
 */
export async function listAttackEvidence(
  prisma: PrismaClient,
  filters: Filters,
  query: PageRequest & { outletId: number; type: string },
  mode: FactMode = DEFAULT_FACT_MODE,
): Promise<EvidenceList> {
  const [list, before, after] = await Promise.all([
    listEvidence(prisma, filters, query, {
      select: Prisma.sql`x."type" AS category, 'attack.' || x."type" AS rule, x."triggerText" AS "matchText", x."triggerStart" AS "matchStart", x."triggerEnd" AS "matchEnd", x."review"`,
      // LATERAL: bound to each article the list reads (see claimSource).
      from: Prisma.sql`LATERAL (${attackSource(mode, OUTER_ARTICLE)})`,
      // Reviewed mode: only articles holding a decision can have any (spares walking the outlet's others).
      where: mode === "reviewed" ? Prisma.sql`x."type" = ${query.type} AND a."id" IN (${reviewedArticles("attack")})` : Prisma.sql`x."type" = ${query.type}`,
      total: mode === "reviewed" ? Prisma.sql`FALSE` : Prisma.sql`c."kind" = 'attack' AND c."key" = ${query.type}`,
    }),
    mode === "applied" ? countReviewedArticleMentions(prisma, filters, query, "machine") : 0,
    mode === "machine" ? 0 : countReviewedArticleMentions(prisma, filters, query, mode),
  ]);
  return { ...list, total: list.total - before + after };
}

async function countReviewedArticleMentions(prisma: PrismaClient, filters: Filters, query: { outletId: number; type: string }, mode: FactMode): Promise<number> {
  const outlet = { ...filters, outletIds: [query.outletId === UNKNOWN_OUTLET_ID ? UNKNOWN_OUTLET_ID : query.outletId] };
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Article" a CROSS JOIN LATERAL (${attackSource(mode, OUTER_ARTICLE)}) m
     WHERE a."id" IN (${reviewedArticles("attack")}) AND ${articleCondition(outlet)} AND m."type" = ${query.type}`;
  return row?.n ?? 0;
}
