import { describe, expect, it } from "vitest";
import { findCountedNoun } from "./find-counted-noun";
import { parseQuantities } from "./parse-quantity";

/** Whether each quantity in the sentence counts militants. */
const counts = (s: string) => parseQuantities(s).map((q) => findCountedNoun(s, q).accepted);

describe("findCountedNoun", () => {
  it.each([
    "Commanders said 350 militants were holed up in the old quarter.",
    "The group still fields about 6,000 fighters across the region.",
    "Roughly 900 Daesh loyalists remain in the valleys.",
    "Officials believe 1,200 ISIS members are at large.",
    "Hundreds of the organisation's foreign fighters are held in camps.",
    "Thousands of jihadists travelled there, including 700 Tunisians who joined ISIS.",
  ])("accepts a militant count: %s", (s) => {
    expect(counts(s).some(Boolean)).toBe(true);
  });

  it.each([
    ["victims", "The bombing killed 43 civilians and wounded 120 people."],
    ["police killed", "Gunmen killed three policemen at a checkpoint."],
    ["security forces", "Baghdad sent 4,000 troops and 1,500 police to the province."],
    ["militia strength", "About 2,500 militia fighters joined the offensive."],
    ["militia possessor", "The Hashd has 120,000 fighters on its payroll."],
    ["Kurdish forces", "Some 9,000 Peshmerga held the line."],
    ["money", "The group raised $25 million and paid 300 dollars a month."],
    ["distances", "The fighters retreated 40 kilometres, then another 15 miles."],
    ["areas", "They once held 88,000 square kilometres."],
    ["dates", "On 17 October 2016 the offensive began; 2014 militants is not a phrase."],
    ["attack counts", "Militants carried out up to six attacks a week."],
    ["durations", "Training takes 3-4 months for new fighters."],
    ["sources", "Five officials - three from the army and two from the police - spoke."],
    ["several", "Several militants were killed."],
    ["a few", "A few fighters came to the village at night."],
    ["lowercase islamic state", "Some 3,000 members of the movement want an Islamic state."],
    ["pronoun of", "Some 2,000 of them fled."],
    ["hyphen unit", "They fled along the 370-mile border."],
  ])("rejects %s", (_label, s) => {
    expect(counts(s).some(Boolean)).toBe(false);
  });

  it("treats 'members' as militant only with the group named nearby", () => {
    expect(counts("Police said 30 family members were evacuated.")).toEqual([false]);
    expect(counts("Police said 30 ISIS members were arrested.")).toEqual([true]);
  });

  it("accepts a percentage of fighters only with 'of'", () => {
    expect(counts("Barely 15 percent of the fighters survived.")).toEqual([true]);
    expect(counts("Support fell by 15 percent last year.")).toEqual([false]);
  });

  it("accepts a cell size with no noun after it", () => {
    const s = "The fighters now move in groups of four.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { cellContext: true }).accepted).toBe(true);
    expect(findCountedNoun(s, q).accepted).toBe(false);
  });
});
