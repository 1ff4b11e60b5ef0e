import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { extractClaims } from "./extract-claims";

const claims = (body: string) =>
  extractClaims(body, splitSentences(body)).map((c) => ({
    q: c.quantity.text,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    unit: c.unit,
    type: c.claimantType,
    ref: c.refersTo,
  }));

describe("extractClaims", () => {
  it("extracts an attributed count with its qualifier and referent", () => {
    expect(claims("Close to 2,000 jihadists have fled into the mountains, a Peshmerga general said.")).toEqual([
      { q: "Close to 2,000", low: 2000, high: 2000, qualifier: "about", unit: "people", type: "kurdish", ref: "fled" },
    ]);
  });

  it("extracts two claims from one sentence", () => {
    const out = claims("UN monitors said 25,000 recruits had joined the group, with perhaps 3,000 fighters remaining.");
    expect(out.map((c) => [c.low, c.ref, c.type])).toEqual([
      [25000, "joined", "un"],
      [3000, "remaining", "un"],
    ]);
  });

  it("resolves a pronoun to the claimant", () => {
    const body = "Ahmed Jaber, a security analyst in Erbil, has tracked the group for years.\n“There are no more than 800 of their fighters left in the valley,” he said.";
    expect(claims(body)).toEqual([
      { q: "no more than 800", low: null, high: 800, qualifier: "at_most", unit: "people", type: "analyst", ref: "remaining" },
    ]);
  });

  it("falls back to the outlet's narrative", () => {
    const body = "Troops besieged some 600 militants in the town of Hajin.";
    expect(claims(body)).toEqual([
      { q: "some 600", low: 600, high: 600, qualifier: "about", unit: "people", type: "media_other", ref: "in_city" },
    ]);
    expect(extractClaims(body, splitSentences(body))[0]!.claimantEvidence).toBeNull();
  });

  it("reads ranges in all three forms", () => {
    expect(claims("Officials put the number at 1,400-1,900 militants.")[0]).toMatchObject({ qualifier: "between", low: 1400, high: 1900 });
    expect(claims("Officials put it at 1,400 to 1,900 militants.")[0]).toMatchObject({ qualifier: "between", low: 1400, high: 1900 });
    expect(claims("Officials put it at between 1,400 and 1,900 militants.")[0]).toMatchObject({ qualifier: "between", low: 1400, high: 1900 });
  });

  it("reads word numbers, vague quantities and percentages", () => {
    expect(claims("Eleven insurgents surrendered to the army.")[0]).toMatchObject({ low: 11, qualifier: "exact" });
    expect(claims("Thousands of foreign fighters travelled to Syria.")[0]).toMatchObject({ low: 2000, high: 9999, qualifier: "vague", ref: "joined" });
    expect(claims("A researcher said only 10 percent of the militants were local.")[0]).toMatchObject({ unit: "percent", low: 10, type: "analyst" });
  });

  it("marks a hypothetical", () => {
    expect(claims("If 2,000 fighters slip away, the whole region is at risk, an Iraqi general warned.")[0]).toMatchObject({
      low: 2000,
      ref: "hypothetical",
      type: "iraqi_gov_military",
    });
  });

  it("reads numbers with their noun left out, sharing an 'about' across 'and'", () => {
    const out = claims("Among the 8,000 Daesh detainees in Kurdish-run jails, roughly 3,000 are Iraqi and 2,500 Syrian, a US general said.");
    expect(out.map((c) => [c.low, c.qualifier, c.ref])).toEqual([
      [8000, "exact", "other"],
      [3000, "about", "other"],
      [2500, "about", "other"],
    ]);
    expect(claims("The group keeps about 1,500 fighters in Iraq and several thousand in Syria.").map((c) => [c.low, c.high, c.qualifier])).toEqual([
      [1500, 1500, "about"],
      [2000, 9999, "vague"],
    ]);
  });

  it("reads 'of them' against the people named in the sentence before", () => {
    const body = "The SDF guards a large population of ISIS members in its jails.\nMore than 800 of them are foreign nationals, a US official said.";
    expect(claims(body)).toMatchObject([{ low: 800, high: null, qualifier: "more_than", ref: "other" }]);
  });

  it("drops a member count that the next sentence splits into fighters and families", () => {
    const body = "Kurdish forces were holding as many as 2,800 Daesh members last spring. That figure included roughly 700 fighters, the rest being wives and children.";
    expect(claims(body).map((c) => [c.low, c.high, c.qualifier])).toEqual([[700, 700, "about"]]);
  });

  it("drops a member count that the article gives as a camp population", () => {
    const body = "After the fall of its last ISIS enclave, some 45,000 of its members were detained.\nAnother 45,000 people now live in the camp.";
    expect(claims(body)).toEqual([]);
  });

  it("keeps foreign fighters in a detainee story in custody", () => {
    const body = "Some 7,000 ISIS fighters are held in SDF prisons, officials said.\nWashington confirmed that 900 foreign fighters are among them.";
    expect(claims(body).map((c) => [c.low, c.ref])).toEqual([
      [7000, "other"],
      [900, "other"],
    ]);
  });

  it("completes a claim cut short by the end of a scraped excerpt", () => {
    expect(claims("Officials said 1,000 foreign mili")).toMatchObject([{ low: 1000, high: 1000, qualifier: "exact" }]);
    expect(claims("Officials said 1,000 foreign mili. The next line is complete.")).toEqual([]);
  });

  it("extracts nothing from the traps", () => {
    const traps = [
      "The blast killed 31 civilians, including nine children.",
      "Insurgents shot dead four police officers at a checkpoint.",
      "The army deployed 12,000 soldiers and the PMU sent 5,000 fighters.",
      "The militia says it has 30,000 men under arms.",
      "Smugglers charge $2,500 per person for the 90 km route.",
      "Several militants were killed and a few fighters fled.",
      "Protesters demanded an Islamic state, and 2,000 members marched.",
      "On 9 December 2017, Iraq declared victory.",
      "The group carried out up to 20 attacks a month for 3-4 years.",
      "Six sources - four officers and two lawmakers - confirmed it.",
      "Most of the militants fled.",
      "ISIS held $25 to $50 million in cash reserves.",
      "The 21st Division and the 93rd Brigade lost 4 soldiers in the ambush.",
      "At its height the caliphate ruled 10 million people.",
      "ISIS controlled about 40 percent of Anbar province.",
      "The camp holds 55,000 people, mostly women and children of fighters.",
      "The group claimed 120 attacks in March.",
      "Troops moved hundreds of Daesh terrorists and their wives to the base.",
      "ISIS executed 25 men accused of spying.",
      "The force defending the city was cut by two-thirds.",
    ];
    for (const t of traps) expect(claims(t), t).toEqual([]);
  });
});
