import { loadArticleAttacks, loadArticleClaims, loadArticleSignals } from "@/lib/cached-queries";
import { articleFactsHandler } from "@/lib/review/article-facts-handler";

export const dynamic = "force-dynamic";

/** GET /api/articles/<id>/<claims|attacks|signals>?facts&limit&cursor (lib/review/article-facts-handler.ts). */
export const GET = articleFactsHandler({ claims: loadArticleClaims, attacks: loadArticleAttacks, signals: loadArticleSignals });
