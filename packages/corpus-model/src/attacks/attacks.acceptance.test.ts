import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../text";
import { extractAttacks } from "./extract-attacks";

/**
 * Acceptance against the hand annotation, on the raw sample files (cleaning
 * is built elsewhere; none of the page furniture mentions an attack, so the
 * raw text gives the same result as a cleaned body would).
 */
const corpusDir = new URL("../../../../data/corpus/", import.meta.url);
const gold = JSON.parse(
  readFileSync(new URL("../../test/fixtures/seeds-gold.json", import.meta.url), "utf8"),
) as { source: string; attacks: { type: string; anchor: string }[] }[];

describe("attack types on the five samples", () => {
  for (const article of gold) {
    const raw = readFileSync(new URL(article.source, corpusDir), "utf8");
    const attacks = extractAttacks(raw, splitSentences(raw));

    it(`${article.source}: the set of types equals the gold set`, () => {
      expect([...new Set(attacks.map((a) => a.type))].sort()).toEqual(
        [...new Set(article.attacks.map((a) => a.type))].sort(),
      );
    });

    it(`${article.source}: the same (sentence, type) pairs as the gold anchors`, () => {
      const expected = article.attacks
        .map((g) => {
          const at = raw.indexOf(g.anchor);
          expect(at, g.anchor).toBeGreaterThanOrEqual(0);
          const sentence = attacks.find((a) => a.start <= at && at < a.end) ?? { start: -1 };
          return `${sentence.start}:${g.type}`;
        })
        .sort();
      const actual = attacks.map((a) => `${a.start}:${a.type}`).sort();
      expect([...new Set(actual)]).toEqual([...new Set(expected)]);
    });

    it(`${article.source}: triggers index the text and lie in their sentence`, () => {
      for (const a of attacks) {
        expect(raw.slice(a.trigger.start, a.trigger.end)).toBe(a.trigger.text);
        expect(raw.slice(a.start, a.end)).toBe(a.text);
        expect(a.trigger.start).toBeGreaterThanOrEqual(a.start);
        expect(a.trigger.end).toBeLessThanOrEqual(a.end);
      }
    });
  }
});
