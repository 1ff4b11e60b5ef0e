"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ClaimsTimelineChart,
  describeDate,
  formatClaimNumber,
  ResponsiveChart,
  vocabLabel,
  type ChartPoint,
  type ClaimDatum,
  type ClaimsData,
} from "@framewatch/charts";
import { sentenceHref } from "@/lib/charts/build-claims-chart";
import { ChartTooltip } from "./ChartTooltip";

interface Props {
  data: ClaimsData;
  scale: "log" | "linear";
  colorBy: "claimantType" | "outlet";
  selectedId: string | null;
  /** Embeds open the article in a new tab instead of navigating the frame. */
  openInNewTab?: boolean;
}

/** Claims timeline: hover for the claim as written; click / Enter opens the article at the sentence. */
export function ClaimsChart({ data, scale, colorBy, selectedId, openInNewTab = false }: Props) {
  const router = useRouter();
  const [tip, setTip] = useState<{ d: ClaimDatum; p: ChartPoint; w: number } | null>(null);
  const outletName = new Map((data.outlets ?? []).map((o) => [o.key, o.name]));
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  return (
    <div className="chart-frame">
      <ResponsiveChart>
        {({ width, height }) => (
          <div className="chart-stage" style={{ width, height }}>
            <ClaimsTimelineChart
              width={width}
              height={height}
              data={data}
              scale={scale}
              colorBy={colorBy}
              percentPanel={width >= 900 ? "beside" : "below"}
              idPrefix="fw-claims"
              svgRole="group"
              title="Claimed numbers of ISIS fighters over publication date"
              selectedId={selectedId ?? undefined}
              onHover={(d, p) => setTip(d && p ? { d, p, w: width } : null)}
              onSelect={(id) => {
                const c = id ? byId.get(id) : undefined;
                if (!c) return;
                const href = sentenceHref(c.articleId, c.sentenceStart, c.sentenceEnd, c.section);
                if (openInNewTab) window.open(href, "_blank", "noopener");
                else router.push(href);
              }}
            />
          </div>
        )}
      </ResponsiveChart>
      <ChartTooltip point={tip?.p ?? null} width={tip?.w ?? 0}>
        {tip ? (
          <>
            <strong>“{tip.d.quantityText}”</strong> ({formatClaimNumber(tip.d)}, {vocabLabel(tip.d.refersTo)})
            <br />
            Claimant: {tip.d.claimant || "unnamed"} ({vocabLabel(tip.d.claimantType)})
            <br />
            Outlet: {outletName.get(tip.d.outlet) ?? tip.d.outlet}
            <br />
            Published: {tip.d.date.label ?? describeDate(tip.d.date)} (precision: {tip.d.date.precision})
            <br />
            <span className="tooltip-sentence">{tip.d.sentence}</span>
          </>
        ) : null}
      </ChartTooltip>
    </div>
  );
}
