export { refreshRollups, refreshRollupsInTransaction, type RefreshSummary } from "./refresh-rollups";
export { getCorpusVersion, type CorpusVersion } from "./get-corpus-version";
export { bucketCondition, hasDateFilter, joinRollupDetail, monthEnd, monthStart, outletBucketCondition, timelineRegions, type TimelineRegion } from "./select-buckets";
