/**
 * ChartDataTable: the accessible alternative to any chart, an HTML
 * `<table>` with a caption and scoped headers. The dashboard renders it
 * next to (or instead of) the SVG; rows carry the same evidence ids as the
 * marks, so selecting a row can show the same evidence.
 */
import type { ReactNode } from "react";
import { formatNumber } from "./format";
import type { DataTableColumn, DataTableRow, DataTableValue } from "./types";

export interface ChartDataTableProps {
  caption: string;
  columns: DataTableColumn[];
  rows: DataTableRow[];
  /** Shown in a single full-width cell when `rows` is empty. */
  emptyMessage?: string;
  className?: string;
  /** Id of the selected row; it gets `aria-selected` and `data-selected`. */
  selectedId?: string;
  /** Formats numeric cells; defaults to en-US grouping ("1,234"). */
  formatValue?: (value: DataTableValue, column: DataTableColumn) => string;
}

function defaultFormat(value: DataTableValue): string {
  if (value === null) return "\u2014";
  return typeof value === "number" ? formatNumber(value) : value;
}

export function ChartDataTable(props: ChartDataTableProps): ReactNode {
  const { caption, columns, rows, emptyMessage = "No data.", className, selectedId, formatValue } = props;
  const fmt = (v: DataTableValue, c: DataTableColumn): string => (formatValue ? formatValue(v, c) : defaultFormat(v));
  // Without an explicit row header, the first column names the row.
  const headerKey = columns.find((c) => c.rowHeader)?.key ?? columns[0]?.key;
  return (
    <table className={className} data-chart-table="true">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" style={c.numeric ? { textAlign: "right" } : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={Math.max(1, columns.length)}>{emptyMessage}</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr
              key={r.id}
              data-id={r.id}
              aria-selected={selectedId === undefined ? undefined : selectedId === r.id}
              data-selected={selectedId === r.id ? "true" : undefined}
            >
              {columns.map((c) => {
                const text = fmt(r.cells[c.key] ?? null, c);
                const style = c.numeric ? { textAlign: "right" as const } : undefined;
                return c.key === headerKey ? (
                  <th key={c.key} scope="row" style={style}>
                    {text}
                  </th>
                ) : (
                  <td key={c.key} style={style}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
