/** Run parameters of `pnpm bench:scale`, as parsed from the command line. */
export interface BenchArgs {
  /** Corpus sizes to measure, ascending; the database grows from one to the next. */
  articles: number[];
  /** Generated files imported with `corpus import` (the ingest figures, and the base the larger sizes are copied from). */
  ingestFiles: number;
  /** Seed of the generated corpus. */
  seed: number;
  /** Seconds of load per route with `connections` concurrent clients (0 skips the load runs). */
  duration: number;
  connections: number;
  /** At most this many sequential requests per route... */
  requests: number;
  /** ...and no more sequential requests after this many seconds (at least one is always made). */
  sequentialBudget: number;
  /** Seconds before a request counts as timed out. */
  timeout: number;
  /** The dashboard is killed (and restarted) when its process tree's RSS exceeds this, to protect a shared machine. */
  rssCapMb: number;
  /** Only routes whose name matches this pattern are measured. */
  routes: RegExp | null;
  /** Skip `turbo run build` (the dashboard's production build must exist). */
  build: boolean;
  /**
   * Keep the database in this folder (a new or empty one) instead of a throwaway one: PostgreSQL's data folder
   * (`<dir>/postgres`, database "framewatch", as `FRAMEWATCH_DATA_DIR` expects it) and the generated corpus and logs
   * (`<dir>/work`), so the corpus of the last size can be inspected (EXPLAIN, psql, `corpus serve`) after the run.
   */
  keep: string | null;
  /** Build the corpus (with the ingest figures) and measure no route: no dashboard, no build. With --keep, for inspection. */
  setupOnly: boolean;
  markdown: string | null;
  json: string | null;
  help: boolean;
}

export const USAGE = `Usage: pnpm bench:scale [options]

  --articles N[,N...]     corpus sizes to measure, ascending (default 100000; "5k,100k" works).
                          Two sizes or more also check that p95 does not grow more than 2x.
  --ingest-files M        generated files for the import measurement and the base set (default 5000)
  --seed S                seed of the generated corpus (default 42)
  --duration SEC          load per route with concurrent clients (default 20; 0 = skip)
  --connections C         concurrent clients (default 20)
  --requests R            sequential requests per route (default 20)
  --sequential-budget SEC stop sequential requests after this long (default 30)
  --timeout SEC           per-request timeout (default 30)
  --rss-cap-mb MB         kill and restart the dashboard above this RSS (default 4096)
  --routes REGEX          measure only routes whose name matches
  --no-build              do not run the dashboard's production build first
  --keep DIR              keep the database of the last size in DIR (new or empty): DIR/postgres is a data folder
                          for FRAMEWATCH_DATA_DIR (database "framewatch"), DIR/work the generated files and logs
  --setup-only            build the corpus and measure no route (no dashboard, no build); with --keep, to inspect it
  --markdown FILE         also write the report as Markdown
  --json FILE             also write every figure as JSON`;

const DEFAULTS: BenchArgs = {
  articles: [100_000],
  ingestFiles: 5000,
  seed: 42,
  duration: 20,
  connections: 20,
  requests: 20,
  sequentialBudget: 30,
  timeout: 30,
  rssCapMb: 4096,
  routes: null,
  build: true,
  keep: null,
  setupOnly: false,
  markdown: null,
  json: null,
  help: false,
};

/** "100000", "100_000", "100k", "1.5k" -> a whole number; anything else throws. */
export function parseCount(flag: string, raw: string | undefined, min = 0): number {
  const text = (raw ?? "").trim().toLowerCase().replace(/_/g, "");
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/.exec(text);
  const value = m ? Number(m[1]) * (m[2] === "k" ? 1000 : m[2] === "m" ? 1_000_000 : 1) : NaN;
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${flag} needs a whole number${min > 0 ? ` >= ${min}` : ""}, got ${raw === undefined ? "nothing" : `"${raw}"`}`);
  }
  return value;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { ...DEFAULTS, articles: [...DEFAULTS.articles] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    // pnpm passes a literal "--" through when the user separates script arguments.
    if (token === "--") continue;
    const eq = token.indexOf("=");
    const flag = eq > 0 ? token.slice(0, eq) : token;
    const inline = eq > 0 ? token.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--articles": {
        const sizes = value().split(",").map((s) => parseCount(flag, s, 1));
        if (sizes.some((n, j) => j > 0 && n <= sizes[j - 1]!)) throw new Error(`--articles sizes must be ascending, got ${sizes.join(",")}`);
        args.articles = sizes;
        break;
      }
      case "--ingest-files":
        args.ingestFiles = parseCount(flag, value(), 1);
        break;
      case "--seed":
        args.seed = parseCount(flag, value());
        break;
      case "--duration":
        args.duration = parseCount(flag, value());
        break;
      case "--connections":
        args.connections = parseCount(flag, value(), 1);
        break;
      case "--requests":
        args.requests = parseCount(flag, value(), 1);
        break;
      case "--sequential-budget":
        args.sequentialBudget = parseCount(flag, value(), 1);
        break;
      case "--timeout":
        args.timeout = parseCount(flag, value(), 1);
        break;
      case "--rss-cap-mb":
        args.rssCapMb = parseCount(flag, value(), 64);
        break;
      case "--routes": {
        const pattern = value();
        try {
          args.routes = new RegExp(pattern);
        } catch {
          throw new Error(`--routes needs a regular expression, got "${pattern}"`);
        }
        break;
      }
      case "--no-build":
        args.build = false;
        break;
      case "--keep":
        args.keep = value();
        break;
      case "--setup-only":
        args.setupOnly = true;
        break;
      case "--markdown":
        args.markdown = value();
        break;
      case "--json":
        args.json = value();
        break;
      case "--help":
      case "-h":
        args.help = true;
        break;
      default:
        throw new Error(`unknown argument "${token}"\n\n${USAGE}`);
    }
  }
  return args;
}
