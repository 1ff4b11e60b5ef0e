import { db } from "@/lib/db";
import { qualityHandler } from "@/lib/quality/quality-handler";

export const dynamic = "force-dynamic";

/** GET /api/quality: the machine measured against the reviews (lib/quality/quality-handler.ts). */
export const GET = qualityHandler({ prisma: db });
