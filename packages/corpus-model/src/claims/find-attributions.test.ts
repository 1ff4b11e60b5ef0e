import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { findAttributions } from "./find-attributions";

const run = (body: string) => {
  const sentences = splitSentences(body);
  return findAttributions(body, sentences).map((a) => ({ i: a.sentenceIndex, who: a.claimant, type: a.claimantType, said: a.evidence.text }));
};

describe("findAttributions", () => {
  it("reads '…, X said' and resolves 'he said' to the last named speaker", () => {
    const body = "The road is closed, Omar Saleh, a spokesman for the Nineveh governor, said.\n“We cannot reopen it,” he said.";
    expect(run(body)).toEqual([
      { i: 0, who: "Omar Saleh (a spokesman for the Nineveh governor)", type: "local_official", said: "Omar Saleh" },
      { i: 1, who: "Omar Saleh (a spokesman for the Nineveh governor)", type: "local_official", said: "he" },
    ]);
  });

  it("reads 'according to X' and 'X told Y:'", () => {
    const body = "Attacks rose in May, according to a UN report.\nJane Roe, an analyst at a London think tank, told reporters: “It will get worse.”";
    expect(run(body).map((a) => [a.i, a.type])).toEqual([
      [0, "un"],
      [1, "analyst"],
    ]);
  });

  it("reads the inverted '…, said X, a …'", () => {
    const body = "“They are regrouping,” said Karim Nouri, a Peshmerga officer in Makhmour.";
    expect(run(body)).toEqual([{ i: 0, who: "Karim Nouri (a Peshmerga officer in Makhmour)", type: "kurdish", said: "Karim Nouri" }]);
  });

  it("reads a subject that estimates", () => {
    const body = "Kurdish commanders, wary of the numbers, estimate that few cells remain.";
    expect(run(body)[0]).toMatchObject({ type: "kurdish" });
  });

  it("resolves 'they' and a bare 'the officials' to the last officials named with an affiliation", () => {
    const body = [
      "The cells are shrinking, Syrian army officials said.",
      "The desert is quiet, a shepherd said.",
      "They fear a new offensive, the officials said.",
      "They estimated the cells at a few dozen men.",
    ].join("\n");
    const out = run(body);
    expect(out.find((a) => a.i === 1)).toMatchObject({ who: "a shepherd", type: "unknown" });
    expect(out.find((a) => a.i === 2)).toMatchObject({ type: "syrian_gov", said: "the officials" });
    expect(out.find((a) => a.i === 3)).toMatchObject({ type: "syrian_gov", said: "They" });
  });

  it("resolves a surname to its first mention's appositive", () => {
    const body = "Lina Haddad, a researcher at a Beirut institute, studies the group.\nThe group is weaker, Haddad said.";
    expect(run(body).find((a) => a.i === 1)).toMatchObject({ type: "analyst", said: "Haddad" });
  });

  it("gives a quote run and a paragraph-opening quote the speaker of the quote", () => {
    const body = [
      "“We are ready. The border is sealed,” said Major Sami Aziz of the Iraqi army.",
      "“Nobody crosses at night.”",
      "The weather was cold.",
    ].join("\n");
    const out = run(body);
    expect(out.map((a) => a.i)).toEqual([0, 1, 2]);
    expect(out.every((a) => a.type === "iraqi_gov_military")).toBe(true);
  });

  it("does not read speech verbs inside quotes or passives as attributions", () => {
    expect(run("The commander is believed to be in Syria.")).toEqual([]);
    expect(run("“He said nothing to us,” the villager told me.")[0]).toMatchObject({ who: "the villager" });
  });
});
