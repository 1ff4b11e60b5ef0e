import { describe, expect, it } from "vitest";
import { StackedBarChart } from "./StackedBarChart";
import { OUTLETS, SOURCING } from "./testing/fixtures";
import { normalizeSvg } from "./testing/normalize-svg";
import { countMarks, render } from "./testing/render";

describe("StackedBarChart", () => {
  it("matches the snapshot (counts)", async () => {
    const html = render(<StackedBarChart data={SOURCING} width={640} height={300} />);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/sourcing-counts.svg");
  });

  it("matches the snapshot (shares)", async () => {
    const html = render(<StackedBarChart data={SOURCING} width={640} height={300} mode="share" />);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/sourcing-shares.svg");
  });

  it("draws nothing at zero size", () => {
    expect(render(<StackedBarChart data={SOURCING} width={0} height={0} />)).toBe("");
  });

  it("shows why it is empty", () => {
    const html = render(<StackedBarChart data={{ outlets: OUTLETS, cells: [] }} width={400} height={200} />);
    expect(html).toContain("No attributed statements");
    expect(countMarks(html, "sourcing-segment")).toBe(0);
  });

  it("draws one mark per cell with words in the aria-label", () => {
    const html = render(<StackedBarChart data={SOURCING} width={640} height={300} />);
    expect(countMarks(html, "sourcing-segment")).toBe(SOURCING.cells.length);
    expect(html).toContain('aria-label="Diyaruna: 22 statements attributed to Iraqi gov. / military (81% of 27)"');
    // Fixed claimant colours: UN is Okabe–Ito blue.
    expect(html).toContain('fill="#0072B2"');
  });
});
