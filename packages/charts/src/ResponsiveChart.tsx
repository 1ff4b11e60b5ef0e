/**
 * ResponsiveChart: the only component here that measures. It wraps any
 * chart in @visx/responsive's ParentSize and passes the measured width and
 * height to the render function, keeping the charts themselves pure
 * functions of (data, width, height, options). On the server and on the
 * first client render the size is `initialWidth` x `initialHeight` (0 by
 * default, so nothing is drawn until measured — no layout flash).
 */
import type { CSSProperties, ReactNode } from "react";
import { ParentSize } from "@visx/responsive";

export interface ResponsiveChartProps {
  children: (size: { width: number; height: number }) => ReactNode;
  /** Fixed height in px; the width follows the container. Omit to fill the parent's height. */
  height?: number;
  initialWidth?: number;
  initialHeight?: number;
  /** Resize debounce in ms (default 150). */
  debounceTime?: number;
  className?: string;
  style?: CSSProperties;
}

export function ResponsiveChart(props: ResponsiveChartProps): ReactNode {
  const { children, height, initialWidth = 0, initialHeight = 0, debounceTime = 150, className, style } = props;
  return (
    <ParentSize
      className={className}
      style={height !== undefined ? { ...style, height } : style}
      debounceTime={debounceTime}
      initialSize={{ width: initialWidth, height: height ?? initialHeight }}
    >
      {({ width, height: measured }) => children({ width: Math.floor(width), height: Math.floor(height ?? measured) })}
    </ParentSize>
  );
}
