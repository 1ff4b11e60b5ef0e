import { describe, expect, it } from "vitest";
import { allowedMethods } from "@/lib/http/allowed-methods";
import { loginExempt } from "./login-exempt";

describe("loginExempt", () => {
  it("keeps sign-in, the auth API, share images and static files open", () => {
    for (const p of ["/sign-in", "/api/auth/sign-in/email", "/api/auth/get-session", "/api/og/claims", "/_next/static/x.js", "/favicon.ico"]) {
      expect(loginExempt(p), p).toBe(true);
    }
  });

  it("closes every page and every other API route", () => {
    for (const p of ["/", "/claims", "/framing", "/attacks", "/articles/1", "/embed/claims", "/s/abcdefghij", "/account", "/admin/users", "/sign-in-elsewhere"]) {
      expect(loginExempt(p), p).toBe(false);
    }
    for (const p of ["/api/charts/claims", "/api/evidence/frames", "/api/articles", "/api/articles/1/claims", "/api/claims", "/api/claims/1", "/api/short-links", "/api/admin/users"]) {
      expect(allowedMethods(p), p).not.toBeNull();
      expect(loginExempt(p), p).toBe(false);
    }
  });
});
