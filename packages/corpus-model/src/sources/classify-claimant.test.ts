import { describe, expect, it } from "vitest";
import type { ClaimantType } from "../model/types";
import { CLAIMANT_RULES } from "./claimant-rules";
import { classifyClaimant } from "./classify-claimant";

describe("classifyClaimant", () => {
  it.each<[string, string | undefined, ClaimantType]>([
    ["a UN report", undefined, "un"],
    ["the United Nations monitoring team", undefined, "un"],
    ["the U.S.-led coalition", undefined, "us_coalition"],
    ["a Pentagon spokesman", undefined, "us_coalition"],
    ["CENTCOM", undefined, "us_coalition"],
    ["American defence officials", undefined, "us_coalition"],
    ["Iraq's Joint Operations Command", undefined, "iraqi_gov_military"],
    ["an Iraqi army general", undefined, "iraqi_gov_military"],
    ["counterterrorism officials", undefined, "iraqi_gov_military"],
    ["Kata'ib Hezbollah", undefined, "iraqi_militia_pmu"],
    ["Abu Ali", "a field commander in the Popular Mobilisation Forces", "iraqi_militia_pmu"],
    ["a Peshmerga commander", undefined, "kurdish"],
    ["the Syrian Democratic Forces", undefined, "kurdish"],
    ["state news agency SANA", undefined, "syrian_gov"],
    ["Jane Roe", "a senior fellow at a Washington think tank", "analyst"],
    ["the governor of Nineveh", undefined, "local_official"],
    ["Sheikh Omar", "a tribal leader in Hit", "local_official"],
    ["Amaq", undefined, "isis"],
    ["Reuters", undefined, "media_other"],
    ["a shopkeeper", undefined, "unknown"],
  ])("types %s", (name, context, expected) => {
    expect(classifyClaimant(name, context)).toBe(expected);
  });

  it("lets the earliest institution win in a joint claimant", () => {
    expect(classifyClaimant("Kurdish and US officials")).toBe("kurdish");
    expect(classifyClaimant("US and Kurdish officials")).toBe("us_coalition");
  });

  it("lets an affiliation in the appositive beat a bare rank", () => {
    expect(classifyClaimant("Col. Ahmed Saleh", "a spokesman for the Peshmerga")).toBe("kurdish");
    expect(classifyClaimant("Col. Ahmed Saleh")).toBe("iraqi_gov_military");
  });

  it("reads 'an Iraqi security analyst' as an analyst", () => {
    expect(classifyClaimant("Ali Hassan", "an Iraqi security analyst")).toBe("analyst");
  });

  it("has unique rule ids", () => {
    const ids = CLAIMANT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
