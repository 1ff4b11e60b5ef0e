import type { RejectReason, ReviewAction, ReviewFactKind } from "@framewatch/corpus-model/review";

/** Who decided, as Better Auth knows them at the time (a snapshot is stored with the decision). */
export interface Reviewer {
  id: string;
  name: string;
  email: string;
}

/** Where a fact sits: what re-analysis matches on. Offsets index the section ("body", or "title" for headline claims). */
export interface ReviewAnchor {
  section: "body" | "title";
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
  sentenceHash: string;
  /** The quantity (claims) or trigger (attacks). */
  anchorStart: number;
  anchorEnd: number;
  anchorText: string;
}

/** One stored decision, as the history and the review state show it. */
export interface ReviewDecisionView {
  id: number;
  articleId: number;
  kind: ReviewFactKind;
  /** `close`: an editor dealt with a detached decision (closeDetachedDecision); about no fact. */
  action: ReviewAction | "close";
  reason: RejectReason | null;
  note: string | null;
  /** The machine fact it is attached to now (null for added facts, detached decisions, and facts replaced since). */
  claimId: number | null;
  attackId: number | null;
  /** For decisions about an added fact: the add decision that introduced it. */
  addedId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Name only: the email stored with the decision is for the audit in the database, not for the open read routes. */
  user: Pick<Reviewer, "id" | "name">;
  createdAt: string;
  extractorVersion: string;
  anchor: ReviewAnchor;
  supersededById: number | null;
  detachedAt: string | null;
}
