import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { extractClaims } from "./extract-claims";
import { analyzeSources } from "../sources";
import { findAttributions } from "./find-attributions";

// Strings built from claim-shaped pieces reach the deep code paths far more
// often than uniform random text.
const piece = fc.constantFrom(
  "between 4,500 and 6,000 ", "militants ", "fighters ", "hundreds of ", "at least 700 ", "no more than 25 percent of the ",
  "said ", "he said. ", "“", "”", "\"", ", ", ". ", "\n", "according to ", "UN officials ", "the officials ", "If 1,000 ",
  "cells of up to 50 ", "groups as small as two ", "tens of thousands of ISIS’s ", "2019 ", "$3m ", "20km ", "they estimated ",
  "Col. ", "al-Sanad ", "told Al Jazeera: ", "fled ", "remaining ", "-", "–", "one ", "twenty-five ", "%",
);
const body = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((xs) => xs.join("")));

describe("extractClaims properties", () => {
  it("never throws and keeps every offset honest", () => {
    fc.assert(
      fc.property(body, (text) => {
        const sentences = splitSentences(text);
        const sources = analyzeSources(text, sentences);
        const attributions = findAttributions(text, sentences, sources);
        for (const a of attributions) expect(text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.text);
        for (const c of extractClaims(text, sentences, sources)) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.text).toContain(c.quantity.text);
          expect(text.slice(c.quantity.start, c.quantity.end)).toBe(c.quantity.text);
          expect(c.quantity.start).toBeGreaterThanOrEqual(c.start);
          expect(c.quantity.end).toBeLessThanOrEqual(c.end);
          if (c.low !== null && c.high !== null) expect(c.low).toBeLessThanOrEqual(c.high);
        }
      }),
      { numRuns: 400 },
    );
  });
});
