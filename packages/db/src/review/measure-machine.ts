import { scoreArticle, summariseScores, type ArticleScore, type EvalSummary } from "@framewatch/corpus-model/eval";
import type { PrismaClient } from "../client";
import { walkReviewedArticles } from "./walk-reviewed-articles";

/** Reviewed articles the Quality page reads at most: reviews are few, but the page must stay bounded. */
export const MAX_MEASURED_ARTICLES = 5000;
/** Outlets listed at most (those with the most measured articles); the overall figures count every one. */
export const MAX_OUTLET_GROUPS = 200;

export interface MachineQuality extends EvalSummary {
  /** Articles with a standing decision that were read, of which `measured` have a complete list (the figures rest on these). */
  reviewedArticles: number;
  measuredArticles: number;
  /** Reviewed, but with no complete list: left out of every figure. */
  incompleteArticles: number;
  /** Measured articles whose claims (attacks) list is complete: the articles the claim (attack type) measures count. */
  claimsComplete: number;
  attacksComplete: number;
  /** More reviewed articles exist than MAX_MEASURED_ARTICLES: the figures rest on the first ones by article id. */
  truncated: boolean;
  /** Outlets left out of byOutlet (beyond MAX_OUTLET_GROUPS). */
  outletsOmitted: number;
}

/**
 * The machine's precision, recall and F1 against the analysts' reviews: the gold the reviews make
 * (buildReviewedGold, the same `corpus export --reviewed` writes) scored against the stored machine facts with
 * corpus-model's scorer (`corpus eval`'s), overall, per outlet and per extractor version. Dates are not measured:
 * reviews do not correct them.
 */
export async function measureMachine(prisma: PrismaClient, options: { maxArticles?: number } = {}): Promise<MachineQuality> {
  const { articles, state } = walkReviewedArticles(prisma, { maxArticles: options.maxArticles ?? MAX_MEASURED_ARTICLES });
  const scores: ArticleScore[] = [];
  let reviewed = 0;
  let claimsComplete = 0;
  let attacksComplete = 0;
  for await (const a of articles) {
    reviewed += 1;
    if (!a.gold) continue;
    if (a.claims === "complete") claimsComplete += 1;
    if (a.attacks === "complete") attacksComplete += 1;
    // The differences are for a reader of one article; the page shows sums, so they are not kept.
    scores.push({ ...scoreArticle(a.gold, a.machine), differences: [], unanchored: [] });
  }
  const summary = summariseScores(scores);
  const byOutlet = [...summary.byOutlet].sort((x, y) => y.articles - x.articles || (x.outlet < y.outlet ? -1 : 1)).slice(0, MAX_OUTLET_GROUPS);
  const kept = new Set(byOutlet);
  return {
    ...summary,
    byOutlet: summary.byOutlet.filter((g) => kept.has(g)),
    reviewedArticles: reviewed,
    measuredArticles: scores.length,
    incompleteArticles: reviewed - scores.length,
    claimsComplete,
    attacksComplete,
    truncated: state.truncated,
    outletsOmitted: summary.byOutlet.length - byOutlet.length,
  };
}
