import type { NamingSharesData } from "@framewatch/charts";
import type { OutletFramingResult } from "@framewatch/db/queries";
import { evidenceId, formatShare, outletInfo, ratio, type ChartTable, type ColorSlots } from "./common";

/** Naming shares: outlets x group names, raw mention counts (the chart stacks them to 100%). */
export function buildNamingChart(framing: OutletFramingResult, colors: ColorSlots): { data: NamingSharesData; table: ChartTable } {
  const terms = framing.categories.naming;
  const outlets = framing.outlets.map((o) => outletInfo(o, colors));
  const cells = framing.outlets.flatMap((o) =>
    terms.map((term) => ({ id: evidenceId("naming", o.key, term), outlet: o.key, term, count: o.naming[term] ?? 0 })),
  );
  const totals = new Map(framing.outlets.map((o) => [o.key, terms.reduce((s, t) => s + (o.naming[t] ?? 0), 0)]));
  const names = new Map(outlets.map((o) => [o.key, o.name]));
  return {
    data: { outlets, terms, cells },
    table: {
      caption: "Group names by outlet: mentions and share of the outlet's group-name mentions",
      columns: [
        { key: "outlet", label: "Outlet", rowHeader: true },
        { key: "term", label: "Name" },
        { key: "count", label: "Mentions", numeric: true },
        { key: "share", label: "Share", numeric: true },
      ],
      rows: cells
        .filter((c) => c.count > 0)
        .map((c) => ({
          id: c.id,
          cells: { outlet: names.get(c.outlet) ?? c.outlet, term: c.term, count: c.count, share: formatShare(ratio(c.count, totals.get(c.outlet) ?? 0)) },
        })),
    },
  };
}
