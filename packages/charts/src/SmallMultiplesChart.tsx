/**
 * SmallMultiplesChart: one small bar chart per policy frame (the 15 Policy
 * Frames Codebook frames), bars = outlets, value = share of the outlet's
 * sentences coded with the frame. All panels share one y scale, so a tall
 * bar means the same in every panel; the y axis is drawn on the first
 * panel of each row only.
 */
import { useMemo, type ReactNode } from "react";
import { AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import { formatShare, plural } from "./format";
import { ChartFrame } from "./internal/ChartFrame";
import { clamp, FONT_SIZE, SMALL_FONT_SIZE, truncateLabel } from "./internal/layout";
import { markContext, markProps, selectedStroke } from "./internal/marks";
import { legendHeight, SwatchLegend } from "./internal/SwatchLegend";
import { INK, outletColor } from "./palette";
import type { CategoryInfo, ChartBaseProps, FrameBarDatum, FramesData, OutletInfo } from "./types";

export interface SmallMultiplesChartProps extends ChartBaseProps<FrameBarDatum> {
  data: FramesData;
  /** Minimum panel width in px; the column count follows from the chart width. Default 150. */
  minPanelWidth?: number;
  emptyMessage?: string;
}

// accessors
const frameLabel = (f: CategoryInfo): string => f.label ?? f.key;
const colorIndexOf = (o: OutletInfo, i: number): number => o.colorIndex ?? i;

const AXIS_W = 34;
const PANEL_TITLE_H = 16;
const PANEL_GAP = 10;

export function SmallMultiplesChart(props: SmallMultiplesChartProps): ReactNode {
  const { data, width, height, minPanelWidth = 150, idPrefix = "fw-frames", svgRole = "img" } = props;
  const outletKeys = useMemo(() => data.outlets.map((o) => o.key), [data.outlets]);
  const frameKeys = useMemo(() => data.frames.map((f) => f.key), [data.frames]);
  const cells = useMemo(
    () => data.cells.filter((c) => outletKeys.includes(c.outlet) && frameKeys.includes(c.frame)),
    [data.cells, outletKeys, frameKeys],
  );

  // bounds: legend on top, then a grid of panels sized from the width.
  const legendEntries = data.outlets.map((o, i) => ({ key: o.key, label: o.name, color: outletColor(colorIndexOf(o, i)) }));
  const legendH = legendHeight(legendEntries, width - 8);
  const gridTop = legendH + 10;
  const columns = clamp(Math.floor((width - AXIS_W) / minPanelWidth), 1, Math.max(1, Math.min(5, data.frames.length)));
  const rowsN = Math.max(1, Math.ceil(data.frames.length / columns));
  const panelW = Math.max(0, (width - AXIS_W - PANEL_GAP * (columns - 1)) / columns);
  const panelH = Math.max(0, (height - gridTop - PANEL_GAP * (rowsN - 1) - 12) / rowsN);
  const plotH = Math.max(0, panelH - PANEL_TITLE_H - 4);

  // scales (shared by all panels)
  const maxShare = cells.reduce((m, c) => Math.max(m, c.value), 0);
  const xScale = useMemo(() => scaleBand<string>({ domain: outletKeys, range: [0, panelW], padding: 0.15 }), [outletKeys, panelW]);
  const yScale = useMemo(
    () => scaleLinear<number>({ domain: [0, maxShare > 0 ? maxShare : 1], range: [plotH, 0], nice: 3 }),
    [maxShare, plotH],
  );

  if (width <= 0 || height <= 0) return null;

  const emptyMessage =
    data.outlets.length === 0
      ? (props.emptyMessage ?? "No outlets selected.")
      : data.frames.length === 0 || cells.length === 0
        ? (props.emptyMessage ?? "No sentences coded with a policy frame in these outlets' articles.")
        : null;
  const names = new Map(data.outlets.map((o) => [o.key, o.name]));
  const colorOf = new Map(data.outlets.map((o, i) => [o.key, outletColor(colorIndexOf(o, i))]));
  const ctx = markContext(props, cells.map((c) => c.id));
  const bw = xScale.bandwidth();
  const yTicks = plotH >= 60 ? 3 : 2;

  const title = props.title ?? "Policy frames by outlet";
  const description =
    props.description ??
    `${plural(data.frames.length, "panel")}, one per policy frame; in each, one bar per outlet (${plural(data.outlets.length, "outlet")}) showing the share of its sentences coded with that frame. All panels share the same scale, up to ${formatShare(yScale.domain()[1] ?? 1)}.`;

  return (
    <ChartFrame
      kind="frames"
      width={width}
      height={height}
      idPrefix={idPrefix}
      title={title}
      description={description}
      role={svgRole}
      emptyMessage={emptyMessage}
    >
      <SwatchLegend entries={legendEntries} width={width - 8} left={4} top={4} label="Legend: outlet" />
      {data.frames.map((f, i) => {
        const col = i % columns;
        const row = Math.floor(i / columns);
        const left = AXIS_W + col * (panelW + PANEL_GAP);
        const top = gridTop + row * (panelH + PANEL_GAP);
        const label = frameLabel(f);
        const panelCells = cells.filter((c) => c.frame === f.key);
        return (
          <Group key={f.key} left={left} top={top} data-panel={f.key}>
            <text x={0} y={11} fontSize={FONT_SIZE} fontWeight={600} fill={INK.text}>
              {truncateLabel(label, panelW, FONT_SIZE + 1.5)}
            </text>
            <Group top={PANEL_TITLE_H + 4}>
              <rect width={panelW} height={plotH} fill="#FAFAFB" />
              {yScale.ticks(yTicks).map((t) => (
                <Line key={t} from={{ x: 0, y: yScale(t) }} to={{ x: panelW, y: yScale(t) }} stroke={INK.grid} />
              ))}
              {panelCells.map((c) => {
                const x = xScale(c.outlet) ?? 0;
                const y = yScale(c.value);
                // A zero share still gets a 1px sliver so every datum has a focusable mark.
                const h = Math.max(1, plotH - y);
                const outletName = names.get(c.outlet) ?? c.outlet;
                const countText = c.count !== undefined ? ` (${plural(c.count, "sentence")})` : "";
                const aria = `${label}, ${outletName}: ${formatShare(c.value)} of sentences${countText}`;
                const datum: FrameBarDatum = { ...c, outletName, frameLabel: label };
                return (
                  <Bar
                    key={c.id}
                    x={x}
                    y={plotH - h}
                    width={bw}
                    height={h}
                    fill={colorOf.get(c.outlet) ?? INK.axis}
                    {...selectedStroke(ctx.selectedId, c.id)}
                    {...markProps(ctx, "frame-bar", c.id, aria, datum, { x: left + x + bw / 2, y: top + PANEL_TITLE_H + 4 + plotH - h })}
                  />
                );
              })}
              <Line from={{ x: 0, y: plotH }} to={{ x: panelW, y: plotH }} stroke={INK.axis} />
              {col === 0 ? (
                <AxisLeft
                  scale={yScale}
                  numTicks={yTicks}
                  hideAxisLine
                  tickLength={3}
                  tickStroke={INK.axis}
                  tickFormat={(v) => formatShare(Number(v))}
                  tickLabelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE - 1, textAnchor: "end", verticalAnchor: "middle", dx: -2 }}
                />
              ) : null}
            </Group>
          </Group>
        );
      })}
    </ChartFrame>
  );
}

