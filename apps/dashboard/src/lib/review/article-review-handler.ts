import type { PrismaClient } from "@framewatch/db";
import { listArticleReview } from "@framewatch/db/review";
import { withDatabase } from "@/lib/http/database-unavailable";
import { readArticleId } from "./read-article-id";

type Ctx = { params: Promise<{ id: string }> };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });
const noArticle = (id: string) => json({ error: `No article ${id.slice(0, 40)}.`, parameter: "id" }, 404);

/**
 * GET /api/articles/<id>/review: the article's claims and attacks with their review state (machine values, reviewed
 * values, status, the standing decision and who made it, the machine's confidence). Open to every reader, like the
 * article itself. No query parameters.
 */
export function articleReviewHandler({ prisma }: { prisma: () => PrismaClient }) {
  return withDatabase(async function GET(request: Request, ctx: Ctx) {
    const { id } = await ctx.params;
    const articleId = readArticleId(id);
    if (articleId === null) return noArticle(id);
    const unknown = [...new URL(request.url).searchParams.keys()][0];
    if (unknown !== undefined) return json({ error: `Unknown parameter "${unknown.slice(0, 40)}": this API takes none.`, parameter: unknown.slice(0, 40) }, 400);
    const review = await listArticleReview(prisma(), articleId);
    return review ? json(review) : noArticle(id);
  });
}
