/**
 * The root `<svg>` every chart renders: accessible name and description,
 * the shared focus-ring CSS, and the empty state. Charts call it only at
 * non-zero size (at zero size they return null and draw nothing).
 */
import type { ReactNode } from "react";
import { INK } from "../palette";
import { FONT_SIZE } from "./layout";

/**
 * One stylesheet for all marks. `outline` works on focused SVG elements in
 * current browsers and does not change the mark's own fill/stroke, so the
 * focus ring stays visible on any colour; the selected mark additionally
 * gets a dark stroke from the chart itself.
 */
export const MARK_CSS =
  ".fw-mark{cursor:pointer}" +
  ".fw-mark:focus{outline:none}" +
  ".fw-mark:focus-visible{outline:2px solid #111111;outline-offset:1px}" +
  ".fw-mark:hover{filter:brightness(0.9)}" +
  // Composite marks (a claim is a <g>) carry a halo shown on focus and selection,
  // because focus outlines on <g> are not drawn by every browser.
  ".fw-halo{visibility:hidden}" +
  ".fw-mark:focus-visible .fw-halo,.fw-mark--selected .fw-halo{visibility:visible}";

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export interface ChartFrameProps {
  /** Value of `data-chart` on the root, e.g. "claims-timeline". */
  kind: string;
  width: number;
  height: number;
  idPrefix: string;
  title: string;
  description: string;
  role: "img" | "group";
  /** When set, the chart is empty and this text is drawn instead of marks. */
  emptyMessage?: string | null;
  /** `<defs>` content (markers, patterns). */
  defs?: ReactNode;
  children?: ReactNode;
}

export function ChartFrame(props: ChartFrameProps): ReactNode {
  const { kind, width, height, idPrefix, title, description, role, emptyMessage, defs, children } = props;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-chart={kind}
      fontFamily={FONT_FAMILY}
      fontSize={FONT_SIZE}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <style>{MARK_CSS}</style>
      {defs && !emptyMessage ? <defs>{defs}</defs> : null}
      {emptyMessage ? <EmptyState width={width} height={height} message={emptyMessage} /> : children}
    </svg>
  );
}

/** Empty state: a muted panel with the reason, centred; wraps onto two lines when narrow. */
function EmptyState({ width, height, message }: { width: number; height: number; message: string }): ReactNode {
  return (
    <g data-empty-state="true">
      <rect x={0.5} y={0.5} width={Math.max(0, width - 1)} height={Math.max(0, height - 1)} fill={INK.empty} stroke={INK.grid} rx={4} />
      <text x={width / 2} y={height / 2} textAnchor="middle" dominantBaseline="middle" fill={INK.muted} fontSize={FONT_SIZE + 1}>
        {message}
      </text>
    </g>
  );
}
