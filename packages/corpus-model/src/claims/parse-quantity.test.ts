import { describe, expect, it } from "vitest";
import { parseQuantities, wordsToNumber } from "./parse-quantity";
import { PREFIX_QUALIFIER_RULES } from "./qualifier-rules";
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
    const ids = [...PREFIX_QUALIFIER_RULES.map((r) => r.id), ...VAGUE_QUANTITIES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
