"use client";

import type { ReactNode } from "react";
import type { ChartPoint } from "@framewatch/charts";

/** A tooltip anchored at a mark's chart-local point; the parent must be `position: relative`. */
export function ChartTooltip({ point, width, children }: { point: ChartPoint | null; width: number; children: ReactNode }) {
  if (!point || !children) return null;
  const maxW = Math.min(320, Math.max(160, width - 16));
  const left = Math.max(8, Math.min(point.x - maxW / 2, width - maxW - 8));
  const below = point.y < 120;
  return (
    <div
      role="tooltip"
      data-testid="chart-tooltip"
      className="chart-tooltip"
      style={{
        left,
        top: below ? point.y + 14 : point.y - 10,
        width: maxW,
        transform: below ? undefined : "translateY(-100%)",
      }}
    >
      {children}
    </div>
  );
}
