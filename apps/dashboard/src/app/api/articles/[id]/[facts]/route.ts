import { loadArticleAttacks, loadArticleClaims, loadArticleSignals } from "@/lib/cached-queries";
import { validateListParams } from "@/lib/share/api-params";
import { withDatabase } from "@/lib/http/database-unavailable";

export const dynamic = "force-dynamic";

const LOADERS = { claims: loadArticleClaims, attacks: loadArticleAttacks, signals: loadArticleSignals } as const;

/**
 * GET /api/articles/<id>/<claims|attacks|signals>?limit&cursor: one
 * article's facts of one kind in text order (the reader's side panels).
 * Offsets index the article body; `limit` defaults to 50, at most 200.
 */
export const GET = withDatabase(async function GET(request: Request, ctx: { params: Promise<{ id: string; facts: string }> }) {
  const { id, facts } = await ctx.params;
  if (!/^\d{1,9}$/.test(id)) return Response.json({ error: `No article ${id}.`, parameter: "id" }, { status: 404 });
  if (!(facts in LOADERS)) return Response.json({ error: `Unknown list "${facts}": claims, attacks or signals.`, parameter: "facts" }, { status: 404 });
  const checked = validateListParams("article", new URL(request.url).searchParams, { allowed: [] });
  if (!checked.ok) return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
  const list = await LOADERS[facts as keyof typeof LOADERS](Number(id), checked.page);
  return Response.json(list, { headers: { "cache-control": "no-store" } });
});
