import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pager } from "./Pager";

const href = (cursor: string) => `/list?cursor=${cursor}#top`;
const page = (prev: string | null, next: string | null) => ({ items: [1, 2, 3], total: 1234, prev, next });

describe("Pager", () => {
  it("links the neighbouring pages by their cursors and counts this page against the whole list", () => {
    const html = renderToStaticMarkup(<Pager noun="claims" testId="claims" page={page("p1", "n1")} href={href} />);
    expect(html).toContain('href="/list?cursor=p1#top"');
    expect(html).toContain('href="/list?cursor=n1#top"');
    expect(html).toContain("3 of 1,234 claims");
  });

  it("marks the missing end as disabled rather than linking it", () => {
    const html = renderToStaticMarkup(<Pager noun="claims" testId="claims" page={page(null, "n1")} href={href} />);
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('aria-disabled="true">← Previous');
    expect(html).toContain('rel="next"');
  });

  it("on a single page shows the count alone, or nothing when asked onlyWhenPaged", () => {
    expect(renderToStaticMarkup(<Pager noun="signals" testId="s" page={page(null, null)} href={href} />)).toBe(
      '<p class="pager muted" data-testid="pager-s">1,234 signals</p>',
    );
    expect(renderToStaticMarkup(<Pager noun="signals" testId="s" page={page(null, null)} href={href} onlyWhenPaged />)).toBe("");
    expect(renderToStaticMarkup(<Pager noun="signals" testId="s" page={page("p1", null)} href={href} onlyWhenPaged />)).toContain('rel="prev"');
  });
});
