import type { PrismaClient } from "@framewatch/db";
import { listArticleHistory, MAX_HISTORY_PAGE_SIZE } from "@framewatch/db/review";
import { withDatabase } from "@/lib/http/database-unavailable";
import { readArticleId } from "./read-article-id";

type Ctx = { params: Promise<{ id: string }> };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });
const noArticle = (id: string) => json({ error: `No article ${id.slice(0, 40)}.`, parameter: "id" }, 404);

/**
 * GET /api/articles/<id>/history?limit&before: every decision on the article, newest first; `before` is the
 * previous page's `next` (a decision id). Open to every reader.
 */
export function articleHistoryHandler({ prisma }: { prisma: () => PrismaClient }) {
  return withDatabase(async function GET(request: Request, ctx: Ctx) {
    const { id } = await ctx.params;
    const articleId = readArticleId(id);
    if (articleId === null) return noArticle(id);
    const params = new URL(request.url).searchParams;
    let limit: number | undefined;
    let before: number | null = null;
    for (const [key, value] of params) {
      if (key === "limit") {
        if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_HISTORY_PAGE_SIZE) {
          return json({ error: `limit must be a whole number from 1 to ${MAX_HISTORY_PAGE_SIZE}.`, parameter: "limit" }, 400);
        }
        limit = Number(value);
      } else if (key === "before") {
        if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) return json({ error: "before must be a decision id (a previous page's next).", parameter: "before" }, 400);
        before = Number(value);
      } else return json({ error: `Unknown parameter "${key.slice(0, 40)}". Allowed: limit, before.`, parameter: key.slice(0, 40) }, 400);
    }
    const exists = await prisma().article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!exists) return noArticle(id);
    return json(await listArticleHistory(prisma(), articleId, { limit, before }));
  });
}
