import { db } from "@/lib/db";
import { detachedDecisionsHandler } from "@/lib/review/detached-decisions-handler";

export const dynamic = "force-dynamic";

/** GET /api/review/detached: decisions for a second look (lib/review/detached-decisions-handler.ts). */
export const GET = detachedDecisionsHandler({ prisma: db });
