import type { CSSProperties, ReactNode } from "react";

/** Fixed-size box a chart measures itself in; the skeleton uses the same classes. */
export function ChartBox({ variant, rows, children }: { variant: string; rows: number; children: ReactNode }) {
  return (
    <div className={`chart-box chart-box--${variant}`} style={{ "--rows": Math.max(1, rows) } as CSSProperties}>
      {children}
    </div>
  );
}
