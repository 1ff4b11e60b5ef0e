"use client";

import { useQueryStates } from "nuqs";
import { useState, useTransition } from "react";
import { formatShare, HeatmapChart, ResponsiveChart, type ChartPoint, type HeatmapCellDatum, type HeatmapData } from "@framewatch/charts";
import { attacksParsers, listParsers } from "@/lib/view-state";
import { ChartTooltip } from "./ChartTooltip";

interface Props {
  data: HeatmapData;
  measure: "count" | "share";
  /** Articles per outlet key (denominator of shares). */
  articles: Record<string, number>;
  selectedId: string | null;
}

/** Outlet x attack type heatmap with tooltip and URL-bound selection. */
export function AttackChart({ data, measure, articles, selectedId }: Props) {
  const [, startTransition] = useTransition();
  const [, setSel] = useQueryStates({ sel: attacksParsers.sel, cursor: listParsers.cursor }, { shallow: false, scroll: false, startTransition });
  const [tip, setTip] = useState<{ d: HeatmapCellDatum; p: ChartPoint; w: number } | null>(null);
  return (
    <div className="chart-frame">
      <ResponsiveChart>
        {({ width, height }) => (
          <div className="chart-stage" style={{ width, height }}>
            <HeatmapChart
              width={width}
              height={height}
              data={data}
              idPrefix="fw-attacks"
              svgRole="group"
              title={measure === "share" ? "Share of each outlet's articles mentioning each attack type" : "Attack-type mentions by outlet"}
              valueFormat={measure}
              valueLabel={measure === "share" ? "share of articles" : "mentions"}
              emptyMessage="No attack mentions in these articles."
              selectedId={selectedId ?? undefined}
              onSelect={(id) => void setSel({ sel: id, cursor: null })}
              onHover={(d, p) => setTip(d && p ? { d, p, w: width } : null)}
            />
          </div>
        )}
      </ResponsiveChart>
      <ChartTooltip point={tip?.p ?? null} width={tip?.w ?? 0}>
        {tip ? (
          <>
            <strong>{tip.d.rowName}</strong>: {tip.d.columnLabel}
            <br />
            {measure === "share"
              ? `${formatShare(tip.d.value)} of articles (${tip.d.count ?? 0} of ${articles[tip.d.row] ?? 0})`
              : `${tip.d.count ?? 0} ${tip.d.count === 1 ? "mention" : "mentions"} in ${articles[tip.d.row] ?? 0} ${articles[tip.d.row] === 1 ? "article" : "articles"}`}
            {tip.d.reviewed ? (
              <>
                <br />
                {`${tip.d.reviewed} reviewed by an analyst`}
              </>
            ) : null}
          </>
        ) : null}
      </ChartTooltip>
    </div>
  );
}
