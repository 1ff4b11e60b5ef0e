export * from "./common";
export { buildNamingChart } from "./build-naming-chart";
export { buildActorHeatmap, buildLoadedHeatmap } from "./build-rate-heatmap";
export { buildSourcingChart } from "./build-sourcing-chart";
export { buildThreatChart, threatIndex } from "./build-threat-chart";
export { buildFramesChart } from "./build-frames-chart";
export {
  buildClaimsChart,
  claimIdFromMark,
  claimMarkId,
  describeBin,
  describeBinWidth,
  describeEmptyClaims,
  sentenceHref,
  zoomToBin,
  type ClaimsChartModel,
} from "./build-claims-chart";
export { buildAttackHeatmap } from "./build-attack-heatmap";
