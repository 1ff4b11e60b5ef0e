import type { LocatedEvidence } from "../model/types";
import { FIRST_DAY, LAST_DAY } from "./calendar";
import { PRIORITY, type DateConstraint } from "./date-constraint";
import { daysBetween, intersectDays } from "./day-set";

export interface DateSolution {
  earliest: number;
  latest: number;
  /** Constraints that narrowed the candidate days, in the order applied. */
  used: DateConstraint[];
  /** Constraints skipped because they contradicted stronger ones. */
  skipped: DateConstraint[];
}

/** How long after the earliest possible day an article can still be, absent any later bound. */
export const HORIZON_DAYS = 730;

/** Every day publication is searched in. */
const WINDOW = daysBetween(FIRST_DAY, LAST_DAY);

/**
 * Intersects the constraints' days within the window, strongest first; a
 * constraint that would leave nothing is skipped. When the survivors form
 * several separate runs (a weekday fits more than one year), the earliest
 * run is kept: articles are dated by the freshest events they mention.
 */
export function solveDateConstraints(constraints: readonly DateConstraint[]): DateSolution | null {
  if (constraints.length === 0) return null;
  let alive = WINDOW;
  const used: DateConstraint[] = [];
  const skipped: DateConstraint[] = [];
  const sorted = [...constraints].sort((a, b) => a.priority - b.priority);

  const apply = (c: DateConstraint) => {
    const kept = intersectDays(alive, c.days);
    if (kept.size === 0) {
      skipped.push(c);
      return;
    }
    // The intersection is a subset, so the same size means nothing was ruled out.
    if (kept.size === alive.size) return;
    alive = kept;
    used.push(c);
  };

  for (const c of sorted) apply(c);
  if (used.length === 0) return null;

  const lowest = alive.bounds[0]!;
  const horizonSpan: LocatedEvidence[] = [];
  apply({
    id: "horizon",
    priority: PRIORITY.horizon,
    description: `nothing bounds it later: assumed within ${HORIZON_DAYS / 365} years of the earliest possible day`,
    days: daysBetween(-Infinity, lowest + HORIZON_DAYS),
    spans: horizonSpan,
  });

  // Keep the first run of candidate days (runs closer than a month are one run).
  const b = alive.bounds;
  let end = b[1]!;
  for (let i = 2; i < b.length && b[i]! - end <= 31; i += 2) end = b[i + 1]!;
  return { earliest: b[0]!, latest: end, used, skipped };
}
