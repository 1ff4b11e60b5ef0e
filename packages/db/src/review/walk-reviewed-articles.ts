import type { PrismaClient } from "../client";
import type { ReviewedArticle } from "./build-reviewed-gold";
import { listReviewedArticles } from "./list-reviewed-articles";

/**
 * Every reviewed article (listReviewedArticles), page after page in article id order, up to `maxArticles`
 * (all when not given); `truncated` tells afterwards whether some were left unread.
 */
export function walkReviewedArticles(prisma: PrismaClient, options: { maxArticles?: number } = {}) {
  const state = { truncated: false };
  async function* walk(): AsyncGenerator<ReviewedArticle> {
    let after: number | null = null;
    let read = 0;
    for (;;) {
      const room = options.maxArticles === undefined ? undefined : options.maxArticles - read;
      if (room !== undefined && room <= 0) {
        state.truncated = (await listReviewedArticles(prisma, { after, limit: 1 })).items.length > 0;
        return;
      }
      const page = await listReviewedArticles(prisma, { after, limit: room });
      for (const item of page.items) yield item;
      read += page.items.length;
      if (page.next === null) return;
      after = page.next;
    }
  }
  return { articles: walk(), state };
}
