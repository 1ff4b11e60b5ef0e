import { withDatabase } from "@/lib/http/database-unavailable";
import { adminOutletHandlers } from "@/lib/outlets/admin-outlet-handlers";

export const dynamic = "force-dynamic";

/** POST /api/outlets/merge {"from", "into", "confirm"}: an admin merges one outlet into another (lib/outlets/outlet-handlers.ts). */
export const POST = withDatabase(async function POST(request: Request) {
  return adminOutletHandlers.merge(request);
});
