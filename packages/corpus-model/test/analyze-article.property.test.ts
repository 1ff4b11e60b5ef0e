import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analyze";

// Fragments that steer random input towards the extractors' hot paths, so the
// property is exercised on numbers, attributions and page furniture too.
const fragments = fc.constantFrom(
  "About 1,000 ISIS fighters remain, officials said.",
  "between 4,500 and 6,000 militants",
  "fewer than 1,000",
  "at least 700 Daesh militants fled, he told Reuters.",
  "no more than 25 percent of the fighters",
  "tens of thousands of ISIL loyalists",
  "a car bomb exploded",
  "gunmen kidnapped",
  "Source: Al Jazeera",
  "{{#bullets}}",
  "Monday (February 10th)",
  "Islamic State",
  "\n\n",
  "\u201c",
  "\u201d",
  " - ",
  "<p>",
  "</p>",
);
const article = fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 12 }), fragments), {
  maxLength: 30,
}).map((parts) => parts.join(" "));

describe("analyzeArticle on arbitrary input", () => {
  it("never throws, and every offset lies in the body and points at the text it claims", () => {
    fc.assert(
      fc.property(article, (raw) => {
        const a = analyzeArticle({ source: "prop.txt", raw });
        const within = (s: { start: number; end: number; text: string }, text = a.body) => {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        };
        for (const c of a.fighterClaims) {
          // Headline claims index the title; everything else indexes the body.
          const section = c.section === "title" ? (a.title ?? "") : a.body;
          within(c, section);
          within(c.quantity, section);
          if (c.claimantEvidence) within(c.claimantEvidence);
          expect(c.quantity.start).toBeGreaterThanOrEqual(c.start);
          expect(c.quantity.end).toBeLessThanOrEqual(c.end);
          expect(c.text).toContain(c.quantity.text);
          expect(c.quantity.text).toMatch(/\d|dozen|hundred|thousand|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty/i);
        }
        for (const t of a.attacks) {
          within(t);
          within(t.trigger);
        }
        for (const s of a.framing.signals) {
          within(s.match);
          within(s.sentence);
        }
      }),
      { numRuns: 300 },
    );
  });
});
