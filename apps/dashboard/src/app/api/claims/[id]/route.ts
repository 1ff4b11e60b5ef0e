import { loadClaim } from "@/lib/cached-queries";
import { withDatabase } from "@/lib/http/database-unavailable";

export const dynamic = "force-dynamic";

/** GET /api/claims/<id>: one claim with its sentence (the timeline's tooltip asks for it). */
export const GET = withDatabase(async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const n = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const claim = n === null ? null : await loadClaim(n);
  if (!claim) return Response.json({ error: `No claim ${id}.`, parameter: "id" }, { status: 404 });
  return Response.json(claim, { headers: { "cache-control": "no-store" } });
});
