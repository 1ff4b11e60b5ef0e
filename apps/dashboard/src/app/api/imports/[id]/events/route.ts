import { withDatabase } from "@/lib/http/database-unavailable";
import { createImportEventsHandler } from "@/lib/imports/import-events-handler";
import { importPool } from "@/lib/imports/import-pool";

export const dynamic = "force-dynamic";

const handler = createImportEventsHandler({ pool: importPool });

/** GET /api/imports/[id]/events: Server-Sent Events with a run's progress and outcomes (lib/imports/import-events-handler.ts). */
export const GET = withDatabase(async (request: Request, { params }: { params: Promise<{ id: string }> }) => handler(request, (await params).id));
