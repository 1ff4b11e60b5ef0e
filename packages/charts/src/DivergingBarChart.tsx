/**
 * DivergingBarChart: the threat stance index per outlet. Bars grow left
 * from a zero line for defeat/control language (negative) and right for
 * resurgence language (positive). The domain is the index's own [-1, 1]
 * by default so charts of different outlet selections stay comparable.
 */
import { Fragment, useMemo, type ReactNode } from "react";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridColumns } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { formatNumber, formatSigned, plural } from "./format";
import { ChartFrame } from "./internal/ChartFrame";
import { FONT_SIZE, innerSize, labelEvery, labelGutter, SMALL_FONT_SIZE, tickCount, truncateLabel } from "./internal/layout";
import { markContext, markProps, selectedStroke } from "./internal/marks";
import { legendHeight, SwatchLegend } from "./internal/SwatchLegend";
import { INK, THREAT_COLORS } from "./palette";
import type { ChartBaseProps, ThreatBarDatum, ThreatData } from "./types";

export interface DivergingBarChartProps extends ChartBaseProps<ThreatBarDatum> {
  data: ThreatData;
  /** Value domain; default [-1, 1]. */
  domain?: [number, number];
  emptyMessage?: string;
}

// accessors
const barValue = (b: { value: number }): number => b.value;

function stanceWords(v: number): string {
  if (v > 0) return "leans to resurgence";
  if (v < 0) return "leans to defeat/control";
  return "balanced";
}

const LEGEND = [
  { key: "defeat", label: "Defeat / control (\u2212)", color: THREAT_COLORS.defeat },
  { key: "resurgence", label: "Resurgence (+)", color: THREAT_COLORS.resurgence },
];

export function DivergingBarChart(props: DivergingBarChartProps): ReactNode {
  const { data, width, height, domain = [-1, 1], idPrefix = "fw-threat", svgRole = "img" } = props;
  const outletKeys = useMemo(() => data.outlets.map((o) => o.key), [data.outlets]);
  const bars = useMemo(() => data.bars.filter((b) => outletKeys.includes(b.outlet)), [data.bars, outletKeys]);

  // bounds
  const legendH = legendHeight(LEGEND, width - 8);
  const margin = { top: legendH + 10, right: 40, bottom: 44, left: labelGutter(data.outlets.map((o) => o.name), width) + 36 };
  const { innerWidth, innerHeight } = innerSize(width, height, margin);

  // scales: widen the domain if a value falls outside it rather than clip a bar silently.
  const lo = Math.min(domain[0], ...bars.map(barValue));
  const hi = Math.max(domain[1], ...bars.map(barValue));
  const xScale = useMemo(() => scaleLinear<number>({ domain: [lo, hi], range: [0, innerWidth] }), [lo, hi, innerWidth]);
  const yScale = useMemo(() => scaleBand<string>({ domain: outletKeys, range: [0, innerHeight], padding: 0.3 }), [outletKeys, innerHeight]);

  if (width <= 0 || height <= 0) return null;

  const emptyMessage =
    data.outlets.length === 0
      ? (props.emptyMessage ?? "No outlets selected.")
      : bars.length === 0
        ? (props.emptyMessage ?? "No threat-stance language (resurgence or defeat/control) found in these outlets' articles.")
        : null;
  const names = new Map(data.outlets.map((o) => [o.key, o.name]));
  const ctx = markContext(props, bars.map((b) => b.id));
  const x0 = xScale(0);
  const band = yScale.bandwidth();
  const every = labelEvery(yScale.step(), FONT_SIZE + 2);

  const title = props.title ?? "Threat stance by outlet";
  const description =
    props.description ??
    `Diverging bars of the threat stance index (from \u22121, only defeat/control language, to +1, only resurgence language) for ${plural(bars.length, "outlet")}.`;

  return (
    <ChartFrame
      kind="threat"
      width={width}
      height={height}
      idPrefix={idPrefix}
      title={title}
      description={description}
      role={svgRole}
      emptyMessage={emptyMessage}
    >
      <SwatchLegend entries={LEGEND} width={width - 8} left={4} top={4} label="Legend: threat stance" />
      <Group left={margin.left} top={margin.top}>
        <GridColumns scale={xScale} height={innerHeight} numTicks={tickCount(innerWidth)} stroke={INK.grid} />
        {bars.map((b) => {
          const y = yScale(b.outlet) ?? 0;
          const xv = xScale(b.value);
          const x = Math.min(x0, xv);
          // A zero index still gets a 2px sliver so the outlet has a focusable mark.
          const w = Math.max(2, Math.abs(xv - x0));
          const outletName = names.get(b.outlet) ?? b.outlet;
          const counts =
            b.resurgence !== undefined && b.defeat !== undefined
              ? `; ${formatNumber(b.resurgence)} resurgence vs ${formatNumber(b.defeat)} defeat/control mentions`
              : "";
          const label = `${outletName}: threat stance ${formatSigned(b.value)}, ${stanceWords(b.value)}${counts}`;
          const fill = b.value >= 0 ? THREAT_COLORS.resurgence : THREAT_COLORS.defeat;
          const valueX = b.value >= 0 ? x + w + 4 : x - 4;
          return (
            <Fragment key={b.id}>
              <Bar
                x={b.value === 0 ? x0 - 1 : x}
                y={y}
                width={w}
                height={band}
                fill={fill}
                {...selectedStroke(ctx.selectedId, b.id)}
                {...markProps(ctx, "threat-bar", b.id, label, { ...b, outletName }, { x: margin.left + xv, y: margin.top + y + band / 2 })}
              />
              {band >= SMALL_FONT_SIZE ? (
                <text
                  x={valueX}
                  y={y + band / 2}
                  textAnchor={b.value >= 0 ? "start" : "end"}
                  dominantBaseline="central"
                  fontSize={SMALL_FONT_SIZE}
                  fill={INK.muted}
                  aria-hidden="true"
                  pointerEvents="none"
                >
                  {formatSigned(b.value)}
                </text>
              ) : null}
            </Fragment>
          );
        })}
        <Line from={{ x: x0, y: 0 }} to={{ x: x0, y: innerHeight }} stroke={INK.text} strokeWidth={1} />
        <AxisLeft
          scale={yScale}
          left={0}
          tickValues={outletKeys.filter((_, i) => i % every === 0)}
          hideTicks
          hideAxisLine
          tickFormat={(k) => truncateLabel(names.get(k) ?? k, margin.left - 46)}
          tickLabelProps={{ fill: INK.text, fontSize: FONT_SIZE, textAnchor: "end", verticalAnchor: "middle", dx: -4 }}
        />
        <AxisBottom
          top={innerHeight}
          scale={xScale}
          numTicks={tickCount(innerWidth, 70)}
          stroke={INK.axis}
          tickStroke={INK.axis}
          tickFormat={(v) => formatSigned(Number(v))}
          tickLabelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE, textAnchor: "middle" }}
          label={"\u2190 defeat / control \u00b7 threat stance index \u00b7 resurgence \u2192"}
          labelOffset={8}
          labelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE, textAnchor: "middle" }}
        />
      </Group>
    </ChartFrame>
  );
}
