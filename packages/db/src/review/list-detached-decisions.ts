import type { PrismaClient } from "../client";
import { HISTORY_PAGE_SIZE, MAX_HISTORY_PAGE_SIZE, type HistoryPage } from "./list-article-history";
import { toDecisionView } from "./to-decision-view";

/**
 * The decisions a re-analysis could not re-attach and nobody has decided on
 * since (not superseded): "for a second look", newest first, in keyset pages
 * like the history; all articles, or one.
 */
export async function listDetachedDecisions(prisma: PrismaClient, page: { articleId?: number; limit?: number; before?: number | null } = {}): Promise<HistoryPage> {
  const limit = Math.min(Math.max(1, page.limit ?? HISTORY_PAGE_SIZE), MAX_HISTORY_PAGE_SIZE);
  const rows = await prisma.reviewDecision.findMany({
    where: {
      detachedAt: { not: null },
      supersededById: null,
      ...(page.articleId != null ? { articleId: page.articleId } : {}),
      ...(page.before != null ? { id: { lt: page.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const items = rows.slice(0, limit).map(toDecisionView);
  return { items, next: rows.length > limit ? items[items.length - 1]!.id : null };
}
