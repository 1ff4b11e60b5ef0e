import { describe, expect, it } from "vitest";
import { goldArticle, goldClaim, machineArticle, machineClaim } from "./eval-fixtures";
import { scoreArticle } from "./score-article";
import { summariseScores } from "./summarise-scores";

describe("summariseScores", () => {
  // Article a: 2 gold claims, both found, one with the wrong claimant type. Article b (another outlet and
  // extractor): 1 gold claim missed, 1 spurious. Article c: no claims annotated, a right date.
  const a = scoreArticle(
    goldArticle({ source: "a", fighterClaims: [goldClaim("2,000"), goldClaim("about 3,000", { low: 3000, high: 3000, qualifier: "about" })] }),
    machineArticle({ fighterClaims: [machineClaim("2,000"), machineClaim("about 3,000", { low: 3000, high: 3000, qualifier: "about", claimantType: "unknown" })] }),
  );
  const b = scoreArticle(
    goldArticle({ source: "b", fighterClaims: [goldClaim("2,000")] }),
    machineArticle({ outlet: { name: "Euphrates Wire" }, extractorVersion: "1.0.0", fighterClaims: [machineClaim("the desert")] }),
  );
  const c = scoreArticle(goldArticle({ source: "c", published: { date: "2026-01", precision: "month" } }), machineArticle({ published: { date: "2026-01", precision: "month" } }));
  const summary = summariseScores([a, b, c]);

  it("micro-averages: sums counts over articles, then computes the rates", () => {
    const loose = summary.overall.measures.claimsLoose;
    expect(loose).toMatchObject({ tp: 2, fp: 1, fn: 1, articles: 2, precision: 0.6667, recall: 0.6667, f1: 0.6667 });
    expect(summary.overall.measures.claimantType).toMatchObject({ tp: 1, fp: 2, fn: 2, precision: 0.3333, recall: 0.3333, accuracy: 0.5 });
    expect(summary.overall.measures.refersTo.accuracy).toBe(1);
    expect(summary.overall.measures.date).toMatchObject({ tp: 1, fp: 0, fn: 0, articles: 1, precision: 1, recall: 1, f1: 1 });
    expect(summary.overall.articles).toBe(3);
  });

  it("gives no rate where there was nothing to count, rather than 0 or 100%", () => {
    expect(summary.overall.measures.attackTypes).toMatchObject({ tp: 0, fp: 0, fn: 0, articles: 0, precision: null, recall: null, f1: null });
    const onlySpurious = summariseScores([scoreArticle(goldArticle({ fighterClaims: [] }), machineArticle({ fighterClaims: [machineClaim("2,000")] }))]);
    expect(onlySpurious.overall.measures.claimsLoose).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(onlySpurious.overall.measures.claimantType.accuracy).toBeNull();
    expect(summariseScores([]).overall).toMatchObject({ articles: 0, measures: { claimsStrict: { f1: null } } });
  });

  it("groups by outlet and by extractor version, sorted", () => {
    expect(summary.byOutlet.map((g) => [g.outlet, g.articles, g.measures.claimsLoose.tp])).toEqual([
      ["Euphrates Wire", 1, 0],
      ["Tigris Ledger", 2, 2],
    ]);
    expect(summary.byExtractorVersion.map((g) => [g.extractorVersion, g.articles, g.measures.claimsLoose.fn])).toEqual([
      ["1.0.0", 1, 1],
      ["2.1.0", 2, 0],
    ]);
  });
});
