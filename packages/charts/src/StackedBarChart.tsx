/**
 * StackedBarChart: who each outlet quotes. Rows = outlets, segments =
 * claimant types, stacked attributed-statement counts (`mode: "count"`,
 * default: shows volume) or shares of the outlet's statements
 * (`mode: "share"`: compares mix across outlets of different size).
 */
import { useMemo, type ReactNode } from "react";
import { formatCompact, formatNumber, formatShare, plural, vocabLabel } from "./format";
import { ChartFrame } from "./internal/ChartFrame";
import { markContext } from "./internal/marks";
import { StackedRows, type StackSegment } from "./internal/StackedRows";
import { claimantTypeColor } from "./palette";
import { CLAIMANT_TYPES, type CategoryInfo, type ChartBaseProps, type SourcingData, type SourcingSegmentDatum } from "./types";

export interface StackedBarChartProps extends ChartBaseProps<SourcingSegmentDatum> {
  data: SourcingData;
  /** "count" (default) stacks raw counts; "share" normalises each outlet to 100%. */
  mode?: "count" | "share";
  /** Colour per category; defaults to the fixed claimant-type palette. */
  colorOf?: (category: string) => string;
  emptyMessage?: string;
}

// accessors
const categoryLabel = (c: CategoryInfo): string => c.label ?? vocabLabel(c.key);

function categoryOrder(data: SourcingData): CategoryInfo[] {
  const order: CategoryInfo[] = data.categories ? [...data.categories] : CLAIMANT_TYPES.map((key) => ({ key }));
  for (const c of data.cells) if (!order.some((o) => o.key === c.category)) order.push({ key: c.category });
  return order;
}

export function StackedBarChart(props: StackedBarChartProps): ReactNode {
  const { data, width, height, mode = "count", colorOf = claimantTypeColor, idPrefix = "fw-sourcing", svgRole = "img" } = props;

  const { segments, categories, xMax } = useMemo(() => {
    const order = categoryOrder(data);
    const index = new Map(order.map((c, i) => [c.key, i]));
    const labels = new Map(order.map((c) => [c.key, categoryLabel(c)]));
    const names = new Map(data.outlets.map((o) => [o.key, o.name]));
    const totals = new Map<string, number>();
    for (const c of data.cells) totals.set(c.outlet, (totals.get(c.outlet) ?? 0) + Math.max(0, c.count));
    const segments: StackSegment<SourcingSegmentDatum>[] = [];
    let xMax = 0;
    for (const outlet of data.outlets) {
      const total = totals.get(outlet.key) ?? 0;
      if (total <= 0) continue;
      xMax = Math.max(xMax, total);
      let x0 = 0;
      const cells = data.cells
        .filter((c) => c.outlet === outlet.key && c.count > 0)
        .sort((a, b) => (index.get(a.category) ?? 0) - (index.get(b.category) ?? 0));
      for (const c of cells) {
        const share = c.count / total;
        const v = mode === "share" ? share : c.count;
        const outletName = names.get(c.outlet) ?? c.outlet;
        const label = labels.get(c.category) ?? c.category;
        segments.push({
          id: c.id,
          rowKey: outlet.key,
          x0,
          x1: x0 + v,
          color: colorOf(c.category),
          inlineLabel: mode === "share" ? formatShare(share) : formatNumber(c.count),
          ariaLabel: `${outletName}: ${plural(c.count, "statement")} attributed to ${label} (${formatShare(share)} of ${formatNumber(total)})`,
          datum: { ...c, outletName, categoryLabel: label, total, share },
        });
        x0 += v;
      }
    }
    const used = new Set(segments.map((s) => s.datum.category));
    return { segments, categories: order.filter((c) => used.has(c.key)), xMax: mode === "share" ? 1 : xMax };
  }, [data, mode, colorOf]);

  if (width <= 0 || height <= 0) return null;

  const emptyMessage =
    data.outlets.length === 0
      ? (props.emptyMessage ?? "No outlets selected.")
      : segments.length === 0
        ? (props.emptyMessage ?? "No attributed statements found in these outlets' articles.")
        : null;
  const title = props.title ?? "Who the outlets quote";
  const description =
    props.description ??
    `Stacked bars of attributed statements by claimant type (${mode === "share" ? "share of each outlet's statements" : "counts"}) for ${plural(data.outlets.length, "outlet")}. Claimant types: ${categories.map(categoryLabel).join(", ") || "none"}.`;

  return (
    <ChartFrame
      kind="sourcing"
      width={width}
      height={height}
      idPrefix={idPrefix}
      title={title}
      description={description}
      role={svgRole}
      emptyMessage={emptyMessage}
    >
      <StackedRows
        width={width}
        height={height}
        rows={data.outlets.map((o) => ({ key: o.key, name: o.name }))}
        segments={segments}
        xMax={xMax}
        xTickFormat={mode === "share" ? formatShare : formatCompact}
        xLabel={mode === "share" ? "Share of attributed statements" : "Attributed statements"}
        legend={categories.map((c) => ({ key: c.key, label: categoryLabel(c), color: colorOf(c.key) }))}
        legendLabel="Legend: claimant type"
        markKind="sourcing-segment"
        ctx={markContext(props, segments.map((s) => s.id))}
      />
    </ChartFrame>
  );
}
