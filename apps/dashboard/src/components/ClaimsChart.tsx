"use client";

import { useQueryStates } from "nuqs";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import {
  ClaimsTimelineChart,
  describeDate,
  formatClaimNumber,
  formatNumber,
  ResponsiveChart,
  vocabLabel,
  type ChartPoint,
  type ClaimBinDatum,
  type ClaimDatum,
  type ClaimsData,
} from "@framewatch/charts";
import { sentenceHref, zoomToBin } from "@/lib/charts/build-claims-chart";
import { canonicalQuery, claimsParsers, factsParsers, filterParsers, listParsers } from "@/lib/view-state";
import { ChartTooltip } from "./ChartTooltip";

interface Props {
  data: ClaimsData;
  scale: "log" | "linear";
  colorBy: "claimantType" | "outlet";
  selectedId: string | null;
  /** Embeds open the article (or a zoomed view) in a new tab instead of navigating the frame. */
  openInNewTab?: boolean;
}

const isBin = (d: ClaimDatum | ClaimBinDatum): d is ClaimBinDatum => "count" in d;

/** Sentences fetched for the tooltip, by claim id (they are not sent with the chart's data). */
const sentences = new Map<string, string>();

/** The sentence of the claim under the pointer: from the data when present, else fetched once from the JSON API. */
function useSentence(claim: ClaimDatum | null): string | null {
  const id = claim?.id ?? null;
  const [, setFetched] = useState(0);
  useEffect(() => {
    if (!claim || claim.sentence !== undefined || sentences.has(claim.id)) return;
    // Negative ids are analysts' added claims; a machine claim's sentence is the same in every mode, and
    // machine mode also finds one the view shows while the default would not (a rejected claim).
    const n = /^claim::(-?\d+)$/.exec(claim.id)?.[1];
    if (!n) return;
    let live = true;
    fetch(`/api/claims/${n}${n.startsWith("-") ? "" : "?facts=machine"}`)
      .then((r) => (r.ok ? (r.json() as Promise<{ sentence?: string }>) : null))
      .then((body) => {
        if (body?.sentence !== undefined) sentences.set(claim.id, body.sentence);
        if (live) setFetched((k) => k + 1);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [claim, id]);
  if (!claim) return null;
  return claim.sentence ?? sentences.get(claim.id) ?? null;
}

/**
 * Claims timeline: hover for the claim as written; click / Enter opens the
 * article at the sentence. Aggregated marks (too many claims to draw one by
 * one) zoom instead: their dates and colour group become the filters.
 */
export function ClaimsChart({ data, scale, colorBy, selectedId, openInNewTab = false }: Props) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [filters, setFilters] = useQueryStates(
    { ...filterParsers, ...factsParsers, sel: claimsParsers.sel, cursor: listParsers.cursor },
    { shallow: false, history: "push", scroll: false, startTransition },
  );
  const [tip, setTip] = useState<{ d: ClaimDatum | ClaimBinDatum; p: ChartPoint; w: number } | null>(null);
  const outletName = new Map((data.outlets ?? []).map((o) => [o.key, o.name]));
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  const bins = new Map((data.bins ?? []).map((b) => [b.id, b]));
  const hovered = tip && !isBin(tip.d) ? tip.d : null;
  const sentence = useSentence(hovered);

  const zoom = (bin: ClaimBinDatum) => {
    const z = zoomToBin(bin, colorBy);
    // The bin's group comes from the same vocabulary the parsers check.
    const next = { ...z, claimants: z.claimants as typeof filters.claimants | undefined, sel: null, cursor: null };
    if (openInNewTab) {
      window.open(`/claims${canonicalQuery("claims", { ...filters, ...next, scale, color: colorBy })}`, "_blank", "noopener");
    } else {
      void setFilters(next);
    }
  };

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
                const bin = id ? bins.get(id) : undefined;
                if (bin) return zoom(bin);
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
        {tip && isBin(tip.d) ? (
          <>
            <strong>{colorBy === "outlet" ? (outletName.get(tip.d.group) ?? tip.d.group) : vocabLabel(tip.d.group)}</strong>, {tip.d.label}
            <br />
            {formatNumber(tip.d.count)} {tip.d.count === 1 ? "claim" : "claims"}: {formatNumber(tip.d.min)}–{formatNumber(tip.d.max)}
            {tip.d.unit === "percent" ? "%" : " fighters"} (typical {formatNumber(Math.round(scale === "log" ? (tip.d.geoMean ?? tip.d.mean) : tip.d.mean))})
            <br />
            <span className="muted">Click to zoom into these claims.</span>
          </>
        ) : hovered ? (
          <>
            <strong>“{hovered.quantityText}”</strong> ({formatClaimNumber(hovered)}, {vocabLabel(hovered.refersTo)})
            <br />
            Claimant: {hovered.claimant || "unnamed"} ({vocabLabel(hovered.claimantType)})
            <br />
            Outlet: {outletName.get(hovered.outlet) ?? hovered.outlet}
            <br />
            Published: {hovered.date.label ?? describeDate(hovered.date)} (precision: {hovered.date.precision})
            <br />
            <span className="tooltip-sentence">{sentence ?? "…"}</span>
          </>
        ) : null}
      </ChartTooltip>
    </div>
  );
}
