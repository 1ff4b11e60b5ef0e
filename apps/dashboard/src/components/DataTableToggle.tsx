import { ChartDataTable } from "@framewatch/charts";
import type { ChartTable } from "@/lib/charts";

/** The data-table alternative to a chart, collapsed under "Show data table". */
export function DataTableToggle({ table, selectedId, emptyMessage }: { table: ChartTable; selectedId?: string | null; emptyMessage?: string }) {
  return (
    <details className="data-table" data-testid="data-table">
      <summary>Show data table ({table.rows.length} {table.rows.length === 1 ? "row" : "rows"})</summary>
      <div className="table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
        <ChartDataTable
          caption={table.caption}
          columns={table.columns}
          rows={table.rows}
          selectedId={selectedId ?? undefined}
          emptyMessage={emptyMessage ?? "No data for these filters."}
        />
      </div>
    </details>
  );
}
