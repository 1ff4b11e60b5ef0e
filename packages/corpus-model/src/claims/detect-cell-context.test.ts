import { describe, expect, it } from "vitest";
import { detectCellContext } from "./detect-cell-context";
import { parseQuantities } from "./parse-quantity";

const cell = (s: string) => parseQuantities(s).map((q) => detectCellContext(s, q));

describe("detectCellContext", () => {
  it.each([
    "They move in groups of four to six.",
    "The squad was made up of seven gunmen.",
    "Investigators say the cell consists of three brothers.",
    "The cell, which comprised nine members, was broken up.",
    "He commanded a network of around 35 fighters.",
    "Police dismantled a smuggling ring of 14 operatives.",
  ])("reads a cell size: %s", (s) => {
    expect(cell(s)).toEqual([true]);
  });

  it.each([
    ["a whole network", "The group's network of 4,000 fighters spans two countries."],
    ["a percentage", "The cell numbers 10 percent more men than last year."],
    ["no container", "Troops killed 12 militants near the cell phone tower."],
    ["a cell far back in the clause", "The cell was destroyed in a strike on Tuesday that, officials said, also wounded 9 other people."],
  ])("not a cell size: %s", (_label, s) => {
    expect(cell(s).some(Boolean)).toBe(false);
  });
});
