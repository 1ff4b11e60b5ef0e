import type { RejectReason } from "@framewatch/corpus-model/review";
import type { ReviewDecision } from "../generated/prisma/client";
import type { ReviewAnchor, ReviewDecisionView } from "./review-types";

/** A ReviewDecision row as the API shows it. */
export function toDecisionView(d: ReviewDecision): ReviewDecisionView {
  return {
    id: d.id,
    articleId: d.articleId,
    kind: d.kind,
    action: d.action,
    reason: d.reason as RejectReason | null,
    note: d.note,
    claimId: d.claimId,
    attackId: d.attackId,
    addedId: d.addedId,
    before: (d.before as Record<string, unknown> | null) ?? null,
    after: (d.after as Record<string, unknown> | null) ?? null,
    user: { id: d.userId, name: d.userName },
    createdAt: d.createdAt.toISOString(),
    extractorVersion: d.extractorVersion,
    anchor: anchorOf(d),
    supersededById: d.supersededById,
    detachedAt: d.detachedAt?.toISOString() ?? null,
  };
}

/** Where a decision's fact sits, as stored with the decision. */
export function anchorOf(d: ReviewDecision): ReviewAnchor {
  return {
    section: d.section === "title" ? "title" : "body",
    sentenceStart: d.sentenceStart,
    sentenceEnd: d.sentenceEnd,
    sentence: d.sentence,
    sentenceHash: d.sentenceHash,
    anchorStart: d.anchorStart,
    anchorEnd: d.anchorEnd,
    anchorText: d.anchorText,
  };
}
