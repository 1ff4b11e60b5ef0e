import { authorizeWrite } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { runDeletionHandler } from "@/lib/imports/run-deletion-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/imports/<id>/deletion: what deleting the run's articles removes. POST {"confirm": <article count>}:
 * deletes them (admins only). The checks and answers are in lib/imports/run-deletion-handler.ts.
 */
const handler = runDeletionHandler({ prisma: db, authorize: (request) => authorizeWrite(request, "admin") });
export const GET = handler.GET;
export const POST = handler.POST;
