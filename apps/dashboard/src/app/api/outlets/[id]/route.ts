import { withDatabase } from "@/lib/http/database-unavailable";
import { adminOutletHandlers } from "@/lib/outlets/admin-outlet-handlers";

export const dynamic = "force-dynamic";

/** POST /api/outlets/<id> {"name": "New name"}: an admin renames an outlet (lib/outlets/outlet-handlers.ts). Other methods: 405 from the proxy. */
export const POST = withDatabase(async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return adminOutletHandlers.rename(request, id);
});
