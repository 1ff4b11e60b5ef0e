import { parseArgs as parseNodeArgs } from "node:util";
import { parseCount } from "./parse-args";

/** Run parameters of `pnpm bench:load`. */
export interface LoadArgs {
  /** Articles in the database: generated files imported (up to `importFiles`), copied in SQL beyond. */
  articles: number;
  importFiles: number;
  seed: number;
  connections: number;
  /** Seconds of load per route. */
  duration: number;
  /** Seconds before a request counts as timed out. */
  timeout: number;
  /** The routes loaded, one after the other: by default the heaviest page and API route of docs/performance.md. */
  routes: string[];
  build: boolean;
  markdown: string | null;
  help: boolean;
}

export const LOAD_USAGE = `Usage: pnpm bench:load [options]

  --articles N        articles in the database (default 5000; "100k" works: imported up to
                      --import-files, copied in SQL beyond, as bench:scale does)
  --import-files M    generated files imported with corpus import (default 5000)
  --seed S            seed of the generated corpus (default 42)
  --connections C     concurrent connections (default 200)
  --duration SEC      load per route (default 60)
  --timeout SEC       a request unanswered this long counts as a timeout (default 30)
  --route PATH        a route to load (repeatable; default /claims and /api/charts/claims)
  --build             run the dashboard's production build first (default: use the existing one)
  --markdown FILE     also write the report as Markdown`;

/**
 * The heaviest page and API route in docs/performance.md (issue 9): /claims is
 * the largest page and answered the fewest requests under 20 clients at
 * 100,000 articles; /api/charts/claims the largest and slowest API response.
 */
export const DEFAULT_ROUTES = ["/claims", "/api/charts/claims"];

export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  const { values } = parseNodeArgs({
    args: argv.filter((a) => a !== "--"),
    options: {
      articles: { type: "string" },
      "import-files": { type: "string" },
      seed: { type: "string" },
      connections: { type: "string" },
      duration: { type: "string" },
      timeout: { type: "string" },
      route: { type: "string", multiple: true },
      build: { type: "boolean" },
      markdown: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  const articles = parseCount("--articles", values.articles ?? "5000", 1);
  const routes = values.route ?? DEFAULT_ROUTES;
  for (const r of routes) if (!r.startsWith("/")) throw new Error(`--route needs a path starting with "/", got "${r}"`);
  return {
    articles,
    importFiles: Math.min(articles, parseCount("--import-files", values["import-files"] ?? "5000", 1)),
    seed: parseCount("--seed", values.seed ?? "42"),
    connections: parseCount("--connections", values.connections ?? "200", 1),
    duration: parseCount("--duration", values.duration ?? "60", 1),
    timeout: parseCount("--timeout", values.timeout ?? "30", 1),
    routes,
    build: values.build ?? false,
    markdown: values.markdown ?? null,
    help: values.help ?? false,
  };
}
