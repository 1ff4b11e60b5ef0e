import { describe, expect, it } from "vitest";
import { NamingSharesChart } from "./NamingSharesChart";
import { NAMING, OUTLETS } from "./testing/fixtures";
import { normalizeSvg } from "./testing/normalize-svg";
import { countMarks, markIds, render } from "./testing/render";

describe("NamingSharesChart", () => {
  it("matches the snapshot", async () => {
    const html = render(<NamingSharesChart data={NAMING} width={640} height={300} selectedId="n-di-daesh" />);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/naming-shares.svg");
  });

  it("draws nothing at zero size", () => {
    expect(render(<NamingSharesChart data={NAMING} width={0} height={300} />)).toBe("");
    expect(render(<NamingSharesChart data={NAMING} width={640} height={0} />)).toBe("");
  });

  it("shows why it is empty", () => {
    const html = render(<NamingSharesChart data={{ outlets: OUTLETS, cells: [] }} width={400} height={200} />);
    expect(html).toContain('data-empty-state="true"');
    expect(html).toContain("No group names");
    expect(countMarks(html, "naming-segment")).toBe(0);
    expect(render(<NamingSharesChart data={{ outlets: [], cells: [] }} width={400} height={200} />)).toContain("No outlets selected.");
  });

  it("draws one segment per non-zero count, 100% per outlet", () => {
    const html = render(<NamingSharesChart data={NAMING} width={640} height={300} />);
    const nonZero = NAMING.cells.filter((c) => c.count > 0);
    expect(countMarks(html, "naming-segment")).toBe(nonZero.length);
    expect(markIds(html, "naming-segment").sort()).toEqual(nonZero.map((c) => c.id).sort());
    expect(html).toContain('aria-label="Diyaruna: &quot;Daesh&quot; 93% of group-name mentions (41 of 44)"');
    expect(html).toMatch(/role="img"/);
    expect(html).toMatch(/<title id="fw-naming-title">/);
  });

  it("marks the selected segment and dims the others", () => {
    const html = render(<NamingSharesChart data={NAMING} width={640} height={300} selectedId="n-re-is" idPrefix="x" />);
    expect(html.match(/data-selected="true"/g)).toHaveLength(1);
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('opacity="0.35"');
    // A selection from another chart does not dim this one.
    expect(render(<NamingSharesChart data={NAMING} width={640} height={300} selectedId="elsewhere" />)).not.toContain('opacity="0.35"');
  });

  it("adapts to a thousand outlets: every mark drawn, labels thinned", () => {
    const outlets = Array.from({ length: 1000 }, (_, i) => ({ key: `o${i}`, name: `Outlet number ${i} with a rather long name` }));
    const cells = outlets.map((o, i) => ({ id: `c${i}`, outlet: o.key, term: i % 2 ? "ISIS" : "Daesh", count: 1 + (i % 7) }));
    const html = render(<NamingSharesChart data={{ outlets, cells }} width={600} height={400} />);
    expect(countMarks(html, "naming-segment")).toBe(1000);
    const labels = (html.match(/visx-axis-tick/g) ?? []).length;
    expect(labels).toBeLessThan(200);
    expect(html).not.toContain("NaN");
  });
});
