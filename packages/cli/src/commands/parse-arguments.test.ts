import { describe, expect, it } from "vitest";
import { parseArguments } from "./parse-arguments";

describe("parseArguments", () => {
  it("separates known options from paths", () => {
    expect(parseArguments(["--json", "a.txt", "-", "b"], ["--json"])).toEqual({ options: new Set(["--json"]), values: new Map(), paths: ["a.txt", "-", "b"] });
  });

  it("names the first unknown option instead of taking it for a path", () => {
    expect(parseArguments(["a.txt", "--dry-run", "-x"], ["--json"])).toEqual({ unknown: "--dry-run" });
  });

  it("takes everything after -- as a path", () => {
    expect(parseArguments(["--", "--json", "-x.txt"], ["--json"])).toEqual({ options: new Set(), values: new Map(), paths: ["--json", "-x.txt"] });
  });

  it("collects repeated valued options in order, as --name value or --name=value, and names one missing its value", () => {
    expect(parseArguments(["--map", "text=story", "a.csv", "--map=date=pub", "--format=csv"], [], ["--map", "--format"])).toEqual({
      options: new Set(),
      values: new Map([
        ["--map", ["text=story", "date=pub"]],
        ["--format", ["csv"]],
      ]),
      paths: ["a.csv"],
    });
    expect(parseArguments(["a.csv", "--format"], [], ["--format"])).toEqual({ missingValue: "--format" });
  });
});
