import { addCounts, FIELD_MEASURES, MEASURES, NO_COUNTS, type Counts, type MeasureId } from "./measures";
import { precisionRecall, ratio, type Rates } from "./precision-recall";
import type { ArticleScore } from "./score-article";

/** One measure's summed counts and rates. */
export interface MeasureResult extends Counts, Rates {
  /**
   * For claimant type and referent only: the share of loosely matched claims
   * (claimsLoose.tp) that have the gold's value; null when none matched.
   */
  accuracy?: number | null;
}

export type MeasureTable = Record<MeasureId, MeasureResult>;

export interface ScoreGroup {
  /** Articles in the group (scored on at least one measure or not). */
  articles: number;
  measures: MeasureTable;
}

export interface EvalSummary {
  overall: ScoreGroup;
  /** Sorted by outlet name. */
  byOutlet: (ScoreGroup & { outlet: string })[];
  /** Sorted by version. */
  byExtractorVersion: (ScoreGroup & { extractorVersion: string })[];
}

/**
 * Micro-averages article scores: a measure's tp, fp and fn are summed over
 * the articles first and the rates computed once from the sums, so an
 * article with twenty claims weighs twenty times one with one, as when a
 * person counts claims right and wrong across the corpus.
 */
export function summariseScores(scores: readonly ArticleScore[]): EvalSummary {
  const groupBy = (key: (s: ArticleScore) => string) => {
    const groups = new Map<string, ArticleScore[]>();
    for (const s of scores) {
      const group = groups.get(key(s));
      if (group) group.push(s);
      else groups.set(key(s), [s]);
    }
    return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  return {
    overall: summariseGroup(scores),
    byOutlet: groupBy((s) => s.outlet).map(([outlet, group]) => ({ outlet, ...summariseGroup(group) })),
    byExtractorVersion: groupBy((s) => s.extractorVersion).map(([extractorVersion, group]) => ({ extractorVersion, ...summariseGroup(group) })),
  };
}

function summariseGroup(scores: readonly ArticleScore[]): ScoreGroup {
  const sum = (id: MeasureId) => scores.reduce((total, s) => addCounts(total, s.counts[id]), NO_COUNTS);
  const measures = Object.fromEntries(MEASURES.map(({ id }) => [id, { ...sum(id), ...precisionRecall(sum(id)) }])) as MeasureTable;
  const matched = measures.claimsLoose.tp;
  for (const id of FIELD_MEASURES) measures[id].accuracy = ratio(measures[id].tp, matched);
  return { articles: scores.length, measures };
}
