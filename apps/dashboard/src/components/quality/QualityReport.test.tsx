import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { scoreArticle, summariseScores, type GoldArticle, type MachineArticle } from "@framewatch/corpus-model/eval";
import type { MachineQuality } from "@framewatch/db/review";
import { QualityReport } from "./QualityReport";

const BODY = "About 400 fighters remain, a spokesman said. Gunmen attacked a post.";
const machine: MachineArticle = {
  source: "a.txt",
  title: null,
  body: BODY,
  outlet: { name: "Courier" },
  published: null,
  fighterClaims: [
    { low: 400, high: 400, qualifier: "about", unit: "people", claimant: "a spokesman", claimantType: "unknown", refersTo: "remaining", section: "body", quantity: { start: 0, end: 9, text: "About 400" } },
  ],
  attacks: [{ type: "armed_assault" }],
  extractorVersion: "2.1.0",
};
const gold: GoldArticle = {
  source: "a.txt",
  outlet: { name: "Courier" },
  fighterClaims: [{ ...machine.fighterClaims[0]!, claimantType: "iraqi_gov_military" }],
  attacks: [],
};

function quality(overrides: Partial<MachineQuality> = {}): MachineQuality {
  return {
    ...summariseScores([scoreArticle(gold, machine)]),
    reviewedArticles: 2,
    measuredArticles: 1,
    incompleteArticles: 1,
    claimsComplete: 1,
    attacksComplete: 1,
    truncated: false,
    outletsOmitted: 0,
    ...overrides,
  };
}

describe("QualityReport", () => {
  it("shows each measure's rates and counts, what the figures rest on, and F1 per outlet and version", () => {
    const html = renderToStaticMarkup(<QualityReport quality={quality()} />);
    expect(html).toContain("Based on 1 reviewed article (1 with every claim decided, 1 with every attack decided)");
    expect(html).toContain("1 article with some decisions but no complete list is left out");
    // claims (loose): one pair, right; claimant type: the pair has another type in the gold.
    expect(html).toMatch(/data-measure="claimsLoose"><th[^>]*>claims \(loose\)<\/th><td class="num">100\.0%<\/td><td class="num">100\.0%<\/td><td class="num">100\.0%<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">0<\/td>/);
    expect(html).toMatch(/data-measure="claimantType"><th[^>]*>claimant type<\/th><td class="num">0\.0%<\/td><td class="num">0\.0%<\/td><td class="num">0\.0%<\/td><td class="num">0<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">0\.0%<\/td>/);
    // attack types: the machine's one is wrong and the gold has none, so recall has nothing to count.
    expect(html).toMatch(/data-measure="attackTypes"><th[^>]*>attack types<\/th><td class="num">0\.0%<\/td><td class="num">–<\/td>/);
    expect(html).not.toContain('data-measure="date"');
    expect(html).toContain('data-group="Courier"');
    expect(html).toContain('data-group="2.1.0"');
  });

  it("says when nothing is reviewed yet, or nothing completely", () => {
    const none = { ...summariseScores([]), reviewedArticles: 0, measuredArticles: 0, incompleteArticles: 0, claimsComplete: 0, attacksComplete: 0 };
    expect(renderToStaticMarkup(<QualityReport quality={quality(none)} />)).toContain("Nothing is reviewed yet.");
    const partly = renderToStaticMarkup(<QualityReport quality={quality({ ...none, reviewedArticles: 3, incompleteArticles: 3 })} />);
    expect(partly).toContain("3 articles have review decisions, but none is reviewed completely yet.");
    expect(partly).not.toContain("quality-overall");
  });
});
