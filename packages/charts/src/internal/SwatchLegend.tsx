/**
 * An SVG legend. @visx/legend renders HTML `<div>`s, which cannot live in
 * an `<svg>`; we still use its `LegendOrdinal` for the domain -> label
 * mapping (render-prop children) and draw swatches and text ourselves so
 * the legend is part of the chart image and of the snapshot.
 */
import type { ReactNode } from "react";
import { LegendOrdinal } from "@visx/legend";
import { scaleOrdinal } from "@visx/scale";
import { INK } from "../palette";
import { flowLegend, FONT_SIZE } from "./layout";

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** Optional custom swatch (e.g. a glyph shape) drawn centred on (6, 6). */
  swatch?: ReactNode;
}

const SWATCH = 12;

/** Height the legend will need at `width`, so the chart can reserve it before laying out. */
export function legendHeight(entries: readonly LegendEntry[], width: number): number {
  return flowLegend(entries, width, SWATCH).height;
}

export interface SwatchLegendProps {
  entries: readonly LegendEntry[];
  width: number;
  left: number;
  top: number;
  /** Accessible group label, e.g. "Legend: claimant type". */
  label: string;
}

export function SwatchLegend({ entries, width, left, top, label }: SwatchLegendProps): ReactNode {
  if (entries.length === 0) return null;
  const scale = scaleOrdinal<string, string>({ domain: entries.map((e) => e.key), range: entries.map((e) => e.color) });
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const layout = flowLegend(entries, width, SWATCH);
  return (
    <g transform={`translate(${left},${top})`} data-legend="true" aria-label={label} role="list">
      <LegendOrdinal scale={scale}>
        {(labels) =>
          labels.map((l, i) => {
            const entry = byKey.get(String(l.datum));
            const pos = layout.items[i];
            if (!entry || !pos) return null;
            return (
              <g key={entry.key} transform={`translate(${pos.x},${pos.y})`} role="listitem">
                {entry.swatch ?? <rect width={SWATCH} height={SWATCH} rx={2} fill={l.value ?? entry.color} />}
                <text x={SWATCH + 5} y={SWATCH / 2} dominantBaseline="central" fill={INK.text} fontSize={FONT_SIZE}>
                  {entry.label}
                </text>
              </g>
            );
          })
        }
      </LegendOrdinal>
    </g>
  );
}
