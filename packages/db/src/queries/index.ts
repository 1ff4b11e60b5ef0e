export { getArticle, type ArticleDetail } from "./get-article";
export {
  listArticleAttacks,
  listArticleClaims,
  listArticleSignals,
  type ArticleAttack,
  type ArticleAttackPage,
  type ArticleClaim,
  type ArticleClaimPage,
  type ArticleSignalPage,
} from "./list-article-facts";
export { ARTICLE_SORTS, countArticles, listArticles, type ArticleListItem, type ArticleListQuery, type ArticleSort } from "./list-articles";
export { articleCondition, articleWhere, claimCondition, outletKey, UNKNOWN_OUTLET_ID, type Filters } from "./filters";
export { listOutlets, type OutletListItem } from "./list-outlets";
export { getCorpusSummary, type CorpusSummary, type OutletSummary } from "./get-corpus-summary";
export { getOutletFraming, FRAMING_CATEGORIES, type OutletFraming, type OutletFramingResult } from "./get-outlet-framing";
export {
  listFramingEvidence,
  type EvidenceItem,
  type EvidenceList,
  type FramingEvidenceQuery,
} from "./list-framing-evidence";
export { listAttackEvidence } from "./list-attack-evidence";
export { getClaim, listClaims, type ClaimListItem, type TimelineClaim } from "./list-claims";
export { countClaims, type ClaimCounts } from "./count-claims";
export { getClaimsTimeline, MAX_CLAIM_BINS, MAX_CLAIM_MARKS, type ClaimsTimeline } from "./get-claims-timeline";
export { binClaimMonths, type ClaimBin, type ClaimMonth } from "./bin-claim-months";
export { getAttackMatrix, type AttackMatrix, type AttackMatrixRow } from "./get-attack-matrix";
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type Cursor,
  type Page,
  type PageRequest,
} from "./pagination";
export { ADDED_ORDINAL_BASE, DEFAULT_FACT_MODE, FACT_MODES, type FactMode, type ReviewState } from "./fact-mode";
