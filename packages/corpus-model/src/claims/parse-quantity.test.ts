import { describe, expect, it } from "vitest";
import { parseQuantities, shareApproximation, wordsToNumber } from "./parse-quantity";
import { CONTEXT_QUALIFIER_RULES, PREFIX_QUALIFIER_RULES, SUFFIX_QUALIFIER_RULES } from "./qualifier-rules";
import { VAGUE_QUANTITIES } from "./vague-quantities";

const one = (s: string) => {
  const qs = parseQuantities(s);
  expect(qs).toHaveLength(1);
  const q = qs[0]!;
  return { written: s.slice(q.start, q.end), low: q.low, high: q.high, qualifier: q.qualifier, unit: q.unit };
};

describe("parseQuantities", () => {
  it("reads digits with thousands separators", () => {
    expect(one("roughly 3,200 insurgents")).toEqual({ written: "roughly 3,200", low: 3200, high: 3200, qualifier: "about", unit: "people" });
  });
  it.each([
    ["somewhere between 1,200 and 1,800 jihadists", 1200, 1800, "between 1,200 and 1,800"],
    ["12,400-15,100 militants", 12400, 15100, "12,400-15,100"],
    ["from 300 to 450 fighters", 300, 450, "from 300 to 450"],
    ["three to four thousand loyalists", 3000, 4000, "three to four thousand"],
    ["30-40,000 members", 30000, 40000, "30-40,000"],
  ])("reads the range in %s", (s, low, high, written) => {
    expect(one(s)).toMatchObject({ low, high, qualifier: "between", written });
  });
  it.each([
    ["no fewer than 650 militants", "at_least", 650, null],
    ["at least 90 fighters", "at_least", 90, null],
    ["more than 5,500 jihadists", "more_than", 5500, null],
    ["over 800 extremists", "more_than", 800, null],
    ["at most 120 militants", "at_most", null, 120],
    ["fewer than 400 fighters", "fewer_than", null, 400],
    ["less than 70 insurgents", "fewer_than", null, 70],
    ["up to 35 militants", "up_to", null, 35],
    ["as many as 9,000 fighters", "up_to", null, 9000],
    ["squads as small as three", "at_least", 3, null],
    ["nearly 2,600 fighters", "about", 2600, 2600],
    ["an estimated 14,000 fighters", "about", 14000, 14000],
    ["some 450 jihadists", "about", 450, 450],
    ["1,500 or more militants", "at_least", 1500, null],
  ])("reads the qualifier in %s", (s, qualifier, low, high) => {
    expect(one(s)).toMatchObject({ qualifier, low, high });
  });
  it.each([
    ["dozens of jihadists", 24, 99],
    ["a few hundred militants", 200, 500],
    ["hundreds of loyalists", 200, 999],
    ["a few thousand fighters", 2000, 5000],
    ["thousands of recruits", 2000, 9999],
    ["tens of thousands of adherents", 20000, 99999],
  ])("gives %s the contract bounds", (s, low, high) => {
    expect(one(s)).toMatchObject({ qualifier: "vague", low, high });
  });
  it("does not read non-contract vague words", () => {
    expect(parseQuantities("several fighters, a few militants, scores of gunmen, hundreds of thousands of people")).toEqual([]);
  });
  it("reads word numbers", () => {
    expect(one("seventy-two insurgents")).toMatchObject({ low: 72 });
    expect(one("five thousand fighters")).toMatchObject({ low: 5000 });
    expect(one("a hundred militants")).toMatchObject({ low: 100 });
    expect(wordsToNumber("two hundred and fifty")).toBe(250);
    expect(wordsToNumber("five six")).toBeNull();
  });
  it("reads percentages", () => {
    expect(one("at least 40 per cent of the fighters")).toMatchObject({ unit: "percent", low: 40, high: null, written: "at least 40 per cent" });
    expect(one("60% of them")).toMatchObject({ unit: "percent", low: 60 });
  });
  it("skips years, dates, ordinals, money and attached units", () => {
    expect(parseQuantities("In 2015 the group grew; by March 3 it had spread")).toEqual([]);
    expect(parseQuantities("on the 14th, $40m and €2bn, 35km away")).toEqual([]);
    expect(parseQuantities("a bare one of them")).toEqual([]);
  });
  it("keeps a year-like number with a qualifier", () => {
    expect(one("about 2000 fighters")).toMatchObject({ low: 2000, qualifier: "about" });
  });
  it("has unique rule ids", () => {
    const ids = [
      ...PREFIX_QUALIFIER_RULES.map((r) => r.id),
      ...SUFFIX_QUALIFIER_RULES.map((r) => r.id),
      ...CONTEXT_QUALIFIER_RULES.map((r) => r.id),
      ...VAGUE_QUANTITIES.map((r) => r.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["6 to 8 thousand jihadists", 6000, 8000],
    ["25 to 30,000 loyalists", 25000, 30000],
    ["between 4 and 6 thousand militants", 4000, 6000],
    ["three or four hundred members", 300, 400],
    ["ten to fifteen thousand jihadists", 10000, 15000],
    ["two to three hundred fighters", 200, 300],
    ["1.5 to 2 million people", 1500000, 2000000],
  ])("lends the second number's magnitude to the first in %s", (s, low, high) => {
    expect(one(s)).toMatchObject({ qualifier: "between", low, high });
  });

  it.each([
    ["an estimated 12.500 militants", 12500],
    ["some 7.000 fighters", 7000],
    ["1.250.000 residents", 1250000],
  ])("reads dots as thousands separators in %s", (s, value) => {
    expect(one(s)).toMatchObject({ low: value, high: value });
  });

  it("reads a no-break or thin space as a thousands separator", () => {
    expect(one("some 12\u00a0000 fighters")).toMatchObject({ low: 12000 });
    expect(one("about 4\u202f500 militants")).toMatchObject({ low: 4500 });
  });

  it("keeps real decimals", () => {
    expect(one("1.5 million people")).toMatchObject({ low: 1500000 });
    expect(one("2.5 percent of voters")).toMatchObject({ low: 2.5, unit: "percent" });
    expect(one("a 2.750 million budget")).toMatchObject({ low: 2750000 });
  });

  it.each([
    ["around 2,400 or fewer militants", "at_most", null, 2400],
    ["roughly 700 or more fighters", "at_least", 700, null],
    ["on the order of 4,000 jihadists", "about", 4000, 4000],
    ["in the region of 900 fighters", "about", 900, 900],
    ["somewhere around 1,100 militants", "about", 1100, 1100],
    ["up to 650 militants", "up_to", null, 650],
    ["their number does not exceed 1,800", "at_most", null, 1800],
    ["the SDF handed over 150 detainees", "exact", 150, 150],
    ["the army took over 20 villages", "exact", 20, 20],
    ["just over 2,000 militants", "more_than", 2000, null],
  ])("reads the qualifier in %s", (s, qualifier, low, high) => {
    expect(one(s)).toMatchObject({ qualifier, low, high });
  });

  it.each([
    ["the army said it had lost 9,000 men, which it called a conservative estimate", 9000],
    ["by conservative estimates, 4,000 fighters travelled there", 4000],
    ["a “conservative” figure of about 1,300 dead militants", 1300],
  ])("reads a conservative estimate as a floor: %s", (s, low) => {
    const qs = parseQuantities(s);
    expect(qs[0]).toMatchObject({ qualifier: "at_least", low, high: null });
  });

  it("does not read a conservative estimate from another sentence", () => {
    expect(one("The group lost 9,000 men. Officials called other figures conservative estimates.")).toMatchObject({ qualifier: "exact" });
  });

  it.each([
    ["a couple thousand fighters", 2000, 5000],
    ["a couple of thousand jihadists", 2000, 5000],
    ["several thousand militants", 2000, 9999],
    ["several hundred loyalists", 200, 999],
    ["a couple of hundred insurgents", 200, 500],
    ["a few dozen gunmen", 24, 99],
    ["they came by the thousands", 2000, 9999],
    ["numbers in the low thousands", 2000, 5000],
  ])("reads %s as a vague quantity", (s, low, high) => {
    expect(one(s)).toMatchObject({ qualifier: "vague", low, high });
  });

  it.each([
    ["a third of the fighters", 33.3, "a third"],
    ["two-thirds of them", 66.7, "two-thirds"],
    ["one quarter of the militants", 25, "one quarter"],
    ["nearly half of the jihadists", 50, "nearly half"],
  ])("reads the fraction in %s as a percentage", (s, value, written) => {
    expect(one(s)).toMatchObject({ unit: "percent", low: value, high: value, written });
  });

  it("reads 'one in five' as a percentage", () => {
    expect(one("one in five fighters")).toMatchObject({ unit: "percent", low: 20, high: 20, written: "one in five" });
    expect(one("one in 3 recruits")).toMatchObject({ unit: "percent", low: 33.3 });
  });

  it("reads no fraction without 'of'", () => {
    expect(parseQuantities("the force was cut by two-thirds")).toEqual([expect.objectContaining({ low: 2 })]);
    expect(parseQuantities("half a dozen fighters")).toEqual([expect.objectContaining({ low: 6, unit: "people" })]);
  });

  it("reads 'one' only before a singular militant noun", () => {
    expect(one("One gunman was shot dead")).toMatchObject({ low: 1, high: 1 });
    expect(one("one Daesh militant surrendered")).toMatchObject({ low: 1 });
    expect(parseQuantities("one of the fighters")).toEqual([]);
    expect(parseQuantities("the army downed one fighter jet")).toEqual([]);
    expect(parseQuantities("one day the militant group returned")).toEqual([]);
  });

  it("shares an approximator across 'and' only", () => {
    const s = "about 4,000 are Iraqi and 1,000 Syrian";
    const [a, b] = parseQuantities(s);
    expect(shareApproximation(b!, a!, s)).toMatchObject({ qualifier: "about", low: 1000 });
    const t = "around 3,500 fighters, including 1,500 in Iraq";
    const [c, d] = parseQuantities(t);
    expect(shareApproximation(d!, c!, t)).toMatchObject({ qualifier: "exact" });
    const u = "fewer than 800 in Iraq and 2,000 in Syria";
    const [e, f] = parseQuantities(u);
    expect(shareApproximation(f!, e!, u)).toMatchObject({ qualifier: "exact" });
  });
});
