import { expect } from "vitest";
import type { Page } from "../queries/pagination";

/**
 * Pages through a list forwards from the first page, then backwards from the
 * last, and checks both walks agree (no item twice, none skipped, same
 * order) and that `total` counts them. Returns the items in list order.
 */
export async function walkPages<T>(fetch: (cursor: string | null) => Promise<Page<T>>, idOf: (item: T) => string | number): Promise<T[]> {
  const forward: T[] = [];
  const pages: Page<T>[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = await fetch(cursor);
    pages.push(page);
    forward.push(...page.items);
    if (!page.next) break;
    expect(page.items.length).toBe(page.limit);
    cursor = page.next;
  }
  expect(pages[0]!.prev).toBeNull();
  const ids = forward.map(idOf);
  expect(new Set(ids).size).toBe(ids.length);
  expect(forward.length).toBe(pages[0]!.total);

  // Backwards: from the last page follow `prev` to the first; the pages are the same.
  const backward: T[][] = [];
  let page = pages.at(-1)!;
  backward.unshift(page.items);
  while (page.prev) {
    page = await fetch(page.prev);
    backward.unshift(page.items);
    expect(page.next).not.toBeNull();
  }
  expect(backward.flat().map(idOf)).toEqual(ids);
  return forward;
}
