import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { findQuoteRegions, maskQuotes } from "./find-quote-regions";
import { findReportingFrames } from "./find-reporting-frames";

const frames = (body: string) => {
  const masked = maskQuotes(body, findQuoteRegions(body));
  return findReportingFrames(masked, splitSentences(body)).map((f) => ({
    pattern: f.pattern,
    speaker: f.speaker.text,
    scope: body.slice(f.scope.start, f.scope.end).trim(),
    ...(f.relay ? { relay: f.relay.text } : {}),
  }));
};

describe("findReportingFrames", () => {
  it("gives a leading frame the content after its verb and a trailing one the content before its speaker", () => {
    expect(frames("The Peshmerga said 200 militants were hiding in the hills.")).toEqual([
      { pattern: "subject", speaker: "The Peshmerga", scope: "200 militants were hiding in the hills." },
    ]);
    expect(frames("About 300 militants remain in the valley, a senior officer said.")).toEqual([
      { pattern: "subject", speaker: "a senior officer", scope: "About 300 militants remain in the valley," },
    ]);
  });

  it("reads 'according to X' at the start, at the end and in mid-sentence", () => {
    expect(frames("According to the ministry, 40 fighters surrendered.")[0]).toMatchObject({ pattern: "according-to", speaker: "the ministry", scope: ", 40 fighters surrendered." });
    expect(frames("Some 40 fighters surrendered, according to the ministry.")[0]).toMatchObject({ speaker: "the ministry", scope: "Some 40 fighters surrendered," });
    expect(frames("Some 40 fighters, according to the ministry, surrendered in the desert near the border town.")[0]!.scope).toContain("surrendered in the desert");
  });

  it("splits a sentence with two estimators into two scopes", () => {
    const out = frames("In 2015 the CIA estimated that the group had 25,000 fighters, while Moscow estimated more than 60,000.");
    expect(out.map((f) => [f.speaker, f.scope])).toEqual([
      ["the CIA", "that the group had 25,000 fighters, while"],
      ["Moscow", "more than 60,000."],
    ]);
  });

  it("keeps the cited source and the outlet that relays it", () => {
    expect(frames("The group still has 9,000 fighters, the Kurdish channel reported, citing intelligence data.")).toContainEqual({
      pattern: "citing",
      speaker: "intelligence data",
      scope: "The group still has 9,000 fighters,",
      relay: "the Kurdish channel",
    });
    expect(frames("The agency quoted local sources as saying that dozens of detainees were moved.")[0]).toMatchObject({ pattern: "quoted-as", speaker: "local sources", relay: "The agency" });
  });

  it("reads a source named inside a noun phrase and a passive that names nobody", () => {
    expect(frames("The Pentagon's latest estimate puts the group at 9,000 fighters.").map((f) => f.pattern)).toContain("source-phrase");
    expect(frames("The group is believed to have 2,000 fighters.")).toEqual([{ pattern: "passive", speaker: "", scope: "The group is believed to have 2,000 fighters." }]);
    expect(frames("The group is estimated by the Pentagon at 2,000 fighters.")[0]).toMatchObject({ pattern: "subject", speaker: "the Pentagon" });
  });

  it("does not read participles, nouns or coordinated verbs as new speakers", () => {
    // "(estimated at …)" is a participle; "new reports" is a noun; "and warns" shares its subject.
    expect(frames("The ministry said the militants (estimated at 400) are split into cells.").map((f) => f.speaker)).toEqual(["The ministry"]);
    expect(frames("Alarming new reports indicate the group has 5,000 fighters.").map((f) => f.speaker)).toEqual(["Alarming new reports"]);
    expect(frames("The force says it holds 5,000 suspects, and warns that it cannot hold them much longer.").map((f) => f.speaker)).toEqual(["The force"]);
    expect(frames("Police detained 18 men over alleged links to the group.")).toEqual([]);
  });

  it("reads the subject through a relative clause between dashes", () => {
    expect(frames("The US military — which keeps its own count — said the group had lost 40,000 men.")[0]).toMatchObject({ speaker: "The US military" });
  });

  it("gives a transcript's speaker label its whole paragraph", () => {
    const out = frames("Colonel Hamid: We see them every night. There are maybe 100 of them.\nThe weather turned cold.");
    expect(out.filter((f) => f.pattern === "label").map((f) => [f.speaker, f.scope])).toEqual([
      ["Colonel Hamid", "Colonel Hamid: We see them every night."],
      ["Colonel Hamid", "There are maybe 100 of them."],
    ]);
    expect(frames("Related: Another story about the war.").filter((f) => f.pattern === "label")).toEqual([]);
  });
});
