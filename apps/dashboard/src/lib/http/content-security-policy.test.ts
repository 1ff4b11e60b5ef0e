import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets page scripts run only with the nonce: no 'unsafe-inline', no 'unsafe-eval', no host allow-list", () => {
    const d = directives(contentSecurityPolicy({ nonce: "abc123==", framable: false, development: false }));
    expect(d.get("script-src")).toEqual(["'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
  });

  it("keeps embeds framable by any site and allows eval only in development", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", framable: true, development: false })).get("frame-ancestors")).toEqual(["*"]);
    expect(directives(contentSecurityPolicy({ nonce: "n", framable: false, development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("gives non-page responses a policy that allows nothing", () => {
    expect(contentSecurityPolicy({ nonce: null, framable: false, development: false })).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
