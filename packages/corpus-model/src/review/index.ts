export { attackConfidence, claimConfidence } from "./fact-confidence";
export {
  ADDED_CLAIM_FIELDS,
  ATTACK_FIELDS,
  boundsInOrder,
  checkReviewFields,
  CLAIM_FIELDS,
  REJECT_REASONS,
  REVIEW_ACTIONS,
  REVIEW_FACT_KINDS,
  type RejectReason,
  type ReviewAction,
  type ReviewedAttackFields,
  type ReviewedClaimFields,
  type ReviewFactKind,
} from "./review-vocabulary";
export { unitOfQuantity } from "./unit-of-quantity";
