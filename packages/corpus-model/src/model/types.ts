/**
 * The article model shared by every Framewatch package. Field names follow
 * docs/analysis-contract.md; anything added here keeps the contract's
 * meaning of the fields it already has.
 */

/** A half-open character range `[start, end)` in an article's cleaned `body`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers, so a reader can check it without the body. */
export interface Evidence extends Span {
  text: string;
}

/**
 * Where a metadata evidence string was found. Metadata often sits in page
 * furniture ("Source: Al Jazeera") that cleaning removes from `body`, so its
 * offsets may index the raw input instead.
 */
export type EvidenceOrigin = "body" | "raw" | "supplied";

export interface LocatedEvidence extends Evidence {
  /** Which text `start`/`end` index: the cleaned body, the raw input, or caller-supplied metadata (offsets 0/0). */
  origin: EvidenceOrigin;
}

/** Metadata a caller may already know (from a feed, a URL, a database); it wins over inference. */
export interface SuppliedMetadata {
  url?: string;
  title?: string;
  outlet?: string;
  /** ISO date, as many parts as known: "2020-02-10", "2017-12", "2018". */
  published?: string;
  /** The author line as supplied ("Jane Doe, John Roe"); wins over a byline found in the text. */
  byline?: string;
  /** Language code or name as supplied ("en", "ENGLISH"); kept with the article, not used by the extractors. */
  language?: string;
}

/** One input article before cleaning. */
export interface RawArticle {
  /** As given by the caller (a path, a URL, an id); printed back unchanged. */
  source: string;
  /** The raw text or HTML exactly as scraped. */
  raw: string;
  metadata?: SuppliedMetadata;
}

/** A piece of the raw input that cleaning dropped, kept so the UI can show what was removed and why. */
export interface RemovedFragment {
  /** Offsets into the raw input. */
  start: number;
  end: number;
  text: string;
  /** The rule that removed it, e.g. "widget", "template-placeholder", "duplicate-caption", "byline". */
  reason: string;
}

export interface CleanedArticle {
  title: string | null;
  /** Cleaned text; every fact's offsets index into this string. */
  body: string;
  byline: string | null;
  /** Dateline place ("BAGHDAD", "Al Qaim, Iraq") when the body opened with one. */
  dateline: string | null;
  removed: RemovedFragment[];
  /** "text" for plain scraped text, "html" when a readability pass extracted the article. */
  format: "text" | "html";
  /**
   * The page's text before furniture removal: the raw input for text, the
   * text Readability extracted for HTML. `removed` offsets index it.
   */
  pageText: string;
}

export interface Outlet {
  name: string;
  /** The words that named it, e.g. "told Diyaruna", "Source: Al Jazeera", "aljazeera.com". */
  evidence: string;
  /** Offsets of `evidence`; `origin` says which text they index. */
  span: LocatedEvidence;
}

export type DatePrecision = "day" | "month" | "year";

export interface PublishedDate {
  /** ISO with as many parts as the precision allows: "2020-02-10", "2017-12", "2018". */
  date: string;
  precision: DatePrecision;
  /** ISO day: the earliest day the article can have been published. */
  earliest: string;
  /** ISO day: the latest day the article can have been published. */
  latest: string;
  /** Human-readable reasoning: the phrases that fixed the interval. */
  evidence: string;
  /** The phrases behind `evidence`, each with offsets. */
  spans: LocatedEvidence[];
}

export const GROUP_TERMS = ["ISIS", "ISIL", "Daesh", "Islamic State", "IS"] as const;
export type GroupTerm = (typeof GROUP_TERMS)[number];
export type GroupTermCounts = Record<GroupTerm, number>;

export const QUALIFIERS = [
  "exact",
  "about",
  "at_least",
  "more_than",
  "at_most",
  "fewer_than",
  "up_to",
  "between",
  "vague",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CLAIMANT_TYPES = [
  "un",
  "us_coalition",
  "iraqi_gov_military",
  "iraqi_militia_pmu",
  "kurdish",
  "syrian_gov",
  "analyst",
  "local_official",
  "isis",
  "media_other",
  "unknown",
] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];

export const REFERENTS = [
  "remaining",
  "fled",
  "crossed",
  "killed",
  "joined",
  "in_city",
  "cell_size",
  "peak",
  "hypothetical",
  "other",
] as const;
export type Referent = (typeof REFERENTS)[number];

/** What a claim's bounds count: people, or a share of them ("40 per cent of the fighters"). */
export const CLAIM_UNITS = ["people", "percent"] as const;
export type ClaimUnit = (typeof CLAIM_UNITS)[number];

