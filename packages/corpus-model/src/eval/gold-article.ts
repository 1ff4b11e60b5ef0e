import type { AttackType, ClaimantType, ClaimUnit, DatePrecision, Evidence, Qualifier, Referent } from "../model/types";

/** The value of a gold file's `format` field; a later, incompatible schema gets a new one. */
export const GOLD_FORMAT = "framewatch-gold/1";

/**
 * A fighter claim as a careful reader codes it. Field names and meanings are
 * the analysis contract's (docs/analysis-contract.md, "Claim"), so a claim of
 * `corpus analyze --json` is a valid gold claim once checked; fields the
 * contract adds (`rules`, `claimantEvidence`) are ignored.
 */
export interface GoldClaim {
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: ClaimUnit;
  /** Who asserts the number, as named in the text. Kept for the reader; only `claimantType` is scored. */
  claimant: string;
  claimantType: ClaimantType;
  refersTo: Referent;
  /** Which text the offsets index: the body (default) or the headline. */
  section?: "body" | "title";
  /**
   * The sentence and its offsets, optional: used to find the quantity again
   * when the body's cleaning changed since the gold was written.
   */
  text?: string;
  start?: number;
  end?: number;
  /** The quantity as written and its offsets in its section: what machine claims are matched on. */
  quantity: Evidence;
}

/** One attack type the article mentions, with the words that show it (contract "Attack"). */
export interface GoldAttack {
  type: AttackType;
  /** The sentence and its offsets in body, optional. */
  text?: string;
  start?: number;
  end?: number;
  /** The words that show the type ("car bomb", "kidnapped"), offsets in body. */
  trigger: Evidence;
}

export interface GoldDate {
  /** ISO with as many parts as `precision` says: "2020-02-10", "2017-12", "2018". */
  date: string;
  precision: DatePrecision;
}

/**
 * What a reader expects of one article. A list or field that is absent was
 * not annotated and is not scored for this article; a list that is present
 * is complete (every claim or attack type the article has), and
 * `published: null` says the page gives no date.
 */
export interface GoldArticle {
  /** The article's source as imported or analysed ("data/corpus/a.txt", "feed.jsonl:3"). */
  source: string;
  /**
   * The identity Framewatch stores (Article.sha256: of the file's bytes, or of a record's text and
   * metadata). When given it is what matches, wherever the file now lies; a file with the same
   * source and another hash has changed since it was annotated.
   */
  sha256?: string;
  /** The outlet the article counts under in per-outlet figures (the machine's otherwise). */
  outlet?: { name: string } | null;
  published?: GoldDate | null;
  fighterClaims?: GoldClaim[];
  attacks?: GoldAttack[];
}

export interface GoldFile {
  format: typeof GOLD_FORMAT;
  articles: GoldArticle[];
}
