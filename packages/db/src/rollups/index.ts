export { refreshRollups, type RefreshSummary } from "./refresh-rollups";
export { getCorpusVersion, type CorpusVersion } from "./get-corpus-version";
export { bucketCondition, joinRollupDetail, monthEnd, monthStart, type BucketSelection } from "./select-buckets";
