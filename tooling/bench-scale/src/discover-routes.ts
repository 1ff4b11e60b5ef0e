import fs from "node:fs";
import path from "node:path";

/** A route as the dashboard's file tree declares it, e.g. `/api/charts/[chart]`. */
export interface RoutePattern {
  /** URL path with Next's dynamic segments left in brackets; route groups "(site)" removed. */
  path: string;
  /** "page" renders HTML (budget 1 s); "api" is a route handler or Pages API route (budget 500 ms). */
  kind: "page" | "api";
  /** HTTP methods the file exports (pages: GET). */
  methods: string[];
  /** The file, relative to the app folder it was found in. */
  file: string;
}

const PAGE_FILE = /^page\.(tsx|ts|jsx|js)$/;
const ROUTE_FILE = /^route\.(ts|js)$/;
const SOURCE_FILE = /\.(tsx|ts|jsx|js)$/;
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/**
 * Every page and API route of the dashboard, read from its App Router
 * (`src/app`) and Pages Router API (`src/pages/api`) folders, so a route
 * added by any branch is benchmarked without editing a list here.
 */
export function discoverRoutes(dashboardSrc: string): RoutePattern[] {
  const routes: RoutePattern[] = [];
  const appDir = path.join(dashboardSrc, "app");
  if (fs.existsSync(appDir)) walkApp(appDir, appDir, [], routes);
  const pagesApi = path.join(dashboardSrc, "pages", "api");
  if (fs.existsSync(pagesApi)) walkPagesApi(pagesApi, pagesApi, ["api"], routes, readMethodTable(dashboardSrc));
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind));
}

function walkApp(root: string, dir: string, segments: string[], out: RoutePattern[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Private folders (_x) and parallel-route slots (@x) add no URL of their own.
      if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
      // Route groups "(site)" organise files without appearing in the URL.
      const isGroup = /^\(.*\)$/.test(entry.name);
      walkApp(root, full, isGroup ? segments : [...segments, entry.name], out);
    } else if (PAGE_FILE.test(entry.name)) {
      out.push({ path: toUrl(segments), kind: "page", methods: ["GET"], file: path.relative(root, full) });
    } else if (ROUTE_FILE.test(entry.name)) {
      out.push({ path: toUrl(segments), kind: "api", methods: exportedMethods(fs.readFileSync(full, "utf8")), file: path.relative(root, full) });
    }
  }
}

/**
 * A Pages API route is one default-exported handler that does not declare
 * its methods; the dashboard's proxy table (src/lib/http/route-methods.mjs)
 * does: `{ prefix: "/api/short-links", methods: ["POST"] }`. Read as text so
 * this stays a plain file walk; routes it does not list are read with GET.
 */
function readMethodTable(dashboardSrc: string): { prefix: string; methods: string[] }[] {
  const file = path.join(dashboardSrc, "lib", "http", "route-methods.mjs");
  if (!fs.existsSync(file)) return [];
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/\{\s*prefix:\s*"([^"]+)",\s*methods:\s*(\[[^\]]*\]|READ)\s*\}/g)].map((m) => ({
    prefix: m[1]!,
    methods: m[2] === "READ" ? ["GET"] : [...m[2]!.matchAll(/"([A-Z]+)"/g)].map((x) => x[1]!).filter((x) => x !== "HEAD"),
  }));
}

function methodsFromTable(url: string, table: { prefix: string; methods: string[] }[]): string[] {
  const row = table.find((r) => (r.prefix.endsWith("/") ? url.startsWith(r.prefix) : url === r.prefix));
  return row && row.methods.length > 0 ? row.methods : ["GET"];
}

function walkPagesApi(root: string, dir: string, segments: string[], out: RoutePattern[], table: { prefix: string; methods: string[] }[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walkPagesApi(root, full, [...segments, entry.name], out, table);
    } else if (SOURCE_FILE.test(entry.name) && !/\.test\.|\.d\.ts$/.test(entry.name)) {
      const name = entry.name.replace(SOURCE_FILE, "");
      const url = toUrl(name === "index" ? segments : [...segments, name]);
      out.push({ path: url, kind: "api", methods: methodsFromTable(url, table), file: path.join("api", path.relative(root, full)) });
    }
  }
}

function toUrl(segments: string[]): string {
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route handler file exports (`export async function GET`, `export const POST = ...`). */
export function exportedMethods(source: string): string[] {
  const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!));
  return METHODS.filter(
    (m) => listed.includes(m) || new RegExp(`export\\s+(?:async\\s+)?(?:function\\s+${m}\\b|const\\s+${m}\\b)`).test(source),
  );
}
