import type { PrismaClient } from "../client";
import type { ReviewDecisionView } from "./review-types";
import { toDecisionView } from "./to-decision-view";

export const HISTORY_PAGE_SIZE = 50;
export const MAX_HISTORY_PAGE_SIZE = 200;

export interface HistoryPage {
  items: ReviewDecisionView[];
  /** Pass as `before` for the next (older) page; null on the last. */
  next: number | null;
}

/**
 * Every decision on an article, superseded and detached ones included, newest
 * first, in keyset pages: `before` is the id the previous page ended at
 * (ids only grow, so a page never repeats or skips a decision, even while others are recorded).
 */
export async function listArticleHistory(prisma: PrismaClient, articleId: number, page: { limit?: number; before?: number | null } = {}): Promise<HistoryPage> {
  const limit = Math.min(Math.max(1, page.limit ?? HISTORY_PAGE_SIZE), MAX_HISTORY_PAGE_SIZE);
  const rows = await prisma.reviewDecision.findMany({
    where: { articleId, ...(page.before != null ? { id: { lt: page.before } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const items = rows.slice(0, limit).map(toDecisionView);
  return { items, next: rows.length > limit ? items[items.length - 1]!.id : null };
}
