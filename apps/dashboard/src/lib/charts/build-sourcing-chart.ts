import type { SourcingData } from "@framewatch/charts";
import type { OutletFramingResult } from "@framewatch/db/queries";
import { evidenceId, formatShare, outletInfo, ratio, vocabLabel, type ChartTable, type ColorSlots } from "./common";

/** Sourcing: attributions per claimant type, stacked per outlet; shares = count / outlet's attributions. */
export function buildSourcingChart(framing: OutletFramingResult, colors: ColorSlots): { data: SourcingData; table: ChartTable } {
  const categories = framing.categories.sourcing;
  const outlets = framing.outlets.map((o) => outletInfo(o, colors));
  const cells = framing.outlets.flatMap((o) =>
    categories.map((c) => ({ id: evidenceId("sourcing", o.key, c), outlet: o.key, category: c, count: o.sourcing[c] ?? 0 })),
  );
  const totals = new Map(framing.outlets.map((o) => [o.key, o.sourcingTotal]));
  const names = new Map(outlets.map((o) => [o.key, o.name]));
  return {
    data: { outlets, categories: categories.map((c) => ({ key: c, label: vocabLabel(c) })), cells },
    table: {
      caption: "Who is quoted: attributed statements by claimant type and outlet",
      columns: [
        { key: "outlet", label: "Outlet", rowHeader: true },
        { key: "category", label: "Claimant type" },
        { key: "count", label: "Attributions", numeric: true },
        { key: "share", label: "Share", numeric: true },
      ],
      rows: cells
        .filter((c) => c.count > 0)
        .map((c) => ({
          id: c.id,
          cells: {
            outlet: names.get(c.outlet) ?? c.outlet,
            category: vocabLabel(c.category),
            count: c.count,
            share: formatShare(ratio(c.count, totals.get(c.outlet) ?? 0)),
          },
        })),
    },
  };
}
