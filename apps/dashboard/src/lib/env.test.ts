import { describe, expect, it } from "vitest";
import { readDashboardEnv } from "./env";

describe("readDashboardEnv", () => {
  it("uses FRAMEWATCH_PUBLIC_URL's origin when set", () => {
    expect(readDashboardEnv({ FRAMEWATCH_PUBLIC_URL: "https://fw.example.org/some/path/" })).toMatchObject({
      publicOrigin: "https://fw.example.org",
      publicOriginConfigured: true,
    });
  });

  it("falls back to the address the dashboard listens on, never a request header", () => {
    expect(readDashboardEnv({}).publicOrigin).toBe("http://127.0.0.1:3000");
    expect(readDashboardEnv({ PORT: "3100" }).publicOrigin).toBe("http://127.0.0.1:3100");
    expect(readDashboardEnv({ HOST: "0.0.0.0", PORT: "3100" }).publicOrigin).toBe("http://127.0.0.1:3100");
    expect(readDashboardEnv({ HOST: "dash.lan" }).publicOrigin).toBe("http://dash.lan:3000");
    expect(readDashboardEnv({ HOST: "::1" }).publicOrigin).toBe("http://[::1]:3000");
  });

  it("refuses a public URL that is not an http(s) origin", () => {
    expect(() => readDashboardEnv({ FRAMEWATCH_PUBLIC_URL: "fw.example.org" })).toThrow(/FRAMEWATCH_PUBLIC_URL: not a URL/);
    expect(() => readDashboardEnv({ FRAMEWATCH_PUBLIC_URL: "javascript:alert(1)" })).toThrow(/http:\/\/ or https:\/\//);
  });
});

describe("readDashboardEnv: accounts", () => {
  it("reads FRAMEWATCH_REQUIRE_LOGIN as a switch, off by default, and refuses anything else", () => {
    expect(readDashboardEnv({}).requireLogin).toBe(false);
    expect(readDashboardEnv({ FRAMEWATCH_REQUIRE_LOGIN: "1" }).requireLogin).toBe(true);
    expect(readDashboardEnv({ FRAMEWATCH_REQUIRE_LOGIN: "0" }).requireLogin).toBe(false);
    expect(() => readDashboardEnv({ FRAMEWATCH_REQUIRE_LOGIN: "yes please" })).toThrow(/FRAMEWATCH_REQUIRE_LOGIN/);
  });

  it("takes the auth secret without ever echoing a bad one", () => {
    expect(readDashboardEnv({ FRAMEWATCH_AUTH_SECRET: "k".repeat(32) }).authSecret).toBe("k".repeat(32));
    expect(readDashboardEnv({}).authSecret).toBeNull();
    expect(() => readDashboardEnv({ FRAMEWATCH_AUTH_SECRET: "short-secret" })).toThrow(/FRAMEWATCH_AUTH_SECRET: must be at least 32/);
    expect(() => readDashboardEnv({ FRAMEWATCH_AUTH_SECRET: "short-secret" })).not.toThrow(/short-secret/);
  });

  it("trusts localhost besides 127.0.0.1 only when no public URL is configured", () => {
    expect(readDashboardEnv({ PORT: "3100" }).extraTrustedOrigins).toEqual(["http://localhost:3100"]);
    expect(readDashboardEnv({ FRAMEWATCH_PUBLIC_URL: "https://fw.example.org" }).extraTrustedOrigins).toEqual([]);
  });
});

describe("FRAMEWATCH_UPLOAD_MAX_MB", () => {
  it("is the browser upload limit in bytes, 64 MB unless set, and refuses what is not a size", () => {
    expect(readDashboardEnv({}).uploadMaxBytes).toBe(64 * 1024 * 1024);
    expect(readDashboardEnv({ FRAMEWATCH_UPLOAD_MAX_MB: "0.5" }).uploadMaxBytes).toBe(512 * 1024);
    expect(() => readDashboardEnv({ FRAMEWATCH_UPLOAD_MAX_MB: "0" })).toThrow(/FRAMEWATCH_UPLOAD_MAX_MB/);
    expect(() => readDashboardEnv({ FRAMEWATCH_UPLOAD_MAX_MB: "lots" })).toThrow(/FRAMEWATCH_UPLOAD_MAX_MB/);
  });
});
