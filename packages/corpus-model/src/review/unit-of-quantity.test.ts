import { describe, expect, it } from "vitest";
import { unitOfQuantity } from "./unit-of-quantity";

describe("unitOfQuantity", () => {
  it.each([
    ["40%", "percent"],
    ["40 %", "percent"],
    ["some 40 per cent", "percent"],
    ["40 percent", "percent"],
    ["Forty Per Cent", "percent"],
    ["PERCENT", "percent"],
  ])("reads %j as a share", (words, unit) => {
    expect(unitOfQuantity(words)).toBe(unit);
  });

  it.each([
    ["2,000", "people"],
    ["perhaps thirty", "people"],
    ["hundreds", "people"],
    // "per cent" only as words of its own: a longer word that starts with it is no unit.
    ["a percentage", "people"],
    ["5percent", "people"],
    ["percents", "people"],
    ["", "people"],
  ])("reads %j as people", (words, unit) => {
    expect(unitOfQuantity(words)).toBe(unit);
  });
});
