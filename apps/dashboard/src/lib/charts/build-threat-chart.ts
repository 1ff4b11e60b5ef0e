import { formatSigned, type ThreatData } from "@framewatch/charts";
import type { OutletFramingResult } from "@framewatch/db/queries";
import { evidenceId, outletInfo, type ChartTable, type ColorSlots } from "./common";

/** Threat stance index of summed hits: (resurgence - defeat) / (resurgence + defeat), 0 when neither. */
export function threatIndex(resurgence: number, defeat: number): number {
  const n = resurgence + defeat;
  return n > 0 ? Math.round(((resurgence - defeat) / n) * 10_000) / 10_000 : 0;
}

export function buildThreatChart(framing: OutletFramingResult, colors: ColorSlots): { data: ThreatData; table: ChartTable } {
  const outlets = framing.outlets.map((o) => outletInfo(o, colors));
  const bars = framing.outlets.map((o) => ({
    id: evidenceId("threat", o.key),
    outlet: o.key,
    value: threatIndex(o.threat.resurgence, o.threat.defeat),
    resurgence: o.threat.resurgence,
    defeat: o.threat.defeat,
  }));
  const names = new Map(outlets.map((o) => [o.key, o.name]));
  return {
    data: { outlets, bars },
    table: {
      caption: "Threat stance by outlet: resurgence vs defeat language (index from -1 defeat to +1 resurgence)",
      columns: [
        { key: "outlet", label: "Outlet", rowHeader: true },
        { key: "resurgence", label: "Resurgence hits", numeric: true },
        { key: "defeat", label: "Defeat hits", numeric: true },
        { key: "index", label: "Index", numeric: true },
      ],
      rows: bars.map((b) => ({
        id: b.id,
        cells: { outlet: names.get(b.outlet) ?? b.outlet, resurgence: b.resurgence, defeat: b.defeat, index: formatSigned(b.value) },
      })),
    },
  };
}
