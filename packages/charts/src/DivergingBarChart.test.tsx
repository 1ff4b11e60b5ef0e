import { describe, expect, it } from "vitest";
import { DivergingBarChart } from "./DivergingBarChart";
import { OUTLETS, THREAT } from "./testing/fixtures";
import { normalizeSvg } from "./testing/normalize-svg";
import { countMarks, render } from "./testing/render";

describe("DivergingBarChart", () => {
  it("matches the snapshot", async () => {
    const html = render(<DivergingBarChart data={THREAT} width={600} height={260} />);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/threat.svg");
  });

  it("draws nothing at zero size", () => {
    expect(render(<DivergingBarChart data={THREAT} width={600} height={0} />)).toBe("");
  });

  it("shows why it is empty", () => {
    const html = render(<DivergingBarChart data={{ outlets: OUTLETS, bars: [] }} width={400} height={200} />);
    expect(html).toContain("No threat-stance language");
  });

  it("draws negative bars left of zero and positive bars right of it", () => {
    const html = render(<DivergingBarChart data={THREAT} width={600} height={260} />);
    expect(countMarks(html, "threat-bar")).toBe(THREAT.bars.length);
    const bar = (id: string): { x: number; w: number } => {
      const m = new RegExp(`<rect[^>]*x="([\\d.]+)"[^>]*width="([\\d.]+)"[^>]*data-id="${id}"`).exec(html);
      if (!m) throw new Error(`no bar ${id}`);
      return { x: Number(m[1]), w: Number(m[2]) };
    };
    const neg = bar("t-di");
    const pos = bar("t-aj");
    expect(neg.x + neg.w).toBeCloseTo(pos.x, 5);
    expect(html).toContain('aria-label="Diyaruna: threat stance \u22120.60, leans to defeat/control; 4 resurgence vs 16 defeat/control mentions"');
  });
});
