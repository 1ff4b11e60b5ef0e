import { describe, expect, it } from "vitest";
import { anchorFromSelection, readQuantity } from "./anchor-from-selection";

const text = "Officials said 2,000 fighters remain. A car bomb hit the market.";
const sentences: [number, number][] = [
  [0, 37],
  [38, 64],
];

describe("anchorFromSelection", () => {
  it("maps a selection onto the sentence holding it, trimming whitespace", () => {
    const start = text.indexOf("2,000") - 1;
    expect(anchorFromSelection(text, sentences, start, start + 7)).toEqual({ sentenceStart: 0, sentenceEnd: 37, anchorStart: 15, anchorEnd: 20, anchorText: "2,000" });
    const bomb = text.indexOf("car bomb");
    // Backwards selections (focus before anchor) too.
    expect(anchorFromSelection(text, sentences, bomb + 8, bomb)).toMatchObject({ sentenceStart: 38, sentenceEnd: 64, anchorText: "car bomb" });
  });

  it("refuses an empty selection and one across sentences", () => {
    expect(anchorFromSelection(text, sentences, 5, 5)).toHaveProperty("error");
    expect(anchorFromSelection(text, sentences, 37, 38)).toHaveProperty("error");
    expect(anchorFromSelection(text, sentences, 30, 45)).toEqual({ error: expect.stringContaining("one sentence") });
  });
});

describe("readQuantity", () => {
  it("reads numbers, ranges and scales, and leaves words vague", () => {
    expect(readQuantity("2,000")).toEqual({ low: 2000, high: 2000, qualifier: "exact" });
    expect(readQuantity("1.5 million")).toEqual({ low: 1_500_000, high: 1_500_000, qualifier: "exact" });
    expect(readQuantity("200 to 300")).toEqual({ low: 200, high: 300, qualifier: "between" });
    expect(readQuantity("dozens")).toEqual({ low: null, high: null, qualifier: "vague" });
    expect(readQuantity("300 to 200")).toEqual({ low: null, high: null, qualifier: "vague" });
  });
});
