import type { Evidence, Span } from "../model/types";

/**
 * The grammatical shape that made a stretch of text attributed. Kept as a
 * closed list so the reader can say how a claim got its source.
 */
export type FramePattern =
  /** "according to X" */
  | "according-to"
  /** "…, said X" */
  | "inverted"
  /** "X said (that) …", "…, X said", "X estimates …" */
  | "subject"
  /** "…, citing X": the cited source, relayed by the subject of the frame it follows */
  | "citing"
  /** "X quoted Y as saying" */
  | "quoted-as"
  /** "X's estimate", "estimates by X", "in X's words": a source named inside a noun phrase */
  | "source-phrase"
  /** "is believed to", "is estimated at": a passive that names nobody */
  | "passive"
  /** "Sheikh Jaafar: Our information says …": the speaker label of an interview transcript, for its whole paragraph */
  | "label";

/** One place where the text says who asserts something. */
export interface ReportingFrame {
  sentenceIndex: number;
  pattern: FramePattern;
  /** Words naming the speaker, offsets in body; empty (start = end) for passives. */
  speaker: Evidence;
  /** Appositive or descriptive words near the speaker ("a spokesman for the Peshmerga"). */
  context: string;
  /** The reporting words ("said", "according to", "is believed to"), offsets in body. */
  cue: Evidence;
  /**
   * The part of the sentence whose content the frame attributes, offsets in
   * body: after the verb for "X said that …", before the speaker for "…, X
   * said". A number is credited to the innermost frame whose scope holds it.
   */
  scope: Span;
  /** For "…, citing X" and "Y quoted X as saying": the outlet or agency that relays X (Y). */
  relay?: Evidence;
}
