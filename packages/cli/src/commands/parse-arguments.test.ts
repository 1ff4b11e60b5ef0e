import { describe, expect, it } from "vitest";
import { parseArguments } from "./parse-arguments";

describe("parseArguments", () => {
  it("separates known options from paths", () => {
    expect(parseArguments(["--json", "a.txt", "-", "b"], ["--json"])).toEqual({ options: new Set(["--json"]), paths: ["a.txt", "-", "b"] });
  });

  it("names the first unknown option instead of taking it for a path", () => {
    expect(parseArguments(["a.txt", "--dry-run", "-x"], ["--json"])).toEqual({ unknown: "--dry-run" });
  });

  it("takes everything after -- as a path", () => {
    expect(parseArguments(["--", "--json", "-x.txt"], ["--json"])).toEqual({ options: new Set(), paths: ["--json", "-x.txt"] });
  });
});
