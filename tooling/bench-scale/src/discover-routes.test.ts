import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import { afterAll, describe, expect, it } from "vitest";
import { discoverRoutes, exportedMethods } from "./discover-routes";

describe("discoverRoutes", () => {
  it("finds the dashboard's pages and API routes, route groups removed", () => {
    const routes = discoverRoutes(path.join(REPO_ROOT, "apps", "dashboard", "src"));
    const byPath = new Map(routes.map((r) => [`${r.kind} ${r.path}`, r]));
    // The routes the dashboard has had since issue 9 was filed; new ones may join them.
    for (const key of ["page /", "page /framing", "page /claims", "page /attacks", "page /articles/[id]", "page /embed/[chart]", "page /s/[id]", "api /api/charts/[chart]", "api /api/og/[chart]", "api /api/short-links"]) {
      expect(byPath.has(key), key).toBe(true);
    }
    expect(byPath.get("api /api/charts/[chart]")?.methods).toContain("GET");
    expect(byPath.get("api /api/short-links")?.methods).toContain("POST");
    expect(routes.every((r) => !r.path.includes("("))).toBe(true);
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-routes-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const write = (rel: string, text = "export default function Page() {}") => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
  };

  it("skips private folders, slots, layouts and tests; reads Pages API index files", () => {
    write("app/(site)/page.tsx");
    write("app/(site)/layout.tsx");
    write("app/_lib/page.tsx");
    write("app/@modal/page.tsx");
    write("app/api/articles/route.ts", "export async function GET() {}\nexport const POST = handler;");
    write("pages/api/og/[chart].ts");
    write("pages/api/things/index.ts");
    write("pages/api/things/helper.test.ts");
    expect(discoverRoutes(tmp).map((r) => `${r.kind} ${r.path} ${r.methods.join("+")}`)).toEqual([
      "page / GET",
      "api /api/articles GET+POST",
      "api /api/og/[chart] GET",
      "api /api/things GET",
    ]);
  });
});

describe("exportedMethods", () => {
  it("reads function and const exports, not mentions", () => {
    expect(exportedMethods("export async function GET(req) {}\n// POST is not supported")).toEqual(["GET"]);
    expect(exportedMethods("export function DELETE() {}\nexport const PUT = x;")).toEqual(["PUT", "DELETE"]);
    expect(exportedMethods("export { GET, handler as POST } from './x'")).toEqual(["GET", "POST"]);
    expect(exportedMethods("export { helper } from './x'")).toEqual([]);
  });
});
