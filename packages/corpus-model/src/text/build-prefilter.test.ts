import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPrefilter } from "./build-prefilter";

describe("buildPrefilter", () => {
  it("says no when no pattern matches and yes when one does", () => {
    const mayMatch = buildPrefilter([/\blast (?:week|weekend)\b/giu, /\bPresident Obama\b/u, /\bnewly\b/iu]);
    expect(mayMatch("Gunmen struck a checkpoint near Samarra last weekend.")).toBe(true);
    expect(mayMatch("President Obama spoke.")).toBe(true);
    expect(mayMatch("The council was newly elected.")).toBe(true);
    expect(mayMatch("Gunmen struck a checkpoint near Samarra on Sunday.")).toBe(false);
  });

  it("keeps a backspace in a class and an escaped backslash before a 'b'", () => {
    expect(buildPrefilter([/a[\b]c/iu])("a\bc")).toBe(true);
    expect(buildPrefilter([/a[\b]c/iu])("abc")).toBe(false);
    expect(buildPrefilter([/x\\by/iu])("x\\by")).toBe(true);
    expect(buildPrefilter([/x\\by/iu])("xy")).toBe(false);
  });

  it("never says no where a pattern matches, word characters that fold to ASCII included", () => {
    const patterns = [/\bkos\b/iu, /\bs(?:a|b)\b[^.]{0,3}\bk\b/iu, /[\bk]\bs/iu, /\bAB\b/u];
    const mayMatch = buildPrefilter(patterns);
    const text = fc.array(fc.constantFrom("k", "K", "\u212a", "o", "s", "S", "\u017f", "a", "b", "A", "B", " ", ".", "\b", "-"), { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, (t) => {
        if (patterns.some((p) => p.test(t))) expect(mayMatch(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
