import { describe, expect, it } from "vitest";
import type { Referent } from "../model/types";
import { classifyReferent } from "./classify-referent";
import { findCountedNoun } from "./find-counted-noun";
import { parseQuantities } from "./parse-quantity";
import { CELL_BEFORE, REFERENT_RULES } from "./referent-rules";

const referents = (s: string): Referent[] =>
  parseQuantities(s).flatMap((q) => {
    const noun = findCountedNoun(s, q, { cellContext: CELL_BEFORE.test(s.slice(0, q.start)) });
    return noun.accepted ? [classifyReferent(s, q, noun).referent] : [];
  });

describe("classifyReferent", () => {
  it.each<[Referent, string]>([
    ["remaining", "Up to 3,000 jihadists remain active in the desert."],
    ["remaining", "There are perhaps 400 fighters left."],
    ["remaining", "The group has about 8,000 fighters."],
    ["fled", "Nearly 600 militants slipped out of the town before the assault."],
    ["fled", "Dozens of insurgents escaped through the tunnels."],
    ["crossed", "More than 200 fighters infiltrated the border last month."],
    ["killed", "Troops killed 57 militants in the raid."],
    ["killed", "About 300 jihadists were killed in the strikes."],
    ["joined", "Some 5,000 Europeans who travelled to join ISIS came back."],
    ["joined", "About 30,000 foreign fighters from 100 countries."],
    ["in_city", "Forces encircled 1,500 militants in the old city."],
    ["cell_size", "They operate in cells of five to ten fighters."],
    ["peak", "At its height the group had 35,000 fighters."],
    ["hypothetical", "If 2,000 fighters slip away, the region will suffer."],
    ["hypothetical", "Analysts warn 800 militants could break out."],
    ["other", "Police arrested 14 ISIS members."],
  ])("reads %s in: %s", (expected, s) => {
    expect(referents(s)).toEqual([expected]);
  });

  it("prefers the cue attached to the noun when one sentence holds two claims", () => {
    expect(referents("Of the 30,000 recruits who joined the group, most were killed, and about 2,000 fighters remain.")).toEqual([
      "joined",
      "remaining",
    ]);
  });

  it("has unique rule ids", () => {
    const ids = REFERENT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
