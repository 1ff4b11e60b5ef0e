import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps paths on this site and refuses everything else", () => {
    expect(safeNext("/claims?scale=log")).toBe("/claims?scale=log");
    expect(safeNext(["/attacks", "/x"])).toBe("/attacks");
    for (const bad of [undefined, null, "", "claims", "//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/\nx"]) {
      expect(safeNext(bad)).toBe("/");
    }
  });
});
