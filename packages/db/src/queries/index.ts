export { getArticle, type ArticleDetail } from "./get-article";
export { listArticles, type ArticleListItem } from "./list-articles";
export { articleWhere, outletKey, UNKNOWN_OUTLET_ID, type Filters } from "./filters";
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
export { listClaims, type ClaimList, type ClaimListItem } from "./list-claims";
export { getAttackMatrix, type AttackMatrix, type AttackMatrixRow } from "./get-attack-matrix";
