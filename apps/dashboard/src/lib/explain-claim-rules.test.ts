import { describe, expect, it } from "vitest";
import { explainClaimRules } from "./explain-claim-rules";

describe("explainClaimRules", () => {
  it("explains how the claimant was found and why it has its type", () => {
    const lines = explainClaimRules(["range:to", "noun:fighter-nouns", "referent:possession", "claimant:frame:according-to", "type:known:votel"]);
    expect(lines.map((l) => l.aspect)).toEqual(["Number", "Counted noun", "Refers to", "Claimant found by", "Claimant type"]);
    expect(lines[3]!.text).toContain("according to X");
    expect(lines[4]!.text).toContain("well-known person");
    expect(lines[4]!.rule).toBe("type:known:votel");
  });

  it("explains a headline claim credited through the body and the outlet's own voice", () => {
    expect(explainClaimRules(["claimant:headline-matches-body@120"])[0]!.text).toContain("offset 120");
    expect(explainClaimRules(["type:publisher:media"])[0]!.text).toContain("own voice");
    expect(explainClaimRules(["type:theatre:military-rank"])[0]!.text).toContain("theatre");
  });

  it("keeps unknown rule ids visible rather than dropping them", () => {
    expect(explainClaimRules(["something:new"])).toEqual([{ aspect: "Rule", text: "something:new", rule: "something:new" }]);
  });
});
