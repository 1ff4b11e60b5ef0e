import { describe, expect, it } from "vitest";
import { HeatmapChart } from "./HeatmapChart";
import { HEATMAP } from "./testing/fixtures";
import { normalizeSvg } from "./testing/normalize-svg";
import { countMarks, render } from "./testing/render";

describe("HeatmapChart", () => {
  it("matches the snapshot (per 1,000 words)", async () => {
    const html = render(<HeatmapChart data={HEATMAP} width={560} height={260} valueFormat="per1000" valueLabel="per 1,000 words" title="Actor labels" />);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/heatmap-per1000.svg");
  });

  it("formats shares and counts", () => {
    const shares = { ...HEATMAP, cells: HEATMAP.cells.map((c) => ({ ...c, value: Math.min(1, c.value / 10) })) };
    const html = render(<HeatmapChart data={shares} width={560} height={260} valueFormat="share" valueLabel="of articles" domainMax={1} />);
    expect(html).toContain("98%");
    expect(html).toContain('aria-label="Diyaruna, Terrorists: 98% of articles (30 counted)"');
    const counts = render(<HeatmapChart data={HEATMAP} width={560} height={260} />);
    expect(counts).toContain('aria-label="Al Jazeera, Militants: 4.2 count"');
  });

  it("draws nothing at zero size", () => {
    expect(render(<HeatmapChart data={HEATMAP} width={0} height={100} />)).toBe("");
  });

  it("shows why it is empty", () => {
    const html = render(<HeatmapChart data={{ ...HEATMAP, cells: [] }} width={400} height={200} emptyMessage="No attacks reported by these outlets." />);
    expect(html).toContain("No attacks reported by these outlets.");
    expect(countMarks(html, "heatmap-cell")).toBe(0);
  });

  it("draws one mark per cell and a neutral cell for each missing combination", () => {
    const html = render(<HeatmapChart data={HEATMAP} width={560} height={260} />);
    expect(countMarks(html, "heatmap-cell")).toBe(HEATMAP.cells.length);
    expect((html.match(/data-missing="true"/g) ?? []).length).toBe(3 * 4 - HEATMAP.cells.length);
  });

  it("rotates and thins column labels when columns are many and narrow", () => {
    const columns = Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, label: `Loaded term number ${i}` }));
    const cells = columns.map((c, i) => ({ id: `x${i}`, row: "aljazeera", column: c.key, value: i }));
    const html = render(<HeatmapChart data={{ rows: HEATMAP.rows, columns, cells }} width={500} height={300} />);
    expect(countMarks(html, "heatmap-cell")).toBe(60);
    expect(html).toContain("rotate(-45");
    expect(html).not.toContain("NaN");
  });
});
