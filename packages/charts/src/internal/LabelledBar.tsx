import { Bar } from "@visx/shape";
import { textOn } from "../palette";
import type { ChartPoint } from "../types";
import { SMALL_FONT_SIZE } from "./layout";
import { markProps, selectedStroke, type MarkContext } from "./marks";

interface Props<Datum> {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** The mark (see `markProps`): context, `data-mark` kind, id, value in words, hover datum and tooltip anchor. */
  ctx: MarkContext<Datum>;
  kind: string;
  id: string;
  label: string;
  datum: Datum;
  anchor: ChartPoint;
  /** Written in the middle of the bar in a colour readable on `fill`; null where it would not fit. */
  text: string | null;
}

/** A focusable bar (a heatmap cell, a stacked segment) with its value written inside where it fits. */
export function LabelledBar<Datum>({ x, y, width, height, fill, ctx, kind, id, label, datum, anchor, text }: Props<Datum>) {
  return (
    <>
      <Bar x={x} y={y} width={width} height={height} fill={fill} {...selectedStroke(ctx.selectedId, id)} {...markProps(ctx, kind, id, label, datum, anchor)} />
      {text !== null ? (
        <text
          x={x + width / 2}
          y={y + height / 2}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={SMALL_FONT_SIZE}
          fill={textOn(fill)}
          pointerEvents="none"
          aria-hidden="true"
        >
          {text}
        </text>
      ) : null}
    </>
  );
}
