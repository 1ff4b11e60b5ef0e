"use client";

import { useQueryStates } from "nuqs";
import { useState, useTransition, type ReactNode } from "react";
import {
  DivergingBarChart,
  formatRate,
  formatShare,
  formatSigned,
  HeatmapChart,
  NamingSharesChart,
  ResponsiveChart,
  SmallMultiplesChart,
  StackedBarChart,
  vocabLabel,
  type ChartPoint,
  type FrameBarDatum,
  type FramesData,
  type HeatmapCellDatum,
  type HeatmapData,
  type NamingSegmentDatum,
  type NamingSharesData,
  type SourcingData,
  type SourcingSegmentDatum,
  type ThreatBarDatum,
  type ThreatData,
} from "@framewatch/charts";
import { framingParsers, listParsers } from "@/lib/view-state";
import { ChartTooltip } from "./ChartTooltip";

export type FramingChartSpec =
  | { dimension: "naming"; data: NamingSharesData }
  | { dimension: "actors"; data: HeatmapData; words: Record<string, number> }
  | { dimension: "loaded"; data: HeatmapData; words: Record<string, number> }
  | { dimension: "sourcing"; data: SourcingData; mode: "share" | "count" }
  | { dimension: "threat"; data: ThreatData }
  | { dimension: "frames"; data: FramesData; sentences: Record<string, number> };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** One framing chart with tooltip and URL-bound selection (`sel`). */
export function FramingChart({ spec, selectedId, title }: { spec: FramingChartSpec; selectedId: string | null; title: string }) {
  const [, startTransition] = useTransition();
  const [, setSel] = useQueryStates({ sel: framingParsers.sel, cursor: listParsers.cursor }, { shallow: false, scroll: false, startTransition });
  const [tip, setTip] = useState<{ content: ReactNode; point: ChartPoint; width: number } | null>(null);
  const hover =
    <D,>(width: number, describe: (d: D) => ReactNode) =>
    (d: D | null, p: ChartPoint | null) =>
      setTip(d && p ? { content: describe(d), point: p, width } : null);
  const common = {
    selectedId: selectedId ?? undefined,
    onSelect: (id: string | null) => void setSel({ sel: id, cursor: null }),
    idPrefix: `fw-framing-${spec.dimension}`,
    title,
    svgRole: "group" as const,
  };

  return (
    <div className="chart-frame">
      <ResponsiveChart>
        {({ width, height }) => (
          <div className="chart-stage" style={{ width, height }}>
            {spec.dimension === "naming" ? (
              <NamingSharesChart
                {...common}
                width={width}
                height={height}
                data={spec.data}
                emptyMessage="None of these articles names the group."
                onHover={hover<NamingSegmentDatum>(width, (d) => (
                  <>
                    <strong>{d.outletName}</strong>: “{d.term}”<br />
                    {formatShare(d.share)} of group-name mentions ({plural(d.count, "mention")} of {d.total.toLocaleString("en-US")})
                  </>
                ))}
              />
            ) : spec.dimension === "actors" || spec.dimension === "loaded" ? (
              <HeatmapChart
                {...common}
                width={width}
                height={height}
                data={spec.data}
                valueFormat="per1000"
                onHover={hover<HeatmapCellDatum>(width, (d) => (
                  <>
                    <strong>{d.rowName}</strong>: “{d.columnLabel}”<br />
                    {formatRate(d.value)} per 1,000 words ({plural(d.count ?? 0, "occurrence")} in {plural(spec.words[d.row] ?? 0, "word")})
                  </>
                ))}
              />
            ) : spec.dimension === "sourcing" ? (
              <StackedBarChart
                {...common}
                width={width}
                height={height}
                data={spec.data}
                mode={spec.mode}
                emptyMessage="No attributed statements in these articles."
                onHover={hover<SourcingSegmentDatum>(width, (d) => (
                  <>
                    <strong>{d.outletName}</strong>: {d.categoryLabel}
                    <br />
                    {formatShare(d.share)} of attributions ({plural(d.count, "attribution")} of {d.total.toLocaleString("en-US")})
                  </>
                ))}
              />
            ) : spec.dimension === "threat" ? (
              <DivergingBarChart
                {...common}
                width={width}
                height={height}
                data={spec.data}
                onHover={hover<ThreatBarDatum>(width, (d) => (
                  <>
                    <strong>{d.outletName}</strong>: index {formatSigned(d.value)}
                    <br />
                    {plural(d.resurgence ?? 0, "resurgence hit")}, {plural(d.defeat ?? 0, "defeat hit")}
                  </>
                ))}
              />
            ) : (
              <SmallMultiplesChart
                {...common}
                width={width}
                height={height}
                data={spec.data}
                onHover={hover<FrameBarDatum>(width, (d) => (
                  <>
                    <strong>{d.outletName}</strong>: {d.frameLabel}
                    <br />
                    {formatShare(d.value)} of sentences ({plural(d.count ?? 0, "sentence")} of{" "}
                    {(spec.sentences[d.outlet] ?? 0).toLocaleString("en-US")})
                  </>
                ))}
              />
            )}
          </div>
        )}
      </ResponsiveChart>
      <ChartTooltip point={tip?.point ?? null} width={tip?.width ?? 0}>
        {tip?.content}
      </ChartTooltip>
    </div>
  );
}

export { vocabLabel };
