import type { LocatedEvidence } from "../model/types";

/**
 * One thing the text says about when it was published, as a test on a
 * candidate publication day. Constraints are applied in priority order; one
 * that would leave no candidate day contradicts stronger evidence and is
 * skipped.
 */
export interface DateConstraint {
  /** Rule id, e.g. "full-date-past", "event:iraq-victory-declared". */
  id: string;
  /** Lower runs first: direct statements before conventions and guesses. */
  priority: number;
  /** Human-readable reason, naming the phrase. */
  description: string;
  test: (day: number) => boolean;
  spans: LocatedEvidence[];
}

/** Priorities, strongest first. */
export const PRIORITY = {
  pageUrl: 2,
  ledeWeekdayDate: 10,
  explicitDate: 20,
  anchoredRelative: 30,
  event: 40,
  officeTerm: 50,
  pendingEvent: 60,
  weekdayDate: 70,
  sameYearConvention: 80,
  season: 90,
  monthOrdering: 95,
  futureDate: 100,
  horizon: 200,
} as const;
