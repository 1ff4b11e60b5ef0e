import type { HeatmapData } from "@framewatch/charts";
import type { OutletFraming, OutletFramingResult } from "@framewatch/db/queries";
import { evidenceId, formatRate, outletInfo, per1000, vocabLabel, type ChartTable, type ColorSlots, type EvidenceKind } from "./common";

/** Actor labels or loaded terms per 1,000 words: summed counts / summed words of the outlet. */
function buildRateHeatmap(
  framing: OutletFramingResult,
  colors: ColorSlots,
  kind: Extract<EvidenceKind, "actor" | "loaded">,
): { data: HeatmapData; table: ChartTable } {
  const categories = kind === "actor" ? framing.categories.actorLabels : framing.categories.loadedTerms;
  const countsOf = (o: OutletFraming) => (kind === "actor" ? o.actorLabels : o.loadedTerms);
  const rows = framing.outlets.map((o) => outletInfo(o, colors));
  const cells = framing.outlets.flatMap((o) =>
    categories.map((c) => {
      const count = countsOf(o)[c] ?? 0;
      return { id: evidenceId(kind, o.key, c), row: o.key, column: c, value: per1000(count, o.words), count };
    }),
  );
  const names = new Map(rows.map((o) => [o.key, o.name]));
  const what = kind === "actor" ? "Actor labels" : "Loaded terms";
  return {
    data: { rows, columns: categories.map((c) => ({ key: c, label: c })), cells },
    table: {
      caption: `${what} per 1,000 words by outlet (raw counts alongside)`,
      columns: [
        { key: "outlet", label: "Outlet", rowHeader: true },
        { key: "category", label: kind === "actor" ? "Label" : "Term" },
        { key: "count", label: "Count", numeric: true },
        { key: "rate", label: "Per 1,000 words", numeric: true },
      ],
      rows: cells.map((c) => ({
        id: c.id,
        cells: { outlet: names.get(c.row) ?? c.row, category: vocabLabel(c.column), count: c.count, rate: formatRate(c.value) },
      })),
    },
  };
}

export function buildActorHeatmap(framing: OutletFramingResult, colors: ColorSlots) {
  return buildRateHeatmap(framing, colors, "actor");
}

export function buildLoadedHeatmap(framing: OutletFramingResult, colors: ColorSlots) {
  return buildRateHeatmap(framing, colors, "loaded");
}
