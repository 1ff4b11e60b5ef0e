import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { extractClaims } from "./extract-claims";
import { extractHeadlineClaims } from "./extract-headline-claims";
import { mergeRepeatedClaims } from "./merge-repeated-claims";

const all = (title: string, body: string) => {
  const bodyClaims = extractClaims(body, splitSentences(body));
  return mergeRepeatedClaims([...extractHeadlineClaims(title, bodyClaims), ...bodyClaims]);
};

describe("extractHeadlineClaims", () => {
  it("credits a headline number to the body claim that shares a bound", () => {
    const body = "Coalition aircraft have killed between 400 and 450 militants around the town, CENTCOM commander Gen. Ray Holt said on Friday.";
    const [h] = extractHeadlineClaims("Up to 450 ISIS fighters killed in push on Hajin", extractClaims(body, splitSentences(body)));
    expect(h).toMatchObject({ section: "title", low: null, high: 450, qualifier: "up_to", claimantType: "us_coalition", refersTo: "killed" });
    expect(h!.rules.some((r) => r.startsWith("claimant:headline-matches-body@"))).toBe(true);
    expect(h!.claimantEvidence?.text).toBe(body.slice(h!.claimantEvidence!.start, h!.claimantEvidence!.end));
  });

  it("uses the source a headline names when the body has no such number", () => {
    const [h] = extractHeadlineClaims("UN: 6,000 ISIS fighters remain in Syria", []);
    expect(h).toMatchObject({ claimantType: "un", high: 6000 });
    const [own] = extractHeadlineClaims("Some 900 ISIS fighters still hide in the Badia, Syrian army says", []);
    expect(own).toMatchObject({ claimantType: "syrian_gov" });
  });

  it("falls back to the outlet's voice and offsets into the title", () => {
    const title = "Thousands of ISIS militants still at large in Iraq";
    const [h] = extractHeadlineClaims(title, []);
    expect(h).toMatchObject({ claimantType: "media_other", section: "title" });
    expect(title.slice(h!.quantity.start, h!.quantity.end)).toBe(h!.quantity.text);
  });
});

describe("mergeRepeatedClaims", () => {
  it("keeps one claim for a headline that retells the body's number, with the body's evidence", () => {
    const out = all("Army kills dozens of ISIS terrorists in desert sweep", "Army units killed dozens of ISIS terrorists in the desert east of Palmyra, a military source told the agency.");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ section: "body", low: 24, high: 99, qualifier: "vague" });
  });

  it("merges repeats whose claimant says nothing about a side into the one that names its source", () => {
    const body = "The group has about 3,000 fighters left in Iraq.\nThe group has about 3,000 fighters left in Iraq, Iraqi intelligence officials said.";
    const out = all("", body);
    expect(out).toHaveLength(1);
    expect(out[0]!.claimantType).toBe("iraqi_gov_military");
  });

  it("keeps claims apart when their qualifiers or claimants differ", () => {
    const body = "Iraqi officials put the number at about 3,000 fighters.\nUS officials put the number at fewer than 3,000 fighters.\nKurdish officials put the number at about 3,000 fighters.";
    expect(all("", body).map((c) => `${c.qualifier}/${c.claimantType}`)).toEqual(["about/iraqi_gov_military", "fewer_than/us_coalition", "about/kurdish"]);
  });
});
