import type { ClaimUnit } from "./types";

/**
 * One aggregated mark of the claims timeline: the claims of one colour group
 * (claimant type or outlet) and unit whose publication interval centres in
 * one time bin. The database computes it and the chart draws it, so the
 * shape lives here, the one package both read.
 */
export interface ClaimBin {
  /** "bin:<group>:<unit>:<start>". */
  id: string;
  /** A claimant type, or an outlet key ("0" = unknown), matching the chart's colour. */
  group: string;
  unit: ClaimUnit;
  /** First and last day of the bin (ISO, inclusive). */
  start: string;
  end: string;
  /** Claims in the bin. */
  count: number;
  /** Range of the numbers claimed (lowest low, highest high). */
  min: number;
  max: number;
  /** Mean of the claims' drawn values (where the linear scale puts the mark). */
  mean: number;
  /** Their geometric mean (where the log scale puts the mark); null when no value is above zero. */
  geoMean: number | null;
  /** Of `count`, the claims an analyst reviewed (accepted, corrected or added); absent or 0 when none. */
  reviewed?: number;
}
