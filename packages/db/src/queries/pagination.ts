/**
 * Keyset pagination shared by every list: a page is "the `limit` items
 * after (or before) this key" in a total order that ends in unique ids, so
 * paging never repeats or skips an item, however deep, and costs the same
 * on page 1 and page 1,000. Cursors are opaque to clients (base64url JSON).
 */

/** Items per page when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 50;
/** The most items one page may hold (the JSON API rejects more). */
export const MAX_PAGE_SIZE = 200;

export type CursorKey = (string | number | null)[];

export interface Cursor {
  /** "after": the page starts after `key`; "before": the page ends before it. */
  dir: "after" | "before";
  key: CursorKey;
}

export interface PageRequest {
  limit?: number;
  /** An opaque cursor from a previous page's `next` / `prev`; none = the first page. */
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Items in the whole list (all pages). */
  total: number;
  limit: number;
  /** Cursor of the following page, null on the last. */
  next: string | null;
  /** Cursor of the preceding page, null on the first. */
  prev: string | null;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.dir === "after" ? "a" : "b", ...cursor.key]), "utf8").toString("base64url");
}

/** The cursor, or null when it is malformed or has the wrong shape for the list (`arity` keys). */
export function decodeCursor(text: string | null | undefined, arity: number): Cursor | null {
  if (!text || text.length > 500 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== arity + 1 || (parsed[0] !== "a" && parsed[0] !== "b")) return null;
    const key = parsed.slice(1);
    if (!key.every((k) => k === null || typeof k === "string" || (typeof k === "number" && Number.isFinite(k)))) return null;
    return { dir: parsed[0] === "a" ? "after" : "before", key: key as CursorKey };
  } catch {
    return null;
  }
}

export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(limit)));
}

/**
 * Turns the rows of a keyset query into a page. The query fetched `limit + 1`
 * rows in list order ("after") or reversed list order ("before"), so the
 * extra row says whether the list goes on in that direction.
 */
export function toPage<T>(rows: T[], request: { limit: number; cursor: Cursor | null }, total: number, keyOf: (item: T) => CursorKey): Page<T> {
  const { limit, cursor } = request;
  const more = rows.length > limit;
  const kept = rows.slice(0, limit);
  const items = cursor?.dir === "before" ? kept.reverse() : kept;
  const first = items[0];
  const last = items.at(-1);
  const hasNext = cursor?.dir === "before" ? true : more;
  const hasPrev = cursor?.dir === "before" ? more : cursor !== null;
  return {
    items,
    total,
    limit,
    next: hasNext && last !== undefined ? encodeCursor({ dir: "after", key: keyOf(last) }) : null,
    prev: hasPrev && first !== undefined ? encodeCursor({ dir: "before", key: keyOf(first) }) : null,
  };
}
