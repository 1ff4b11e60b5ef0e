/**
 * The interaction contract, in one place: every mark of every chart gets
 * its props from `markProps`, so keyboard, pointer and selection behave
 * identically across charts.
 */
import type { FocusEvent, KeyboardEvent, MouseEvent } from "react";
import type { ChartInteractionProps, ChartPoint } from "../types";

export interface MarkContext<Datum> extends ChartInteractionProps<Datum> {
  /** True when `selectedId` names a datum of *this* chart; only then are other marks dimmed. */
  hasSelection: boolean;
}

export function markContext<Datum>(props: ChartInteractionProps<Datum>, ids: Iterable<string>): MarkContext<Datum> {
  let hasSelection = false;
  if (props.selectedId !== undefined) {
    for (const id of ids) {
      if (id === props.selectedId) {
        hasSelection = true;
        break;
      }
    }
  }
  return { selectedId: props.selectedId, onSelect: props.onSelect, onHover: props.onHover, hasSelection };
}

/** Opacity of marks that are not selected while another mark is. */
export const DIMMED_OPACITY = 0.35;

export interface MarkProps {
  className: string;
  "data-mark": string;
  "data-id": string;
  "data-selected"?: "true";
  tabIndex: number;
  role: "button";
  "aria-label": string;
  "aria-pressed": boolean;
  opacity?: number;
  onClick: (e: MouseEvent<SVGElement>) => void;
  onKeyDown: (e: KeyboardEvent<SVGElement>) => void;
  onFocus: (e: FocusEvent<SVGElement>) => void;
  onBlur: (e: FocusEvent<SVGElement>) => void;
  onMouseEnter: (e: MouseEvent<SVGElement>) => void;
  onMouseLeave: (e: MouseEvent<SVGElement>) => void;
}

/**
 * Props for one focusable mark.
 * @param kind  value of `data-mark` ("claim", "heatmap-cell", ...)
 * @param label the value in words; screen readers and the e2e tests read it
 * @param anchor where a tooltip should point, in chart-local pixels. The
 *   same point is reported for pointer and keyboard so tooltips do not jump.
 */
export function markProps<Datum>(
  ctx: MarkContext<Datum>,
  kind: string,
  id: string,
  label: string,
  datum: Datum,
  anchor: ChartPoint,
): MarkProps {
  const selected = ctx.selectedId === id;
  const toggle = (): void => ctx.onSelect?.(selected ? null : id);
  const point = { x: anchor.x, y: anchor.y };
  const props: MarkProps = {
    className: selected ? "fw-mark fw-mark--selected" : "fw-mark",
    "data-mark": kind,
    "data-id": id,
    tabIndex: 0,
    role: "button",
    "aria-label": label,
    "aria-pressed": selected,
    onClick: () => toggle(),
    onKeyDown: (e) => {
      if (e.key === "Enter" || e.key === " " || e.key === "Spacebar") {
        e.preventDefault();
        toggle();
      } else if (e.key === "Escape") {
        ctx.onSelect?.(null);
      }
    },
    onFocus: () => ctx.onHover?.(datum, point),
    onBlur: () => ctx.onHover?.(null, null),
    onMouseEnter: () => ctx.onHover?.(datum, point),
    onMouseLeave: () => ctx.onHover?.(null, null),
  };
  if (selected) props["data-selected"] = "true";
  else if (ctx.hasSelection) props.opacity = DIMMED_OPACITY;
  return props;
}

/** Stroke for the selected mark (in addition to the CSS focus ring). */
export function selectedStroke(selectedId: string | undefined, id: string): { stroke?: string; strokeWidth?: number } {
  return selectedId === id ? { stroke: "#111111", strokeWidth: 2 } : {};
}
