import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../model/types";
import { splitSentences } from "../text/split-sentences";
import { analyzeSources } from "./analyze-sources";
import { creditPosition } from "./credit-position";

/**
 * Whole articles written for these tests (house styles of a wire, a Kurdish
 * outlet, a think tank and a state agency), each with the claimant type an
 * analyst would give every number. They exercise coreference across
 * sentences and paragraphs rather than one construction at a time.
 */
interface Case {
  name: string;
  outlet?: string;
  body: string;
  /** Each number as written (first occurrence) and who the article credits with it. */
  expect: Array<[string, ClaimantType]>;
}

const CASES: Case[] = [
  {
    name: "wire story: a role introduced first, named later, then pronouns and a quote running over two paragraphs",
    body: [
      "BAGHDAD (Wire) - Islamic State still has about 2,300 fighters hiding in the Hamrin mountains, a senior Iraqi intelligence officer said on Monday.",
      "Brig. Gen. Salah Kareem, who spoke to reporters in Baghdad, said the cells were smaller than a year ago.",
      "“We estimate that each cell has no more than 15 men. They move at night and avoid the villages,” Kareem said.",
      "“Last month alone we arrested 42 of them.",
      "“The rest are scattered in the valleys,” he added.",
      "The United Nations has given a higher figure. In its latest report, the UN monitoring team said the group had between 5,000 and 7,000 members in Iraq and Syria.",
      "The team's coordinator, Ellen Marsh, told the Security Council that some 3,000 of them were fighters. She said the rest ran finances and propaganda.",
    ].join("\n\n"),
    expect: [
      ["2,300", "iraqi_gov_military"],
      ["15 men", "iraqi_gov_military"],
      ["42 of them", "iraqi_gov_military"],
      ["5,000 and 7,000", "un"],
      ["3,000 of them", "un"],
    ],
  },
  {
    name: "Kurdish outlet: a Peshmerga spokesman by surname, a definite description and a passive that names nobody",
    body: [
      "ERBIL, Kurdistan Region - Peshmerga forces killed 11 ISIS militants in an operation south of Kirkuk, according to Peshmerga ministry spokesman Karwan Rashid.",
      "Rashid said the militants had crossed the Tigris in small boats.",
      "The spokesman added that at least 200 militants were active in the area between the Peshmerga and Iraqi army lines.",
      "About 60 ISIS members are thought to be held in Kirkuk prisons.",
    ].join("\n\n"),
    expect: [
      ["11 ISIS militants", "kurdish"],
      ["at least 200", "kurdish"],
      ["About 60", "unknown"],
    ],
  },
  {
    name: "think-tank brief: the report's own voice is an analyst's; sources it cites keep their own types",
    body: [
      "This brief examines the detention of ISIS suspects in northeast Syria.",
      "Some 10,000 ISIS fighters remain in detention facilities run by the Syrian Democratic Forces. Roughly 2,000 of them are foreigners.",
      "According to the US Central Command, more than 40 detainees escaped in 2023.",
      "In the words of one SDF commander, “we guard 10,000 people with 1,000 guards.”",
    ].join("\n\n"),
    expect: [
      ["Some 10,000", "analyst"],
      ["Roughly 2,000", "analyst"],
      ["more than 40", "us_coalition"],
    ],
  },
  {
    name: "state agency: its own narrative speaks for its side; an unidentified relayed source yields to it",
    outlet: "SANA",
    body: [
      "Deir Ezzor, SANA - Army units killed 25 terrorists from Daesh in the Badia on Tuesday.",
      "Local sources told SANA that dozens of terrorists fled towards the border after the operation.",
      "The Russian Reconciliation Center said 30 militants were killed in the same area last week.",
    ].join("\n\n"),
    expect: [
      ["25 terrorists", "syrian_gov"],
      ["dozens", "syrian_gov"],
      ["30 militants", "media_other"],
    ],
  },
];

describe("crediting numbers in whole articles", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const sentences = splitSentences(c.body);
    const analysis = analyzeSources(c.body, sentences, { outlet: c.outlet ?? null });
    const got = c.expect.map(([needle]) => {
      const at = c.body.indexOf(needle);
      expect(at, needle).toBeGreaterThanOrEqual(0);
      const index = sentences.findIndex((s) => s.start <= at && at < s.end);
      return [needle, creditPosition(analysis, index, at).claimantType];
    });
    expect(got).toEqual(c.expect);
  });
});
