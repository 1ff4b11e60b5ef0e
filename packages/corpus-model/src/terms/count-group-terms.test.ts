import { describe, expect, it } from "vitest";
import { countGroupTerms } from "./count-group-terms";
import { findGroupTerms } from "./find-group-terms";
import { GROUP_TERM_LEXICON } from "./group-term-lexicon";

const zero = { ISIS: 0, ISIL: 0, Daesh: 0, "Islamic State": 0, IS: 0 };

describe("countGroupTerms", () => {
  it("counts each name whole-word and case-sensitively", () => {
    const text = "ISIL and Daesh are names; isis and daesh in lowercase are not.";
    expect(countGroupTerms(text)).toEqual({ ...zero, ISIL: 1, Daesh: 1 });
  });

  it("counts ISIS inside hyphenated compounds and possessives but not inside longer words", () => {
    const text = "An ISIS-claimed blast, the anti-ISIS coalition and ISIS’s emir; ISISfoo and FOOISIS are not names.";
    expect(countGroupTerms(text).ISIS).toBe(3);
  });

  it("does not count lowercase 'Islamic state'", () => {
    expect(countGroupTerms("Clerics debated whether an Islamic state could be built.")).toEqual(zero);
  });

  it("counts the long forms of Islamic State once each", () => {
    const text =
      "The Islamic State of Iraq and Syria (ISIS) and the Islamic State of Iraq and the Levant are one group; Islamic State survives.";
    expect(countGroupTerms(text)).toEqual({ ...zero, "Islamic State": 3, ISIS: 1 });
    const spans = findGroupTerms(text).filter((m) => m.term === "Islamic State").map((m) => m.text);
    expect(spans[0]).toBe("Islamic State of Iraq and Syria");
    expect(spans[1]).toBe("Islamic State of Iraq and the Levant");
  });

  it("counts standalone IS used as the name but not inside ISIS", () => {
    const text = "Officials said IS fighters and IS-linked cells moved; ISIS did too.";
    expect(countGroupTerms(text)).toEqual({ ...zero, IS: 2, ISIS: 1 });
  });

  it("ignores IS on an all-caps headline line, where it is the verb", () => {
    const text = "WHAT IS NEXT FOR THE BORDER\nCommanders say IS remains active.";
    expect(countGroupTerms(text).IS).toBe(1);
  });

  it("still counts ISIS on an all-caps headline", () => {
    expect(countGroupTerms("ISIS IS BACK IN THE DESERT").ISIS).toBe(1);
    expect(countGroupTerms("ISIS IS BACK IN THE DESERT").IS).toBe(0);
  });

  it("keeps IS on a normal line that has other acronyms", () => {
    expect(countGroupTerms("The US and UK said IS was weakened.").IS).toBe(1);
  });

  it("reports offsets that index the text", () => {
    const text = "Before Daesh, after ISIL.";
    for (const m of findGroupTerms(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("GROUP_TERM_LEXICON", () => {
  it("has unique ids", () => {
    const ids = GROUP_TERM_LEXICON.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const rule of GROUP_TERM_LEXICON) {
    it(`${rule.id} fires on each of its examples and not on its counter-examples`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const ex of rule.examples) expect(countGroupTerms(ex)[rule.term], ex).toBeGreaterThan(0);
      for (const ex of rule.counterExamples) expect(countGroupTerms(ex)[rule.term], ex).toBe(0);
    });
  }
});
