import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("serves the dashboard on this machine only unless HOST says otherwise", () => {
    expect(readEnv({}).HOST).toBe("127.0.0.1");
    expect(readEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
  });

  it("refuses an empty HOST and a DATABASE_URL that is not PostgreSQL, naming the variable", () => {
    expect(() => readEnv({ HOST: " " })).toThrow(/HOST/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgres/);
  });
});
