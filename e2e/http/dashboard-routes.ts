import fs from "node:fs";
import path from "node:path";

/** The dashboard's source folder (apps/dashboard/src). */
export const DASHBOARD_SRC = path.join(import.meta.dirname, "..", "..", "apps", "dashboard", "src");

/**
 * Every page and API route of the dashboard as its file tree declares it,
 * e.g. "/api/charts/[chart]": App Router pages and route handlers under
 * src/app (route groups like "(site)" dropped, private "_x" and slot "@x"
 * folders skipped) and Pages Router API routes under src/pages/api. Read
 * from the files, so a route added later is seen without editing a list.
 */
export function discoverDashboardRoutes(src = DASHBOARD_SRC): string[] {
  const routes = new Set<string>();
  const walkApp = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        walkApp(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        routes.add(`/${segments.join("/")}`);
      }
    }
  };
  const walkPagesApi = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walkPagesApi(path.join(dir, entry.name), [...segments, entry.name]);
      else if (/\.(tsx|ts|jsx|js)$/.test(entry.name) && !/\.test\.|\.d\.ts$/.test(entry.name)) {
        const name = entry.name.replace(/\.(tsx|ts|jsx|js)$/, "");
        routes.add(`/${(name === "index" ? segments : [...segments, name]).join("/")}`);
      }
    }
  };
  walkApp(path.join(src, "app"), []);
  const pagesApi = path.join(src, "pages", "api");
  if (fs.existsSync(pagesApi)) walkPagesApi(pagesApi, ["api"]);
  return [...routes].sort();
}
