import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { extractClaims } from "./extract-claims";
import { HELDOUT_CASES, ROBUSTNESS_CASES, type ExpectedClaim } from "./robustness-cases";

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

const ALL = [...ROBUSTNESS_CASES, ...HELDOUT_CASES];

describe("claims robustness set", () => {
  it("has unique ids", () => {
    expect(new Set(ALL.map((x) => x.id)).size).toBe(ALL.length);
  });
  it.each(ALL.map((x) => [x.id, x] as const))("%s", (_id, x) => {
    const sentences = splitSentences(x.text);
    const got = extractClaims(x.text, sentences);
    expect(got.map(shape)).toEqual(x.expected.map(shape));
  });
});
