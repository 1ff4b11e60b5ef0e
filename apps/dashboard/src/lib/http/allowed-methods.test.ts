import { describe, expect, it } from "vitest";
import { allowedMethods, methodNotAllowed } from "./allowed-methods";

describe("allowedMethods", () => {
  it("lets pages, embeds and short-link redirects be read only", () => {
    for (const p of ["/sign-in", "/account", "/admin/users", "/admin/outlets", "/", "/claims", "/framing", "/attacks", "/articles/3", "/imports", "/imports/12", "/imports/new", "/quality", "/embed/claims", "/s/abcdefghij", "/favicon.ico", "/no-such-page"]) {
      expect(allowedMethods(p)).toEqual(["GET", "HEAD"]);
    }
  });

  it("knows each API route's methods and leaves unknown API paths to Next's 404", () => {
    expect(allowedMethods("/api/short-links")).toEqual(["POST"]);
    expect(allowedMethods("/api/short-links/")).toEqual(["POST"]);
    expect(allowedMethods("/api/charts/claims")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/og/naming")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/articles")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/articles/12/claims")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/claims/7")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/evidence/frames")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/auth/sign-in/email")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/api/admin/users")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/api/admin/users/abc123")).toEqual(["PATCH", "DELETE"]);
    expect(allowedMethods("/api/imports/upload")).toEqual(["POST"]);
    expect(allowedMethods("/api/imports/12/events")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/imports")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/imports/")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/imports/12")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/imports/12/deletion")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/api/imports/12/deletion/")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/api/imports/12/deletion/x")).toBeNull();
    expect(allowedMethods("/api/imports/12/other")).toBeNull();
    expect(allowedMethods("/api/outlets/12")).toEqual(["POST"]);
    expect(allowedMethods("/api/outlets/merge")).toEqual(["POST"]);
    expect(allowedMethods("/api/outlets")).toBeNull();
    expect(allowedMethods("/api/reviews")).toEqual(["POST"]);
    expect(allowedMethods("/api/reviews/")).toEqual(["POST"]);
    expect(allowedMethods("/api/reviews/1")).toBeNull();
    expect(allowedMethods("/api/articles/12/review")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/articles/12/history")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/quality")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/quality/")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/quality/x")).toBeNull();
    expect(allowedMethods("/api/short-links-extra")).toBeNull();
    expect(allowedMethods("/api/nothing")).toBeNull();
    expect(allowedMethods("/api")).toBeNull();
  });
});

describe("methodNotAllowed", () => {
  it("answers 405 JSON with the Allow header", async () => {
    const res = methodNotAllowed("TRACE", ["GET", "HEAD"]);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    expect(await res.json()).toEqual({ error: "Method TRACE is not allowed here. Allowed: GET, HEAD." });
  });
});
