import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean";
import { inferOutlet } from "./infer-outlet";
import { inferPublishedDate } from "./infer-date";

interface Gold {
  source: string;
  outlet: { name: string; evidence: string };
  published: { earliest: string; latest: string };
}

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const gold = JSON.parse(readFileSync(`${root}packages/corpus-model/test/fixtures/seeds-gold.json`, "utf8")) as Gold[];

describe("sample corpus metadata", () => {
  for (const g of gold) {
    it(`${g.source}: outlet and date interval agree with the gold`, () => {
      const raw = readFileSync(`${root}data/corpus/${g.source}`, "utf8");
      const cleaned = cleanArticle(raw);
      const outlet = inferOutlet({ raw, cleaned });
      expect(outlet?.name).toBe(g.outlet.name);
      expect(outlet?.evidence).toBe(g.outlet.evidence);
      const text = outlet!.span.origin === "body" ? cleaned.body : raw;
      expect(text.slice(outlet!.span.start, outlet!.span.end)).toBe(outlet!.evidence);

      const date = inferPublishedDate({ raw, cleaned });
      expect(date).not.toBeNull();
      // Intervals overlap.
      expect(date!.earliest <= g.published.latest && g.published.earliest <= date!.latest).toBe(true);
      for (const s of date!.spans) {
        const src = s.origin === "body" ? cleaned.body : raw;
        expect(src.slice(s.start, s.end)).toBe(s.text);
      }
    });
  }
});
