import { GROUP_TERMS, type GroupTermCounts } from "../model/types";
import { findGroupTerms } from "./find-group-terms";

/**
 * Whole-word, case-sensitive counts of the five group names, as the analysis
 * contract defines them (see group-term-lexicon.ts for the exact rules).
 */
export function countGroupTerms(body: string): GroupTermCounts {
  const counts = Object.fromEntries(GROUP_TERMS.map((t) => [t, 0])) as GroupTermCounts;
  for (const m of findGroupTerms(body)) counts[m.term]++;
  return counts;
}
