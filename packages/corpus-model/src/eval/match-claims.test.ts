import { describe, expect, it } from "vitest";
import { at, goldClaim, machineClaim } from "./eval-fixtures";
import { matchClaims, type AnchoredGoldClaim } from "./match-claims";
import type { GoldClaim } from "./gold-article";

const anchored = (c: GoldClaim): AnchoredGoldClaim => ({ claim: c, quantity: { start: c.quantity.start, end: c.quantity.end } });

describe("matchClaims", () => {
  it("pairs claims whose quantities overlap, partially too", () => {
    const gold = [anchored(goldClaim("about 3,000")), anchored(goldClaim("2,000"))];
    const machine = [machineClaim("2,000 fighters"), machineClaim("3,000")];
    expect(matchClaims(gold, machine)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("does not pair quantities that only touch, nor claims of different sections", () => {
    const g = goldClaim("2,000");
    const touching = { ...machineClaim("2,000"), quantity: { start: g.quantity.end, end: g.quantity.end + 5, text: " figh" } };
    const headline = { ...machineClaim("2,000"), section: "title" as const };
    expect(matchClaims([anchored(g)], [touching, headline])).toEqual([]);
  });

  it("lets one gold claim match one machine claim: a number read twice is one match and one extra", () => {
    const gold = [anchored(goldClaim("2,000"))];
    expect(matchClaims(gold, [machineClaim("2,000"), machineClaim("2,000 fighters")])).toHaveLength(1);
    // And the other way round: two gold claims on one machine claim.
    expect(matchClaims([anchored(goldClaim("2,000")), anchored(goldClaim("2,000 fighters"))], [machineClaim("2,000")])).toHaveLength(1);
  });

  it("makes as many pairs as possible, moving an earlier pair when that frees a partner", () => {
    // Gold 0 overlaps both machine claims and prefers the bigger overlap; gold 1 overlaps only that one.
    const gold = [anchored(goldClaim("4,500 to 6,000")), anchored(goldClaim("6,000"))];
    const machine = [machineClaim("4,500"), machineClaim("to 6,000")];
    expect(matchClaims(gold, machine)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("prefers the partner that agrees on the fields among overlapping ones", () => {
    const gold = [anchored(goldClaim("4,500 to 6,000", { low: 4500, high: 6000, qualifier: "between" }))];
    const machine = [machineClaim("4,500 to"), machineClaim("4,500 to 6,000", { low: 4500, high: 6000, qualifier: "between" })];
    expect(matchClaims(gold, machine)).toEqual([[0, 1]]);
  });

  it("matches nothing with an empty side, and skips gold claims not found in the text", () => {
    expect(matchClaims([], [machineClaim("2,000")])).toEqual([]);
    expect(matchClaims([anchored(goldClaim("2,000"))], [])).toEqual([]);
    expect(matchClaims([{ claim: goldClaim("2,000"), quantity: null }], [machineClaim("2,000")])).toEqual([]);
    expect(at("2,000").start).toBeGreaterThan(0);
  });
});
