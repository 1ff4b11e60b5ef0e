import type { AttackType, DatePrecision, FighterClaim } from "../model/types";

/** A claim as the scoring needs it: what `analyze --json` prints and the FighterClaim table holds. */
export type MachineClaim = Pick<FighterClaim, "low" | "high" | "qualifier" | "unit" | "claimant" | "claimantType" | "refersTo" | "section" | "quantity">;

/**
 * The machine's analysis of one article, as far as scoring reads it. A
 * contract object (`toContractJson`) is one; so is an article rebuilt from
 * the database's rows.
 */
export interface MachineArticle {
  source: string;
  /** The headline and body the machine's offsets index; gold anchors are checked against them. */
  title: string | null;
  body: string;
  outlet: { name: string } | null;
  published: { date: string; precision: DatePrecision } | null;
  fighterClaims: MachineClaim[];
  attacks: { type: AttackType }[];
  /** The extractor version that produced the facts, for per-version figures. */
  extractorVersion: string;
}
