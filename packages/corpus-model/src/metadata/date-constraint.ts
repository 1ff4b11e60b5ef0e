import type { LocatedEvidence } from "../model/types";
import type { DaySet } from "./day-set";

/**
 * One thing the text says about when it was published, as the publication
 * days it allows. Constraints are applied in priority order; one
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
  /** The publication days the statement allows. */
  days: DaySet;
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
