export { GOLD_FORMAT, type GoldArticle, type GoldAttack, type GoldClaim, type GoldDate, type GoldFile } from "./gold-article";
export type { MachineArticle, MachineClaim } from "./machine-article";
export { findGoldArticle, indexGold, type GoldIndex, type GoldLookup } from "./find-gold-article";
export { locateGoldAnchor, type GoldAnchor } from "./locate-gold-anchor";
export { matchClaims, agreesStrictly, STRICT_FIELDS, type AnchoredGoldClaim } from "./match-claims";
export { MEASURES, FIELD_MEASURES, type MeasureId, type Counts } from "./measures";
export { precisionRecall, type Rates } from "./precision-recall";
export { scoreArticle, NO_OUTLET, type ArticleScore, type Difference, type FieldDifference, type UnanchoredFact } from "./score-article";
export { summariseScores, type EvalSummary, type MeasureResult, type MeasureTable, type ScoreGroup } from "./summarise-scores";
