export * from "./types";
export * from "./palette";
export {
  describeDate,
  formatClaimNumber,
  formatCompact,
  formatNumber,
  formatRate,
  formatShare,
  formatSigned,
  parseIsoDay,
  vocabLabel,
} from "./format";
export { NamingSharesChart, type NamingSharesChartProps } from "./NamingSharesChart";
export { HeatmapChart, formatHeatmapValue, type HeatmapChartProps } from "./HeatmapChart";
export { DivergingBarChart, type DivergingBarChartProps } from "./DivergingBarChart";
export { SmallMultiplesChart, type SmallMultiplesChartProps } from "./SmallMultiplesChart";
export { StackedBarChart, type StackedBarChartProps } from "./StackedBarChart";
export {
  ClaimsTimelineChart,
  ReferentGlyph,
  claimShape,
  describeClaim,
  type ClaimsColorBy,
  type ClaimsScale,
  type ClaimsTimelineChartProps,
} from "./ClaimsTimelineChart";
export { ChartDataTable, type ChartDataTableProps } from "./ChartDataTable";
export { ResponsiveChart, type ResponsiveChartProps } from "./ResponsiveChart";
