import { describe, expect, it } from "vitest";
import { checkReviewFields } from "./review-vocabulary";

const correctMachine = { partial: true, added: false };
const correctAdded = { partial: true, added: true };
const add = { partial: false, added: true };
const claim = { low: 5, high: 6, qualifier: "between", claimant: "x", claimantType: "un", refersTo: "killed" };

describe("checkReviewFields", () => {
  it("accepts the contract's vocabulary and refuses anything else, in words", () => {
    expect(checkReviewFields("claim", { claimantType: "un" }, correctMachine)).toMatchObject({ ok: true });
    expect(checkReviewFields("claim", { claimantType: "martians" }, correctMachine)).toMatchObject({ ok: false, error: expect.stringContaining("claimantType must be one of un") });
    expect(checkReviewFields("claim", { bogus: 1 }, correctMachine)).toMatchObject({ ok: false, error: expect.stringContaining('"bogus" is not a claim field') });
    expect(checkReviewFields("claim", { low: -1 }, correctMachine)).toMatchObject({ ok: false });
    expect(checkReviewFields("claim", {}, correctMachine)).toMatchObject({ ok: false });
    expect(checkReviewFields("attack", { type: "kidnapping" }, { partial: false, added: true })).toMatchObject({ ok: true });
    expect(checkReviewFields("attack", { type: "piracy" }, { partial: false, added: true })).toMatchObject({ ok: false });
    expect(checkReviewFields("claim", { low: 5, high: 6, qualifier: "between" }, add)).toMatchObject({ ok: false, error: expect.stringContaining("needs claimant") });
  });

  it("wants an added claim's unit, from the contract's units", () => {
    expect(checkReviewFields("claim", { ...claim, unit: "percent" }, add)).toMatchObject({ ok: true });
    expect(checkReviewFields("claim", { ...claim, unit: "people" }, add)).toMatchObject({ ok: true });
    expect(checkReviewFields("claim", claim, add)).toMatchObject({ ok: false, error: expect.stringContaining("needs unit") });
    expect(checkReviewFields("claim", { ...claim, unit: "percentage" }, add)).toMatchObject({ ok: false, error: "unit must be one of people, percent." });
    expect(checkReviewFields("claim", { ...claim, unit: null }, add)).toMatchObject({ ok: false, error: "unit must be one of people, percent." });
  });

  it("lets a correction change an added claim's unit, not a machine claim's", () => {
    expect(checkReviewFields("claim", { unit: "percent" }, correctAdded)).toMatchObject({ ok: true });
    expect(checkReviewFields("claim", { unit: "kg" }, correctAdded)).toMatchObject({ ok: false, error: "unit must be one of people, percent." });
    expect(checkReviewFields("claim", { unit: "people" }, correctMachine)).toMatchObject({ ok: false, error: expect.stringContaining("only on a claim an analyst added") });
    expect(checkReviewFields("attack", { unit: "people" }, { partial: true, added: true })).toMatchObject({ ok: false, error: expect.stringContaining('"unit" is not') });
  });
});
