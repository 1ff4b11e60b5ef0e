import { decodeCursor, encodeCursor } from "@framewatch/db/queries";
import type { PageParams } from "./api-params";

/**
 * One page of a chart's table rows, keyed by row id (ids are unique and the
 * order is fixed for a corpus version), in the same shape as list pages.
 */
export function pageRows<R extends { id: string }>(rows: readonly R[], page: PageParams): { rows: R[]; total: number; limit: number; next: string | null; prev: string | null } {
  const cursor = decodeCursor(page.cursor, 1);
  const at = cursor ? rows.findIndex((r) => r.id === cursor.key[0]) : -1;
  let start = 0;
  if (cursor && at >= 0) start = cursor.dir === "after" ? at + 1 : Math.max(0, at - page.limit);
  const end = cursor?.dir === "before" && at >= 0 ? at : Math.min(rows.length, start + page.limit);
  const slice = rows.slice(start, end);
  return {
    rows: slice,
    total: rows.length,
    limit: page.limit,
    next: end < rows.length && slice.length > 0 ? encodeCursor({ dir: "after", key: [slice.at(-1)!.id] }) : null,
    prev: start > 0 && slice.length > 0 ? encodeCursor({ dir: "before", key: [slice[0]!.id] }) : null,
  };
}
