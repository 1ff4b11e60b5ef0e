export { hashSentence } from "./hash-sentence";
export { HISTORY_PAGE_SIZE, listArticleHistory, MAX_HISTORY_PAGE_SIZE, type HistoryPage } from "./list-article-history";
export { listArticleReview, type ArticleReview, type ReviewedFact, type ReviewStatus } from "./list-article-review";
export { listDetachedDecisions } from "./list-detached-decisions";
export { reattachDecisions, type ReattachOutcome } from "./reattach-decisions";
export { recordDecision, type DecisionInput, type RecordDecisionResult } from "./record-decision";
export type { Reviewer, ReviewAnchor, ReviewDecisionView } from "./review-types";
export { getReviewProgress, type OutletReviewProgress } from "./get-review-progress";
export { countReviewQueue, listReviewQueue, type ReviewQueueFilters, type ReviewQueueItem } from "./list-review-queue";
