// Acceptance: the whole pipeline on the five bundled sample articles against
// their careful hand annotation (test/fixtures/seeds-gold.json, copied from
// the project's shared fixtures).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analyze";
import type { ArticleAnalysis } from "../src/model";

interface GoldClaim {
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  claimantType: string;
  refersTo: string;
  anchor: string;
}
interface GoldArticle {
  source: string;
  outlet: { name: string; evidence: string };
  published: { earliest: string; latest: string };
  groupTerms: Record<string, number>;
  fighterClaims: GoldClaim[];
  attacks: { type: string; anchor: string }[];
}

const CORPUS = path.resolve(import.meta.dirname, "..", "..", "..", "data", "corpus");
const gold: GoldArticle[] = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures", "seeds-gold.json"), "utf8"));

const analyses = new Map<string, ArticleAnalysis>(
  gold.map((g) => [g.source, analyzeArticle({ source: g.source, raw: fs.readFileSync(path.join(CORPUS, g.source), "utf8") })]),
);

const claimKey = (c: Pick<GoldClaim, "low" | "high" | "qualifier" | "unit" | "claimantType" | "refersTo">) =>
  `${c.low}|${c.high}|${c.qualifier}|${c.unit}|${c.claimantType}|${c.refersTo}`;

describe.each(gold.map((g) => [g.source, g] as const))("%s", (source, g) => {
  const a = analyses.get(source)!;

  it("names the outlet", () => {
    expect(a.outlet?.name).toBe(g.outlet.name);
  });

  it("dates it within an interval overlapping the gold one", () => {
    expect(a.published).not.toBeNull();
    expect(a.published!.earliest <= g.published.latest).toBe(true);
    expect(a.published!.latest >= g.published.earliest).toBe(true);
  });

  it("counts group terms exactly", () => {
    expect(a.groupTerms).toEqual(g.groupTerms);
  });

  it("finds every gold claim, in the sentence of its anchor, and no other", () => {
    expect(a.fighterClaims.map(claimKey).sort()).toEqual(g.fighterClaims.map(claimKey).sort());
    for (const gc of g.fighterClaims) {
      const found = a.fighterClaims.find((c) => claimKey(c) === claimKey(gc));
      expect(found?.text, gc.anchor).toContain(gc.anchor.replace(/’/g, "’"));
    }
  });

  it("codes the gold set of attack types", () => {
    expect([...new Set(a.attacks.map((t) => t.type))].sort()).toEqual([...new Set(g.attacks.map((t) => t.type))].sort());
  });
});
