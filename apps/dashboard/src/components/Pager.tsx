import Link from "next/link";
import { formatNumber } from "@framewatch/charts";

interface Props {
  /** What the list holds, plural ("articles", "sentences"). */
  noun: string;
  /** Items on this page and in the whole list. */
  shown: number;
  total: number;
  /** Links to the neighbouring pages (null at either end). */
  prevHref: string | null;
  nextHref: string | null;
  /** Names the pager for screen readers and tests ("articles", "evidence"...). */
  testId: string;
}

/**
 * Previous / next links of a keyset-paginated list, with the count. Plain
 * links: every page has its own URL (the cursor is view state), works without
 * JavaScript, and a shared link opens the same page.
 */
export function Pager({ noun, shown, total, prevHref, nextHref, testId }: Props) {
  if (!prevHref && !nextHref) {
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
