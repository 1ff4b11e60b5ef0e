/**
 * HeatmapChart: outlets (rows) x categories (columns), a sequential colour
 * per cell and the value printed in it. One component serves actor labels
 * per 1,000 words, loaded terms, and GTD attack types (count or share of
 * the outlet's articles): `valueFormat` says what the numbers are.
 */
import { useMemo, type ReactNode } from "react";
import { AxisLeft, AxisTop } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { formatNumber, formatRate, formatShare, plural, vocabLabel } from "./format";
import { ChartFrame } from "./internal/ChartFrame";
import { clamp, estimateTextWidth, FONT_SIZE, innerSize, labelEvery, labelGutter, SMALL_FONT_SIZE, truncateLabel } from "./internal/layout";
import { LabelledBar } from "./internal/LabelledBar";
import { markContext } from "./internal/marks";
import { INK, SEQUENTIAL_BLUES } from "./palette";
import type { CategoryInfo, ChartBaseProps, HeatmapCellDatum, HeatmapData, HeatmapValueFormat } from "./types";

export interface HeatmapChartProps extends ChartBaseProps<HeatmapCellDatum> {
  data: HeatmapData;
  /** How `value` reads: "count" (default), "share" (0..1, printed as %), "per1000" (rate per 1,000 words). */
  valueFormat?: HeatmapValueFormat;
  /** Noun for aria labels and the colour key, e.g. "actor labels", "articles". */
  valueLabel?: string;
  /** Top of the colour scale; defaults to the largest value (1 is a natural choice for shares). */
  domainMax?: number;
  emptyMessage?: string;
}

// accessors
const columnLabel = (c: CategoryInfo): string => c.label ?? vocabLabel(c.key);

export function formatHeatmapValue(value: number, format: HeatmapValueFormat): string {
  if (format === "share") return formatShare(value);
  if (format === "per1000") return formatRate(value);
  return formatNumber(value);
}

const KEY_HEIGHT = 10;

