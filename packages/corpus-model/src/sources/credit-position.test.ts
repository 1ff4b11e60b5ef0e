import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../model/types";
import { splitSentences } from "../text/split-sentences";
import { analyzeSources } from "./analyze-sources";
import { creditPosition } from "./credit-position";

/** Who the text credits with the first occurrence of `needle`. */
function creditOf(body: string, needle: string, outlet: string | null = null) {
  const sentences = splitSentences(body);
  const analysis = analyzeSources(body, sentences, { outlet });
  const at = body.indexOf(needle);
  if (at < 0) throw new Error(`no "${needle}" in the text`);
  const index = sentences.findIndex((s) => s.start <= at && at < s.end);
  const c = creditPosition(analysis, index, at);
  return { type: c.claimantType as ClaimantType, claimant: c.claimant, rule: c.rule, evidence: c.evidence?.text ?? null };
}

describe("creditPosition: who says the number", () => {
  it("credits the innermost frame: the primary source, not the outlet relaying it", () => {
    const body = "A UN monitoring report found that the group keeps 7,000 fighters, the news agency reported on Tuesday.";
    expect(creditOf(body, "7,000")).toMatchObject({ type: "un", rule: "frame:subject" });
  });

  it("credits each clause to its own estimator", () => {
    const body = "In 2016 the CIA estimated that the group had 25,000 fighters, while Moscow estimated more than 60,000.";
    expect(creditOf(body, "25,000").type).toBe("us_coalition");
    expect(creditOf(body, "60,000").type).toBe("media_other"); // another government: the contract's "other"
  });

  it("credits the cited source over the outlet, and an unidentified quoted source to the agency relaying it", () => {
    expect(creditOf("There are 12,000 fighters left, the channel reported, citing Pentagon figures.", "12,000")).toMatchObject({ type: "us_coalition", rule: "frame:citing" });
    expect(creditOf("SANA quoted local sources as saying that dozens of detainees were moved.", "dozens")).toMatchObject({ type: "syrian_gov", rule: "relay" });
  });

  it("credits a number inside a quotation to its speaker, not to a source the speaker cites", () => {
    const body = "“According to our intelligence, the group has no more than 500 fighters,” Brig. Gen. Karim Hadi of the Iraqi army told reporters.";
    expect(creditOf(body, "500")).toMatchObject({ type: "iraqi_gov_military", rule: "quote" });
  });

  it("credits a passive to nobody, unless the next sentence credits 'that number'", () => {
    expect(creditOf("The group is believed to have 3,000 fighters.", "3,000")).toMatchObject({ type: "unknown", rule: "frame:passive" });
    const body = "Last spring the group was thought to have 6,000 fighters in the city. Since then, coalition estimates have revised that number downwards.";
    expect(creditOf(body, "6,000")).toMatchObject({ type: "us_coalition", rule: "retro" });
  });

  it("lets a sentence in the same paragraph go on paraphrasing a source, but not across paragraphs", () => {
    const same = "Raids rose in June, the Peshmerga ministry said in a statement. In Kirkuk, those raids killed 30 militants.";
    expect(creditOf(same, "30 militants")).toMatchObject({ type: "kurdish", rule: "continuation" });
    const apart = "Raids rose in June, the Peshmerga ministry said in a statement.\nIn Kirkuk, the raids killed 30 militants.";
    expect(creditOf(apart, "30 militants")).toMatchObject({ type: "media_other", rule: "publisher" });
  });

  it("credits nobody named to the outlet, or to the side a state agency speaks for", () => {
    expect(creditOf("Some 600 militants were besieged in the town.", "600")).toMatchObject({ type: "media_other", rule: "publisher" });
    expect(creditOf("Army units killed 14 terrorists in the desert.", "14", "SANA")).toMatchObject({ type: "syrian_gov", rule: "publisher" });
  });

  it("credits a research body's report in its own voice to an analyst", () => {
    const body = "This report documents the trials of suspects. Courts have convicted at least 3,000 ISIS members since 2017.";
    expect(creditOf(body, "3,000")).toMatchObject({ type: "analyst", rule: "publisher" });
  });
});

describe("creditPosition: a closing source that also covers the sentence before", () => {
  it("credits a sentence that the next one adds to ('also') with the next one's closing source", () => {
    const body = "The cell had 12 fighters. It also kept two car bombs ready, police said.";
    expect(creditOf(body, "12 fighters")).toMatchObject({ type: "iraqi_gov_military", rule: "addition" });
    const unrelated = "The cell had 12 fighters. Two car bombs were found in a farm, police said.";
    expect(creditOf(unrelated, "12 fighters").rule).toBe("publisher");
  });
});

describe("creditPosition: quotations relayed by an agency", () => {
  it("credits a quotation from unidentified sources to the agency quoting them", () => {
    const body = "The agency SANA quoted local sources as saying that “occupation forces moved dozens of terrorists from the camp.”";
    expect(creditOf(body, "dozens")).toMatchObject({ type: "syrian_gov", rule: "relay" });
  });
});

describe("creditPosition: a lead whose source comes in the next paragraph", () => {
  it("credits a one-sentence lead to the statement the next paragraph quotes, when it adds to it", () => {
    const body = "Government forces have killed 60 militants near the dam.\n\nThe interior ministry said in a statement that its units had also seized two weapons depots.";
    expect(creditOf(body, "60 militants")).toMatchObject({ type: "iraqi_gov_military", rule: "addition" });
    const other = "Government forces have killed 60 militants near the dam.\n\nThe interior ministry said in a statement that the road would reopen on Friday.";
    expect(creditOf(other, "60 militants").rule).toBe("publisher");
  });
});

describe("creditPosition: more reporting shapes", () => {
  it("reads 'with X saying' and a closing source followed by an appositive", () => {
    expect(creditOf("Troops closed in on the town, with US officials saying only 300 militants remained.", "300")).toMatchObject({ type: "us_coalition" });
    expect(creditOf("Six detainees escaped from the jail, the SDF said on Friday, a claim Ankara dismissed as “propaganda”.", "Six")).toMatchObject({ type: "kurdish" });
  });

  it("takes 'a previous US estimate' as a noun, leaving the number with the sentence's speaker", () => {
    const body = "Last week the CIA said the group could field 25,000 fighters, up from a previous US estimate of around 10,000.";
    expect(creditOf(body, "around 10,000").type).toBe("us_coalition");
  });

  it("credits a monitoring NGO's count to an analyst, and 'documented' as reporting", () => {
    expect(creditOf("SOHR has documented the deaths of 700 ISIS members since March.", "700")).toMatchObject({ type: "analyst" });
  });

  it("types an unaffiliated commander by the theatre, ignoring places inside quotations", () => {
    expect(creditOf("A commander said fewer than 100 fighters were holding out around the stadium in Raqqa.", "100")).toMatchObject({ type: "kurdish" });
    const body = "“If the Turkish army attacks, perhaps 800 of them could walk out,” a senior official said in Qamishli.";
    expect(creditOf(body, "800").type).toBe("kurdish");
  });

  it("credits an agency's reporter and 'the agency' in a state agency's story to the agency", () => {
    const body = "A military source told SANA that troops killed 50 terrorists.\nThe agency's reporter quoted local sources as saying that about 200 terrorists had fled.";
    expect(creditOf(body, "about 200", "SANA")).toMatchObject({ type: "syrian_gov" });
  });
});
