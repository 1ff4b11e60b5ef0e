import { db } from "@/lib/db";
import { reviewQueueHandler } from "@/lib/review/review-queue-handler";

export const dynamic = "force-dynamic";

/** GET /api/review/queue: facts waiting for review, least certain first (lib/review/review-queue-handler.ts). */
export const GET = reviewQueueHandler({ prisma: db });
