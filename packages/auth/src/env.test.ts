import { describe, expect, it } from "vitest";
import { readAuthEnv } from "./env";

describe("readAuthEnv", () => {
  it("reads FRAMEWATCH_SIGNIN_PER_MINUTE as a positive whole number, 10 unless set, and refuses anything else", () => {
    expect(readAuthEnv({}).FRAMEWATCH_SIGNIN_PER_MINUTE).toBe(10);
    expect(readAuthEnv({ FRAMEWATCH_SIGNIN_PER_MINUTE: "600" }).FRAMEWATCH_SIGNIN_PER_MINUTE).toBe(600);
    for (const bad of ["0", "-3", "2.5", "lots"]) expect(() => readAuthEnv({ FRAMEWATCH_SIGNIN_PER_MINUTE: bad }), bad).toThrow(/FRAMEWATCH_SIGNIN_PER_MINUTE/);
  });
});
