import { loadClaim } from "@/lib/cached-queries";
import { withDatabase } from "@/lib/http/database-unavailable";
import { factsParsers } from "@/lib/view-state";

export const dynamic = "force-dynamic";

/**
 * GET /api/claims/<id>[?facts=]: one claim with its sentence (the timeline's
 * tooltip asks for it); a negative id is an analyst's added claim. In the
 * default `applied` mode a rejected claim is not found; `facts=machine` finds it.
 */
export const GET = withDatabase(async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const factsText = new URL(request.url).searchParams.get("facts");
  const facts = factsText === null ? factsParsers.facts.defaultValue : factsParsers.facts.parse(factsText);
  if (facts === null) return Response.json({ error: `Invalid value for "facts": "${factsText}" (applied, machine or reviewed).`, parameter: "facts" }, { status: 400 });
  const n = /^-?\d{1,9}$/.test(id) ? Number(id) : null;
  const claim = n === null ? null : await loadClaim(n, facts);
  if (!claim) return Response.json({ error: `No claim ${id}.`, parameter: "id" }, { status: 404 });
  return Response.json(claim, { headers: { "cache-control": "no-store" } });
});
