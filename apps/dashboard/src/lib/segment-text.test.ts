import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text";

describe("segmentText", () => {
  it("returns the whole text as one unmarked segment when there are no spans", () => {
    expect(segmentText("abc", [])).toEqual([{ start: 0, end: 3, text: "abc", kinds: [], labels: [] }]);
  });

  it("splits overlapping spans into flat segments that keep every covering kind", () => {
    const segments = segmentText("0123456789", [
      { start: 2, end: 8, kind: "target", label: "sentence" },
      { start: 4, end: 6, kind: "claim", label: "claim" },
    ]);
    expect(segments.map((s) => [s.text, s.kinds])).toEqual([
      ["01", []],
      ["23", ["target"]],
      ["45", ["target", "claim"]],
      ["67", ["target"]],
      ["89", []],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("0123456789");
  });

  it("ignores spans outside the text", () => {
    expect(segmentText("abc", [{ start: 2, end: 10, kind: "claim", label: "x" }])).toHaveLength(1);
  });
});
