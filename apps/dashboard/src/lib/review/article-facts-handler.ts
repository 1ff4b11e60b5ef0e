import { DEFAULT_FACT_MODE, FACT_MODES, type ArticleAttackPage, type ArticleClaimPage, type ArticleSignalPage, type FactMode, type PageRequest } from "@framewatch/db/queries";
import { withDatabase } from "@/lib/http/database-unavailable";
import { validateListParams } from "@/lib/share/api-params";

/** How the lists are read (the route passes the cached loaders, tests the queries). Signals are not reviewable: no mode. */
export interface ArticleFactLoaders {
  claims: (id: number, page: PageRequest, mode: FactMode) => Promise<ArticleClaimPage>;
  attacks: (id: number, page: PageRequest, mode: FactMode) => Promise<ArticleAttackPage>;
  signals: (id: number, page: PageRequest) => Promise<ArticleSignalPage>;
}

/**
 * GET /api/articles/<id>/<claims|attacks|signals>?facts&limit&cursor: one
 * article's facts of one kind in text order (the reader's side panels), added
 * facts after the machine's. Claims and attacks take `facts` = `applied`
 * (default) | `machine` | `reviewed` like every other API and say each item's
 * `review` state; signals take no mode. Offsets index the article body;
 * `limit` defaults to 50, at most 200. Anything else is a 400 naming the
 * parameter.
 */
export function articleFactsHandler(load: ArticleFactLoaders) {
  return withDatabase(async function GET(request: Request, ctx: { params: Promise<{ id: string; facts: string }> }) {
    const { id, facts } = await ctx.params;
    if (!/^\d{1,9}$/.test(id)) return Response.json({ error: `No article ${id}.`, parameter: "id" }, { status: 404 });
    if (facts !== "signals" && facts !== "claims" && facts !== "attacks") return Response.json({ error: `Unknown list "${facts}": claims, attacks or signals.`, parameter: "facts" }, { status: 404 });
    const params = new URLSearchParams(new URL(request.url).searchParams);
    let mode: FactMode = DEFAULT_FACT_MODE;
    if (facts !== "signals" && params.has("facts")) {
      const text = params.get("facts")!;
      if (!(FACT_MODES as readonly string[]).includes(text) || params.getAll("facts").length > 1) {
        return Response.json({ error: `Invalid value for "facts": "${text.slice(0, 40)}" (${FACT_MODES.join(", ")}).`, parameter: "facts" }, { status: 400 });
      }
      mode = text as FactMode;
      params.delete("facts");
    }
    const checked = validateListParams("article", params, { allowed: [] });
    if (!checked.ok) return Response.json({ error: checked.error, parameter: checked.parameter }, { status: checked.status });
    const page = checked.page;
    const articleId = Number(id);
    const list = facts === "signals" ? await load.signals(articleId, page) : await load[facts as "claims" | "attacks"](articleId, page, mode);
    return Response.json(list, { headers: { "cache-control": "no-store" } });
  });
}
