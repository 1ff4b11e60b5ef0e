import type { LocatedEvidence } from "../model/types";
import { FIRST_DAY, LAST_DAY } from "./calendar";
import { PRIORITY, type DateConstraint } from "./date-constraint";

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

/**
 * Intersects the constraints over every candidate day, strongest first; a
 * constraint that would leave nothing is skipped. When the survivors form
 * several separate runs (a weekday fits more than one year), the earliest
 * run is kept: articles are dated by the freshest events they mention.
 */
export function solveDateConstraints(constraints: readonly DateConstraint[]): DateSolution | null {
  if (constraints.length === 0) return null;
  const size = LAST_DAY - FIRST_DAY + 1;
  // The candidates are kept as an ascending list of day offsets rather than
  // a flag per day of the window: once the first constraints have narrowed
  // it, later ones only visit the days still alive (each apply used to scan
  // all ~13,000 days of the window).
  let alive = new Int32Array(size);
  let next = new Int32Array(size);
  for (let i = 0; i < size; i++) alive[i] = i;
  let count = size;
  const used: DateConstraint[] = [];
  const skipped: DateConstraint[] = [];
  const sorted = [...constraints].sort((a, b) => a.priority - b.priority);

  const apply = (c: DateConstraint) => {
    let kept = 0;
    for (let j = 0; j < count; j++) {
      const i = alive[j]!;
      if (c.test(FIRST_DAY + i)) next[kept++] = i;
    }
    if (kept === 0) {
      skipped.push(c);
      return;
    }
    if (kept === count) return;
    [alive, next] = [next, alive];
    count = kept;
    used.push(c);
  };

  for (const c of sorted) apply(c);
  if (used.length === 0) return null;

  const lowest = alive[0]! + FIRST_DAY;
  const horizonSpan: LocatedEvidence[] = [];
  apply({
    id: "horizon",
    priority: PRIORITY.horizon,
    description: `nothing bounds it later: assumed within ${HORIZON_DAYS / 365} years of the earliest possible day`,
    test: (d) => d <= lowest + HORIZON_DAYS,
    spans: horizonSpan,
  });

  // Keep the first run of candidate days (runs closer than a month are one run).
  const start = alive[0]!;
  let end = start;
  for (let j = 1; j < count; j++) {
    const i = alive[j]!;
    if (i - end > 31) break;
    end = i;
  }
  return { earliest: FIRST_DAY + start, latest: FIRST_DAY + end, used, skipped };
}
