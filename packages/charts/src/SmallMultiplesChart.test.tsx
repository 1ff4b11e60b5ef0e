import { describe, expect, it } from "vitest";
import { SmallMultiplesChart } from "./SmallMultiplesChart";
import { FRAMES } from "./testing/fixtures";
import { normalizeSvg } from "./testing/normalize-svg";
import { countMarks, render } from "./testing/render";

describe("SmallMultiplesChart", () => {
  it("matches the snapshot", async () => {
    const html = render(<SmallMultiplesChart data={FRAMES} width={640} height={360} />);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/frames.svg");
  });

  it("draws nothing at zero size", () => {
    expect(render(<SmallMultiplesChart data={FRAMES} width={0} height={0} />)).toBe("");
  });

  it("shows why it is empty", () => {
    expect(render(<SmallMultiplesChart data={{ ...FRAMES, cells: [] }} width={400} height={300} />)).toContain("No sentences coded");
  });

  it("draws one panel per frame and one bar per cell", () => {
    const html = render(<SmallMultiplesChart data={FRAMES} width={640} height={360} />);
    expect((html.match(/data-panel=/g) ?? []).length).toBe(FRAMES.frames.length);
    expect(countMarks(html, "frame-bar")).toBe(FRAMES.cells.length);
    expect(html).toContain('aria-label="Security and defense, Diyaruna: 61% of sentences (70 sentences)"');
  });

  it("lays out 15 frames in a narrow chart", () => {
    const frames = Array.from({ length: 15 }, (_, i) => ({ key: `f${i}`, label: `Frame ${i}` }));
    const cells = frames.flatMap((f, i) => FRAMES.outlets.map((o, j) => ({ id: `${f.key}-${o.key}`, outlet: o.key, frame: f.key, value: ((i + j) % 5) / 10 })));
    const html = render(<SmallMultiplesChart data={{ outlets: FRAMES.outlets, frames, cells }} width={320} height={900} />);
    expect(countMarks(html, "frame-bar")).toBe(45);
    expect(html).not.toContain("NaN");
  });
});
