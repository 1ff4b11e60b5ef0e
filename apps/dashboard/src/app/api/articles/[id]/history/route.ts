import { db } from "@/lib/db";
import { articleHistoryHandler } from "@/lib/review/article-history-handler";

export const dynamic = "force-dynamic";

/** GET /api/articles/<id>/history?limit&before: every review decision on the article, newest first. */
export const GET = articleHistoryHandler({ prisma: db });
