"use client";

import { useState } from "react";
import { ChartDataTable } from "@framewatch/charts";
import type { ChartTable } from "@/lib/charts";

/**
 * The data-table alternative to a chart, collapsed under "Show data table".
 * Rows are rendered when it is opened: a closed table of a thousand rows
 * would otherwise be sent twice (as HTML and as the page's data).
 */
export function DataTableToggle({ table, selectedId, emptyMessage }: { table: ChartTable; selectedId?: string | null; emptyMessage?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="data-table" data-testid="data-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show data table ({table.rows.length} {table.rows.length === 1 ? "row" : "rows"})</summary>
      <div className="table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
        {open ? (
          <ChartDataTable
            caption={table.caption}
            columns={table.columns}
            rows={table.rows}
            selectedId={selectedId ?? undefined}
            emptyMessage={emptyMessage ?? "No data for these filters."}
          />
        ) : null}
      </div>
    </details>
  );
}
