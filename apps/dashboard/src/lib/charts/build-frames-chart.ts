import type { FramesData } from "@framewatch/charts";
import type { OutletFramingResult } from "@framewatch/db/queries";
import { evidenceId, formatShare, outletInfo, ratio, type ChartTable, type ColorSlots } from "./common";

/** Policy frames: share of the outlet's sentences coded with each frame (summed counts / summed sentences). */
export function buildFramesChart(framing: OutletFramingResult, colors: ColorSlots): { data: FramesData; table: ChartTable } {
  const frames = framing.categories.policyFrames;
  const outlets = framing.outlets.map((o) => outletInfo(o, colors));
  const cells = framing.outlets.flatMap((o) =>
    frames.map((f) => {
      const count = o.policyFrames[f] ?? 0;
      return { id: evidenceId("frame", o.key, f), outlet: o.key, frame: f, value: ratio(count, o.sentences), count };
    }),
  );
  const names = new Map(outlets.map((o) => [o.key, o.name]));
  return {
    data: { outlets, frames: frames.map((f) => ({ key: f, label: f })), cells },
    table: {
      caption: "Policy frames by outlet: sentences coded with the frame and their share of the outlet's sentences",
      columns: [
        { key: "outlet", label: "Outlet", rowHeader: true },
        { key: "frame", label: "Frame" },
        { key: "count", label: "Sentences", numeric: true },
        { key: "share", label: "Share", numeric: true },
      ],
      rows: cells.map((c) => ({
        id: c.id,
        cells: { outlet: names.get(c.outlet) ?? c.outlet, frame: c.frame, count: c.count, share: formatShare(c.value) },
      })),
    },
  };
}
