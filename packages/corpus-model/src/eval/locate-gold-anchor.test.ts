import { describe, expect, it } from "vitest";
import { locateGoldAnchor } from "./locate-gold-anchor";

describe("locateGoldAnchor", () => {
  const text = "Share this. About 300 fighters remain, said one. Another 300 fled.";

  it("keeps offsets that still point at the words", () => {
    expect(locateGoldAnchor(text, { text: "300", start: 18, end: 21 })).toEqual({ start: 18, end: 21 });
  });

  it("finds the words again when the text shifted, nearest the old place", () => {
    // The gold was written when the body had no "Share this. " (12 characters) in front.
    expect(locateGoldAnchor(text, { text: "300", start: 6, end: 9 })).toEqual({ start: 18, end: 21 });
    expect(locateGoldAnchor(text, { text: "300", start: 45, end: 48 })).toEqual({ start: 57, end: 60 });
  });

  it("prefers an occurrence inside the gold's sentence", () => {
    expect(locateGoldAnchor(text, { text: "300", start: 6, end: 9, sentence: { text: "Another 300 fled." } })).toEqual({ start: 57, end: 60 });
  });

  it("is null when the words are not in the text, or empty", () => {
    expect(locateGoldAnchor(text, { text: "3,000", start: 18, end: 23 })).toBeNull();
    expect(locateGoldAnchor(text, { text: "", start: 0, end: 0 })).toBeNull();
  });
});
