/**
 * Horizontal stacked bars, one row per outlet. Shared by NamingSharesChart
 * (100% stacks of group terms) and StackedBarChart (sourcing counts or
 * shares): both charts compute their segments, this draws them.
 */
import { useMemo, type ReactNode } from "react";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridColumns } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { INK } from "../palette";
import { estimateTextWidth, FONT_SIZE, innerSize, labelEvery, labelGutter, SMALL_FONT_SIZE, tickCount, truncateLabel } from "./layout";
import { LabelledBar } from "./LabelledBar";
import type { MarkContext } from "./marks";
import { legendHeight, SwatchLegend, type LegendEntry } from "./SwatchLegend";

export interface StackRow {
  key: string;
  name: string;
}

export interface StackSegment<Datum> {
  id: string;
  rowKey: string;
  /** Cumulative start and end in value units. */
  x0: number;
  x1: number;
  color: string;
  /** Printed inside the segment when it fits ("42%"). */
  inlineLabel: string;
  ariaLabel: string;
  datum: Datum;
}

export interface StackedRowsProps<Datum> {
  width: number;
  height: number;
  rows: readonly StackRow[];
  segments: readonly StackSegment<Datum>[];
  /** Upper end of the value axis (1 for shares, max total for counts). */
  xMax: number;
  xTickFormat: (v: number) => string;
  xLabel: string;
  legend: readonly LegendEntry[];
  legendLabel: string;
  markKind: string;
  ctx: MarkContext<Datum>;
}

export function StackedRows<Datum>(props: StackedRowsProps<Datum>): ReactNode {
  const { width, height, rows, segments, xMax, xTickFormat, xLabel, legend, legendLabel, markKind, ctx } = props;

  // bounds: legend on top (its height depends on the width), outlet names on the left.
  const legendH = legendHeight(legend, width - 8);
  const margin = {
    top: legendH + (legendH > 0 ? 10 : 6),
    right: 16,
    bottom: 44,
    left: labelGutter(rows.map((r) => r.name), width),
  };
  const { innerWidth, innerHeight } = innerSize(width, height, margin);

  const yScale = useMemo(
    () => scaleBand<string>({ domain: rows.map((r) => r.key), range: [0, innerHeight], padding: 0.25 }),
    [rows, innerHeight],
  );
  const xScale = useMemo(
    () => scaleLinear<number>({ domain: [0, xMax > 0 ? xMax : 1], range: [0, innerWidth], nice: xMax > 1 }),
    [xMax, innerWidth],
  );

  const nameByKey = new Map(rows.map((r) => [r.key, r.name]));
  const every = labelEvery(yScale.step(), FONT_SIZE + 2);
  const yTicks = rows.filter((_, i) => i % every === 0).map((r) => r.key);
  const band = yScale.bandwidth();

  return (
    <>
      <SwatchLegend entries={legend} width={width - 8} left={4} top={4} label={legendLabel} />
      <Group left={margin.left} top={margin.top}>
        <GridColumns scale={xScale} height={innerHeight} numTicks={tickCount(innerWidth)} stroke={INK.grid} />
        {segments.map((s) => {
          const y = yScale(s.rowKey);
          if (y === undefined) return null;
          const x = xScale(s.x0);
          const w = Math.max(0, xScale(s.x1) - x);
          const fits = band >= SMALL_FONT_SIZE + 2 && w >= estimateTextWidth(s.inlineLabel, SMALL_FONT_SIZE) + 6;
          const anchor = { x: margin.left + x + w / 2, y: margin.top + y };
          return (
            <LabelledBar
              key={s.id}
              x={x}
              y={y}
              width={w}
              height={band}
              fill={s.color}
              ctx={ctx}
              kind={markKind}
              id={s.id}
              label={s.ariaLabel}
              datum={s.datum}
              anchor={anchor}
              text={fits ? s.inlineLabel : null}
            />
          );
        })}
        <AxisLeft
          scale={yScale}
          tickValues={yTicks}
          hideTicks
          stroke={INK.axis}
          tickFormat={(k) => truncateLabel(nameByKey.get(k) ?? k, margin.left - 10)}
          tickLabelProps={{ fill: INK.text, fontSize: FONT_SIZE, textAnchor: "end", verticalAnchor: "middle", dx: -4 }}
        />
        <AxisBottom
          top={innerHeight}
          scale={xScale}
          numTicks={tickCount(innerWidth)}
          stroke={INK.axis}
          tickStroke={INK.axis}
          tickFormat={(v) => xTickFormat(Number(v))}
          tickLabelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE, textAnchor: "middle" }}
          label={xLabel}
          labelOffset={8}
          labelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE, textAnchor: "middle" }}
        />
      </Group>
    </>
  );
}
