import { db } from "@/lib/db";
import { articleReviewHandler } from "@/lib/review/article-review-handler";

export const dynamic = "force-dynamic";

/** GET /api/articles/<id>/review: the article's facts with their review state (lib/review/article-review-handler.ts). */
export const GET = articleReviewHandler({ prisma: db });