/** A number of people on the militant side, as the contract defines it. */
export interface FighterClaim {
  /** Lower bound; null where open-ended ("fewer than 1,000"). */
  low: number | null;
  /** Upper bound; null where open-ended ("at least 700"). */
  high: number | null;
  qualifier: Qualifier;
  unit: ClaimUnit;
  /** Who asserts the number, as named in the text ("the US-led coalition"). */
  claimant: string;
  claimantType: ClaimantType;
  refersTo: Referent;
  /**
   * Where the claim was read: the article's `body` or its headline
   * (`title`). `text`, `start`, `end` and `quantity` index that string.
   */
  section: "body" | "title";
  /** The sentence the claim came from; `start`/`end` are that sentence's offsets in its section. */
  text: string;
  start: number;
  end: number;
  /** The quantity exactly as written ("fewer than 1,000") with its offsets in its section. */
  quantity: Evidence;
  /**
   * The words naming the claimant, offsets in body; null when the text
   * names nobody (the outlet's own voice) or names them in the headline.
   */
  claimantEvidence: Evidence | null;
  /**
   * Ids of the rules that produced the claim, so the reader can say why it
   * was counted and why its claimant has its type: quantity and qualifier
   * rules, `noun:<rule>`, `referent:<rule>`, `claimant:<how the source was
   * found>` and `type:<why the source has its type>`.
   */
  rules: string[];
}

export const ATTACK_TYPES = [
  "assassination",
  "armed_assault",
  "bombing_explosion",
  "hijacking",
  "hostage_barricade",
  "kidnapping",
  "facility_infrastructure",
  "unarmed_assault",
  "unknown",
] as const;
export type AttackType = (typeof ATTACK_TYPES)[number];

/** One attack type mentioned in one sentence (one entry per sentence and type). */
export interface AttackMention {
  type: AttackType;
  /** The sentence; `start`/`end` are its offsets in body. */
  text: string;
  start: number;
  end: number;
  /** The words that triggered the type ("car bombs", "kidnapped") with offsets in body. */
  trigger: Evidence;
}

/** One counted framing signal: a lexicon hit or a sentence-level frame, with its evidence. */
export interface FramingSignal {
  /** The indicator family: "naming" | "actor_label" | "sourcing" | "threat" | "policy_frame" | "loaded_term". */
  dimension: FramingDimension;
  /** The category within the dimension, e.g. "Daesh", "terrorists", "resurgence", "Security and defense". */
  category: string;
  /** The id of the lexicon entry or rule that fired, so the UI can say why it was counted. */
  rule: string;
  /** The matched words with offsets in body. */
  match: Evidence;
  /** The sentence containing the match, with offsets in body. */
  sentence: Evidence;
}

export const FRAMING_DIMENSIONS = [
  "naming",
  "actor_label",
  "sourcing",
  "threat",
  "policy_frame",
  "loaded_term",
] as const;
export type FramingDimension = (typeof FRAMING_DIMENSIONS)[number];

/**
 * Per-article framing indicators. Counts are raw; `per1000Words` and shares
 * normalise them so outlets with long and short articles compare fairly.
 * Documented in docs/analysis-contract.md ("Framing").
 */
export interface Framing {
  wordCount: number;
  sentenceCount: number;
  /** Share of each group name among all group-name mentions (0..1); all 0 when none. */
  naming: { counts: Record<string, number>; shares: Record<string, number> };
  /** Actor labels ("militants", "terrorists"...): raw counts and per 1,000 words. */
  actorLabels: { counts: Record<string, number>; per1000Words: Record<string, number> };
  /** Who is quoted: attributed statements per claimant type. */
  sourcing: { counts: Partial<Record<ClaimantType, number>>; total: number };
  /** Resurgence vs defeat/control language; index = (resurgence - defeat) / (resurgence + defeat), in [-1, 1], 0 when neither. */
  threat: { resurgence: number; defeat: number; index: number };
  /** Sentences coded with each Policy Frames Codebook frame, and their share of the article's sentences. */
  policyFrames: { counts: Record<string, number>; shares: Record<string, number> };
  /** Loaded terms ("martyred", "terror", "liberation"): raw counts and per 1,000 words. */
  loadedTerms: { counts: Record<string, number>; per1000Words: Record<string, number> };
  /** Every signal behind the numbers above, with offsets. */
  signals: FramingSignal[];
}

/** Everything the corpus model extracts from one article. */
export interface ArticleAnalysis {
  source: string;
  title: string | null;
  body: string;
  outlet: Outlet | null;
  published: PublishedDate | null;
  groupTerms: GroupTermCounts;
  fighterClaims: FighterClaim[];
  attacks: AttackMention[];
  framing: Framing;
  /** What cleaning removed, with reasons (not printed by `analyze --json` unless asked). */
  removed: RemovedFragment[];
  byline: string | null;
  dateline: string | null;
  /** The extractor version that produced this analysis; bump EXTRACTOR_VERSION when rules change. */
  extractorVersion: string;
}

/** A statement the text attributes to someone ("..., X said", "according to X", "X told Y"). */
export interface Attribution {
  /** Index of the sentence in the article's sentence list. */
  sentenceIndex: number;
  /** The speaker as named (pronouns resolved to the last named speaker). */
  claimant: string;
  claimantType: ClaimantType;
  /** The words naming the speaker (or the pronoun that was resolved), offsets in body. */
  evidence: Evidence;
}
