import { authorizeWrite } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { recordReviewHandler } from "@/lib/review/record-review-handler";

export const dynamic = "force-dynamic";

/** POST /api/reviews: an editor records one review decision (lib/review/record-review-handler.ts). */
export const POST = recordReviewHandler({ prisma: db, authorize: (request) => authorizeWrite(request, "editor") });