export function HeatmapChart(props: HeatmapChartProps): ReactNode {
  const { data, width, height, valueFormat = "count", idPrefix = "fw-heatmap", svgRole = "img" } = props;
  const valueLabel = props.valueLabel ?? (valueFormat === "per1000" ? "per 1,000 words" : valueFormat === "share" ? "share" : "count");

  const rowKeys = useMemo(() => data.rows.map((r) => r.key), [data.rows]);
  const colKeys = useMemo(() => data.columns.map((c) => c.key), [data.columns]);
  // Only cells whose row and column are listed are drawn (and counted as marks).
  const cells = useMemo(
    () => data.cells.filter((c) => rowKeys.includes(c.row) && colKeys.includes(c.column)),
    [data.cells, rowKeys, colKeys],
  );
  const maxValue = props.domainMax ?? cells.reduce((m, c) => Math.max(m, c.value), 0);

  // bounds: rotated column labels on top when columns are narrow, outlet names left, colour key bottom.
  const rowLabels = data.rows.map((r) => r.name);
  const colLabels = data.columns.map(columnLabel);
  const left = labelGutter(rowLabels, width);
  const plotWidth = Math.max(0, width - left - 12);
  const step = data.columns.length > 0 ? plotWidth / data.columns.length : plotWidth;
  const longestCol = colLabels.reduce((m, l) => Math.max(m, estimateTextWidth(l, SMALL_FONT_SIZE)), 0);
  const rotate = longestCol > step - 4;
  const top = rotate ? clamp(longestCol * 0.71 + 14, 24, Math.max(24, height * 0.3)) : 22;
  const margin = { top, right: 12, bottom: KEY_HEIGHT + 26, left };
  const { innerWidth, innerHeight } = innerSize(width, height, margin);

  // scales
  const xScale = useMemo(() => scaleBand<string>({ domain: colKeys, range: [0, innerWidth], padding: 0.04 }), [colKeys, innerWidth]);
  const yScale = useMemo(() => scaleBand<string>({ domain: rowKeys, range: [0, innerHeight], padding: 0.04 }), [rowKeys, innerHeight]);
  // Five-stop ColorBrewer Blues: light = low. A zero keeps the lightest
  // stop, so "none" and "a little" stay distinguishable from missing cells (grey).
  const color = useMemo(() => {
    const top = maxValue > 0 ? maxValue : 1;
    const stops = SEQUENTIAL_BLUES.map((_, i) => (top * i) / (SEQUENTIAL_BLUES.length - 1));
    return scaleLinear<string>({ domain: stops, range: [...SEQUENTIAL_BLUES], clamp: true });
  }, [maxValue]);

  if (width <= 0 || height <= 0) return null;

  const emptyMessage =
    data.rows.length === 0
      ? (props.emptyMessage ?? "No outlets selected.")
      : data.columns.length === 0 || cells.length === 0
        ? (props.emptyMessage ?? "No data for these outlets and categories.")
        : null;

  const rowName = new Map(data.rows.map((r) => [r.key, r.name]));
  const colName = new Map(data.columns.map((c) => [c.key, columnLabel(c)]));
  const filled = new Set(cells.map((c) => `${c.row}\u0000${c.column}`));
  const ctx = markContext(props, cells.map((c) => c.id));
  const bw = xScale.bandwidth();
  const bh = yScale.bandwidth();
  const rowEvery = labelEvery(yScale.step(), FONT_SIZE + 2);
  const colEvery = labelEvery(xScale.step(), rotate ? SMALL_FONT_SIZE + 2 : longestCol + 6);
  const colLabelMax = rotate ? (top - 10) / 0.71 : xScale.step() - 4;

  const title = props.title ?? "Outlets by category";
  const description =
    props.description ??
    `Heatmap of ${plural(data.rows.length, "outlet")} by ${plural(data.columns.length, "category", "categories")}; colour and label show the ${valueLabel}, darker is higher (maximum ${formatHeatmapValue(maxValue, valueFormat)}).`;

  return (
    <ChartFrame
      kind="heatmap"
      width={width}
      height={height}
      idPrefix={idPrefix}
      title={title}
      description={description}
      role={svgRole}
      emptyMessage={emptyMessage}
    >
      <Group left={margin.left} top={margin.top}>
        {/* Missing combinations: a neutral, non-interactive cell so gaps read as "no data", not as zero. */}
        {data.rows.flatMap((r) =>
          data.columns.map((c) =>
            filled.has(`${r.key}\u0000${c.key}`) ? null : (
              <rect
                key={`missing-${r.key}-${c.key}`}
                x={xScale(c.key) ?? 0}
                y={yScale(r.key) ?? 0}
                width={bw}
                height={bh}
                fill={INK.empty}
                data-missing="true"
              />
            ),
          ),
        )}
        {cells.map((c) => {
          const x = xScale(c.column) ?? 0;
          const y = yScale(c.row) ?? 0;
          const fill = color(c.value) ?? SEQUENTIAL_BLUES[0] ?? "#EFF3FF";
          const formatted = formatHeatmapValue(c.value, valueFormat);
          const rn = rowName.get(c.row) ?? c.row;
          const cl = colName.get(c.column) ?? c.column;
          const countText = c.count !== undefined && valueFormat !== "count" ? ` (${formatNumber(c.count)} counted)` : "";
          const label = `${rn}, ${cl}: ${formatted} ${valueLabel}${countText}`;
          const datum: HeatmapCellDatum = { ...c, rowName: rn, columnLabel: cl, formatted };
          const showText = bw >= estimateTextWidth(formatted, SMALL_FONT_SIZE) + 4 && bh >= SMALL_FONT_SIZE + 2;
          return (
            <LabelledBar
              key={c.id}
              x={x}
              y={y}
              width={bw}
              height={bh}
              fill={fill}
              ctx={ctx}
              kind="heatmap-cell"
              id={c.id}
              label={label}
              datum={datum}
              anchor={{ x: margin.left + x + bw / 2, y: margin.top + y }}
              text={showText ? formatted : null}
            />
          );
        })}
        <AxisLeft
          scale={yScale}
          tickValues={rowKeys.filter((_, i) => i % rowEvery === 0)}
          hideTicks
          hideAxisLine
          tickFormat={(k) => truncateLabel(rowName.get(k) ?? k, margin.left - 10)}
          tickLabelProps={{ fill: INK.text, fontSize: FONT_SIZE, textAnchor: "end", verticalAnchor: "middle", dx: -4 }}
        />
        <AxisTop
          scale={xScale}
          tickValues={colKeys.filter((_, i) => i % colEvery === 0)}
          hideTicks
          hideAxisLine
          tickFormat={(k) => truncateLabel(colName.get(k) ?? k, colLabelMax, SMALL_FONT_SIZE)}
          tickLabelProps={
            rotate
              ? { fill: INK.text, fontSize: SMALL_FONT_SIZE, textAnchor: "start", angle: -45, dy: -4 }
              : { fill: INK.text, fontSize: SMALL_FONT_SIZE, textAnchor: "middle", dy: -4 }
          }
        />
        <ColorKey
          left={0}
          top={innerHeight + 12}
          width={Math.min(180, innerWidth)}
          max={maxValue}
          format={(v) => formatHeatmapValue(v, valueFormat)}
          label={valueLabel}
        />
      </Group>
    </ChartFrame>
  );
}

/** The five colour stops with their lower bounds, so the legend states what the colours mean. */
function ColorKey(props: { left: number; top: number; width: number; max: number; format: (v: number) => string; label: string }): ReactNode {
  const { left, top, width, max, format, label } = props;
  const n = SEQUENTIAL_BLUES.length;
  const w = width / n;
  return (
    <g transform={`translate(${left},${top})`} data-legend="true" aria-hidden="true">
      {SEQUENTIAL_BLUES.map((c, i) => (
        <rect key={c} x={i * w} y={0} width={w} height={KEY_HEIGHT} fill={c} />
      ))}
      <text x={0} y={KEY_HEIGHT + 10} fontSize={SMALL_FONT_SIZE} fill={INK.muted}>
        {format(0)}
      </text>
      <text x={width} y={KEY_HEIGHT + 10} fontSize={SMALL_FONT_SIZE} fill={INK.muted} textAnchor="end">
        {format(max)}
      </text>
      <text x={width + 8} y={KEY_HEIGHT - 1} fontSize={SMALL_FONT_SIZE} fill={INK.muted}>
        {label}
      </text>
    </g>
  );
}
