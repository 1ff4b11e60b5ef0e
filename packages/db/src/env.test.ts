import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, readEnv } from "./env";

describe("readEnv", () => {
  it("serves the dashboard on this machine only unless HOST says otherwise", () => {
    expect(readEnv({}).HOST).toBe("127.0.0.1");
    expect(readEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
  });

  it("refuses an empty HOST and a DATABASE_URL that is not PostgreSQL, naming the variable", () => {
    expect(() => readEnv({ HOST: " " })).toThrow(/HOST/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgres/);
  });

  it("limits imported files to a few MB unless FRAMEWATCH_MAX_FILE_MB says otherwise", () => {
    expect(readEnv({}).FRAMEWATCH_MAX_FILE_MB).toBe(8);
    expect(readEnv({ FRAMEWATCH_MAX_FILE_MB: "0.5" }).FRAMEWATCH_MAX_FILE_MB).toBe(0.5);
    expect(() => readEnv({ FRAMEWATCH_MAX_FILE_MB: "0" })).toThrow(/FRAMEWATCH_MAX_FILE_MB/);
    expect(() => readEnv({ FRAMEWATCH_MAX_FILE_MB: "lots" })).toThrow(/FRAMEWATCH_MAX_FILE_MB/);
    // Its own class, so that `corpus` can answer it as a usage error (exit 2).
    expect(() => readEnv({ FRAMEWATCH_MAX_FILE_MB: "lots" })).toThrow(InvalidEnvironmentError);
  });

  it("gives a fetched page 15 s unless FRAMEWATCH_URL_TIMEOUT_S says otherwise", () => {
    expect(readEnv({}).FRAMEWATCH_URL_TIMEOUT_S).toBe(15);
    expect(readEnv({ FRAMEWATCH_URL_TIMEOUT_S: "2.5" }).FRAMEWATCH_URL_TIMEOUT_S).toBe(2.5);
    expect(() => readEnv({ FRAMEWATCH_URL_TIMEOUT_S: "0" })).toThrow(/FRAMEWATCH_URL_TIMEOUT_S/);
    expect(() => readEnv({ FRAMEWATCH_URL_TIMEOUT_S: "soon" })).toThrow(/FRAMEWATCH_URL_TIMEOUT_S/);
  });
});

describe("FRAMEWATCH_URL_ALLOW_PRIVATE", () => {
  it("is off unless set to 1 or true, and refuses other values rather than guessing", () => {
    expect(readEnv({}).FRAMEWATCH_URL_ALLOW_PRIVATE).toBe(false);
    expect(readEnv({ FRAMEWATCH_URL_ALLOW_PRIVATE: "0" }).FRAMEWATCH_URL_ALLOW_PRIVATE).toBe(false);
    expect(readEnv({ FRAMEWATCH_URL_ALLOW_PRIVATE: "1" }).FRAMEWATCH_URL_ALLOW_PRIVATE).toBe(true);
    expect(readEnv({ FRAMEWATCH_URL_ALLOW_PRIVATE: "true" }).FRAMEWATCH_URL_ALLOW_PRIVATE).toBe(true);
    expect(() => readEnv({ FRAMEWATCH_URL_ALLOW_PRIVATE: "yes" })).toThrow(/FRAMEWATCH_URL_ALLOW_PRIVATE/);
  });
});
