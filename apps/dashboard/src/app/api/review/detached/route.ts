import { authorizeWrite } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { closeDetachedHandler } from "@/lib/review/close-detached-handler";
import { detachedDecisionsHandler } from "@/lib/review/detached-decisions-handler";

export const dynamic = "force-dynamic";

/** GET /api/review/detached: decisions for a second look (lib/review/detached-decisions-handler.ts). */
export const GET = detachedDecisionsHandler({ prisma: db });

/** POST /api/review/detached: an editor closes one (lib/review/close-detached-handler.ts). */
export const POST = closeDetachedHandler({ prisma: db, authorize: (request) => authorizeWrite(request, "editor") });
