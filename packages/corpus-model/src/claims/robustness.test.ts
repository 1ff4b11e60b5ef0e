import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { extractClaims } from "./extract-claims";
import { findAttributions } from "./find-attributions";
import { ROBUSTNESS_CASES, type ExpectedClaim } from "./robustness-cases";

// The out-of-sample evaluation set (styles of outlets we have no sample
// articles from): every expected claim, in order, and nothing else.
const shape = (c: ExpectedClaim): ExpectedClaim => ({
  low: c.low,
  high: c.high,
  qualifier: c.qualifier,
  unit: c.unit,
  refersTo: c.refersTo,
  claimantType: c.claimantType,
});

describe("claims robustness set", () => {
  it("has unique ids", () => {
    expect(new Set(ROBUSTNESS_CASES.map((x) => x.id)).size).toBe(ROBUSTNESS_CASES.length);
  });
  it.each(ROBUSTNESS_CASES.map((x) => [x.id, x] as const))("%s", (_id, x) => {
    const sentences = splitSentences(x.text);
    const got = extractClaims(x.text, sentences, findAttributions(x.text, sentences));
    expect(got.map(shape)).toEqual(x.expected.map(shape));
  });
});
