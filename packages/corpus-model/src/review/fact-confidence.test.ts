import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze";
import { attackConfidence, claimConfidence } from "./fact-confidence";

describe("claimConfidence", () => {
  it("is 1 when the quantity, referent, claimant and its type all came from rules", () => {
    expect(claimConfidence({ rules: ["range:to", "noun:fighter-nouns", "referent:possession", "claimant:frame:subject", "type:rule:un"] })).toBe(1);
  });

  it("takes off the documented amount for each weakness, and orders weaker evidence lower", () => {
    const strong = ["noun:fighter-nouns", "referent:possession", "claimant:quote", "type:known:brett-mcgurk"];
    expect(claimConfidence({ rules: ["vague:thousands", ...strong] })).toBe(0.75);
    expect(claimConfidence({ rules: ["noun:fighter-nouns", "claimant:quote", "type:rule:un"] })).toBe(0.8);
    expect(claimConfidence({ rules: ["noun:x", "referent:y", "claimant:publisher", "type:publisher:outlet"] })).toBe(0.85);
    expect(claimConfidence({ rules: ["noun:x", "referent:y", "claimant:relay", "type:linked:earlier"] })).toBe(0.8);
    expect(claimConfidence({ rules: ["noun:x", "referent:y", "claimant:quote", "type:theatre:iraq"] })).toBe(0.85);
    expect(claimConfidence({ rules: ["noun:x", "referent:y", "claimant:quote", "type:rule:passive"], claimantType: "unknown" })).toBe(0.85);
    // Everything missing and vague: the floor, not below.
    expect(claimConfidence({ rules: ["vague:dozens"], claimantType: "unknown" })).toBe(0.05);
  });

  it("scores every claim of a real article within [0.05, 1]", () => {
    const text =
      "ISIS fighters remain in Syria\n\nBAGHDAD — The UN said on Monday that between 20,000 and 30,000 Islamic State fighters remain in Iraq and Syria. " +
      "Dozens of militants fled the city, officials said.";
    const claims = analyzeArticle({ source: "test.txt", raw: text }).fighterClaims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      const score = claimConfidence(c);
      expect(score).toBeGreaterThanOrEqual(0.05);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe("attackConfidence", () => {
  it("ranks unknown types lowest and single-word triggers below phrases", () => {
    expect(attackConfidence({ type: "unknown", triggerText: "attack" })).toBe(0.4);
    expect(attackConfidence({ type: "bombing_explosion", triggerText: "blast" })).toBe(0.7);
    expect(attackConfidence({ type: "bombing_explosion", triggerText: "car bomb" })).toBe(0.9);
    expect(attackConfidence({ type: "armed_assault", triggerText: "opened fire", rule: "armed:reference" })).toBe(0.7);
  });
});
