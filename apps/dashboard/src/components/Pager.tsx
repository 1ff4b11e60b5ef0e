import Link from "next/link";
import { formatNumber } from "@framewatch/charts";
import type { Page } from "@framewatch/db/queries";

interface Props {
  /** What the list holds, plural ("articles", "sentences"). */
  noun: string;
  /** This page of the list: its items, the whole list's count and the neighbouring pages' cursors (null at either end). */
  page: Pick<Page<unknown>, "items" | "total" | "prev" | "next">;
  /** The URL of the page a cursor names. */
  href: (cursor: string) => string;
  /** Names the pager for screen readers and tests ("articles", "evidence"...). */
  testId: string;
  /** Render nothing when the whole list fits on this page (no count line either). */
  onlyWhenPaged?: boolean;
}

/**
 * Previous / next links of a keyset-paginated list, with the count. Plain
 * links: every page has its own URL (the cursor is view state), works without
 * JavaScript, and a shared link opens the same page.
 */
export function Pager({ noun, page, href, testId, onlyWhenPaged = false }: Props) {
  const shown = page.items.length;
  const total = page.total;
  const prevHref = page.prev ? href(page.prev) : null;
  const nextHref = page.next ? href(page.next) : null;
  if (!prevHref && !nextHref) {
    if (onlyWhenPaged) return null;
    return (
      <p className="pager muted" data-testid={`pager-${testId}`}>
        {formatNumber(total)} {noun}
      </p>
    );
  }
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`} data-testid={`pager-${testId}`}>
      {prevHref ? (
        <Link href={prevHref} rel="prev" scroll={false} data-testid={`pager-${testId}-prev`}>
          ← Previous
        </Link>
      ) : (
        <span className="muted" aria-disabled="true">
          ← Previous
        </span>
      )}
      <span className="muted" data-testid={`pager-${testId}-count`}>
        {formatNumber(shown)} of {formatNumber(total)} {noun}
      </span>
      {nextHref ? (
        <Link href={nextHref} rel="next" scroll={false} data-testid={`pager-${testId}-next`}>
          Next →
        </Link>
      ) : (
        <span className="muted" aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
