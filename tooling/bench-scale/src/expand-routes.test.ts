import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import { describe, expect, it } from "vitest";
import { discoverRoutes, type RoutePattern } from "./discover-routes";
import { expandRoutes, type RouteFixtures } from "./expand-routes";

const fx: RouteFixtures = {
  charts: ["naming", "actors", "claims", "attacks"],
  framingDims: ["naming", "actors"],
  articles: [
    { label: "typical", id: 17 },
    { label: "largest", id: 4242 },
  ],
  claimId: 901,
  evidenceMarks: { naming: "naming:3:Daesh", attacks: "attack:3:bombing" },
  shortLinkId: "abc123",
  runId: 7,
  sessionCookie: "better-auth.session_token=abc",
  filters: { outletId: 3, from: "2020-01-01", to: "2020-12-31", claimant: "iraqi_government", referent: "isis" },
};

const route = (p: string, kind: "page" | "api" = "page", methods = ["GET"]): RoutePattern => ({ path: p, kind, methods, file: "" });

describe("expandRoutes", () => {
  it("fills every chart, both articles and the short link; redirects are expected only there", () => {
    const { requests, skipped } = expandRoutes([route("/embed/[chart]"), route("/articles/[id]"), route("/s/[id]")], fx);
    expect(requests.map((r) => r.url)).toEqual([
      "/embed/naming",
      "/embed/actors",
      "/embed/claims",
      "/embed/attacks",
      "/articles/17",
      "/articles/4242",
      "/s/abc123",
    ]);
    expect(requests.filter((r) => r.redirect).map((r) => r.url)).toEqual(["/s/abc123"]);
    expect(skipped).toEqual([]);
  });

  it("measures /framing per dimension and the heavy views with outlet, date and claimant filters", () => {
    const { requests } = expandRoutes([route("/framing"), route("/claims"), route("/api/charts/[chart]", "api"), route("/about")], fx);
    const urls = requests.map((r) => r.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        "/framing?dim=naming",
        "/framing?dim=actors",
        "/framing?dim=naming&outlets=3",
        "/framing?dim=naming&from=2020-01-01&to=2020-12-31",
        "/claims",
        "/claims?outlets=3",
        "/claims?claimants=iraqi_government&referents=isis",
        "/api/charts/claims?from=2020-01-01&to=2020-12-31",
        "/api/charts/naming?outlets=3",
        "/api/charts/attacks?outlets=3",
        "/api/charts/actors",
        "/about",
      ]),
    );
    expect(urls).not.toContain("/api/charts/actors?outlets=3");
    expect(urls).not.toContain("/framing");
    expect(new Set(urls).size).toBe(urls.length);
    expect(requests.find((r) => r.url === "/api/charts/claims")?.kind).toBe("api");
  });

  it("leaves out filters the database has no value for", () => {
    const bare = { ...fx, filters: { outletId: null, from: null, to: null, claimant: null, referent: null } };
    expect(expandRoutes([route("/claims")], bare).requests.map((r) => r.url)).toEqual(["/claims"]);
  });

  it("reports routes it cannot fill instead of dropping them", () => {
    const { requests, skipped } = expandRoutes(
      [route("/api/outlets/[slug]", "api"), route("/api/things", "api", ["POST", "DELETE"]), route("/s/[id]")],
      { ...fx, shortLinkId: null },
    );
    expect(requests).toEqual([]);
    expect(skipped.map((s) => s.route)).toEqual(["GET /api/outlets/[slug]", "POST /api/things", "DELETE /api/things", "GET /s/[id]"]);
  });

  it("covers every route of today's dashboard", () => {
    const patterns = discoverRoutes(path.join(REPO_ROOT, "apps", "dashboard", "src"));
    const { requests, skipped } = expandRoutes(patterns, fx);
    // Claims have no evidence list (their sentences come with /api/claims); charts with no mark in the fixture are skipped, and say so.
    // Writes and the account pages are left out, and say so; every read route of the analysis and the history is measured.
    const left = skipped.filter((s) => !/^GET \/api\/evidence\/\[chart\] \/api\/evidence\/(claims|actors|sourcing|threat|frames|loaded)$/.test(s.route));
    expect(left.filter((s) => s.reason !== "needs a signed-in account" && !s.reason.startsWith("a write")).map((s) => s.route)).toEqual([]);
    expect(left.map((s) => s.route)).toEqual(expect.arrayContaining(["GET /admin/users", "GET /api/admin/users", "POST /api/imports/upload", "POST /api/outlets/merge"]));
    const names = requests.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["/", "/claims", "/attacks", "/articles/17", "/s/abc123", "/api/og/claims", "POST /api/short-links"]));
    expect(names).toEqual(expect.arrayContaining(["/imports", "/imports/7", "/api/imports/7", "/api/imports/7/events", "/api/imports/7/deletion"]));
    expect(names).toEqual(expect.arrayContaining(["/api/evidence/naming?dim=naming&sel=naming%3A3%3ADaesh", "/api/evidence/attacks?sel=attack%3A3%3Abombing", "/api/claims/901", "/api/articles/17/claims", "/api/articles/4242/signals"]));
  });
});
