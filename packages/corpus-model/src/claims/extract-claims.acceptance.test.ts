import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { extractClaims } from "./extract-claims";

// Acceptance over the five sample articles against the hand annotation.
// Test-only I/O: the library itself never reads files.
const root = fileURLToPath(new URL("../../../../", import.meta.url));
interface GoldClaim {
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  claimantType: string;
  refersTo: string;
  anchor: string;
}
const gold = JSON.parse(readFileSync(`${root}packages/corpus-model/test/fixtures/seeds-gold.json`, "utf8")) as Array<{
  source: string;
  fighterClaims: GoldClaim[];
}>;

describe("claims on the sample corpus", () => {
  for (const article of gold) {
    it(`matches the gold claims of ${article.source}`, () => {
      const body = readFileSync(`${root}data/corpus/${article.source}`, "utf8");
      const got = extractClaims(body, splitSentences(body));
      const shape = (c: Omit<GoldClaim, "anchor">) => ({
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        unit: c.unit,
        claimantType: c.claimantType,
        refersTo: c.refersTo,
      });
      expect(got.map(shape)).toEqual(article.fighterClaims.map(shape));
      // Each claim's sentence contains the annotator's anchor.
      got.forEach((c, i) => expect(c.text).toContain(article.fighterClaims[i]!.anchor));
    });
  }
});
