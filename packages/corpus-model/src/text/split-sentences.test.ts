import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

describe("splitSentences", () => {
  it("keeps titles, initials and month abbreviations inside a sentence", () => {
    const text = "Col. Ali Hamid met Michael W. Hanna on Dec. 9 in the U.S. capital. Then he left.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Col. Ali Hamid met Michael W. Hanna on Dec. 9 in the U.S. capital.",
      "Then he left.",
    ]);
  });
  it("splits after a closing quote and at paragraph breaks", () => {
    expect(splitSentences("“It is over.” He smiled.\nNext").map((s) => s.text)).toEqual(["“It is over.”", "He smiled.", "Next"]);
  });
  it("returns trimmed spans whose text matches the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
