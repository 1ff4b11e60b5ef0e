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

  it.each<[Referent, string]>([
    ["in_city", "The army believes 2,000 to 2,500 fighters are left in Raqqa."],
    ["in_city", "About 400 jihadists remain in Hajin, officials say."],
    ["in_city", "Some 900 ISIS fighters are stationed in Tal Afar."],
    ["remaining", "Perhaps fewer than 700 Daesh militants are left in Syria, a Kurdish commander said."],
    ["remaining", "Perhaps 1,000 militants are left across the desert."],
    ["remaining", "Thousands of Daesh loyalists are still mounting raids across the desert."],
    ["remaining", "An estimated 3,000 fighters may still be roaming the Badia."],
    ["remaining", "Some 600 Daesh fighters are based mainly in the Hamrin mountains."],
    ["remaining", "An additional 1,200 fighters in a zone south of the river."],
    ["remaining", "The overall number of Daesh elements in the province does not exceed 250 to 300."],
    ["remaining", "Analysts at a Washington think tank put the number of Daesh militants between 4,000 and 6,000."],
    ["killed", "Western officials say the jihadists lost some 45,000 fighters in four years."],
    ["killed", "About 600 militants were killed or wounded in the clashes."],
    ["killed", "The group suffered about 1,200 casualties in the battle."],
    ["other", "ISIS said two of its fighters had killed 18 soldiers at the checkpoint."],
    ["remaining", "In 2019 the general put ISIS's strength at 14,000 to 18,000 fighters."],
    ["killed", "Some 40 militants killed in the strikes were foreigners."],
    ["other", "Hundreds of Daesh fighters captured the town in 2014."],
    ["other", "The SDF said it had recaptured 150 ISIS inmates who escaped."],
    ["fled", "The attackers, estimated at about 15, fled towards the valley."],
    ["fled", "Dozens of detainees, all Daesh members, fled into the surrounding villages."],
    ["other", "A report said 8,000 Daesh militants “still detained in Kurdish jails” pose a risk."],
    ["other", "Iraqi courts sentenced 19 men to death for belonging to Daesh."],
    ["in_city", "An estimated 700 militants, mostly foreigners, are holed up in the old city."],
    ["other", "Some 300 foreign fighters have returned to their home countries."],
    ["remaining", "Several thousand jihadists still move freely between the two valleys."],
    ["remaining", "Hundreds of Daesh members are now organised in sleeper cells."],
    ["other", "Some 4,000 ISIS fighters are still held in SDF prisons."],
    ["other", "The coalition transferred 80 ISIS fighters from Syria to Iraq last week."],
    ["other", "The SDF handed over 150 ISIS detainees to Baghdad."],
    ["in_city", "Roughly 1,500 to 2,000 ISIS fighters hold out in the last pocket."],
    ["other", "Some 2,000 ISIS suspects are still awaiting trial in Baghdad."],
    ["other", "About 6,500 Daesh detainees in Kurdish-run jails are foreigners."],
    ["crossed", "Some 300 fighters have returned to Iraq from the Syrian desert."],
    ["remaining", "The group had 20,000 fighters, of whom most were foreigners."],
  ])("reads %s in: %s", (expected, s) => {
    expect(referents(s)).toEqual([expected]);
  });

  it("keeps foreign fighters in custody when the story before was about detainees", () => {
    const s = "Washington said 1,000 foreign fighters were among them.";
    const q = parseQuantities(s)[0]!;
    const noun = findCountedNoun(s, q);
    expect(classifyReferent(s, q, noun).referent).toBe("joined");
    expect(classifyReferent(s, q, noun, { custodyBefore: true })).toEqual({ referent: "other", rule: "foreign-fighters-in-custody" });
  });

  it("has unique rule ids", () => {
    const ids = REFERENT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
