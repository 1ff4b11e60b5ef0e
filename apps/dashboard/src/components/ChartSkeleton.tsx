import type { CSSProperties } from "react";

/** Placeholder with exactly the chart box's size (same classes, same `--rows`): no layout shift. */
export function ChartSkeleton({ variant, rows, label = "Loading chart…" }: { variant: string; rows: number; label?: string }) {
  return (
    <div
      className={`chart-box chart-box--${variant} skeleton`}
      style={{ "--rows": Math.max(1, rows) } as CSSProperties}
      role="status"
      aria-live="polite"
    >
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
