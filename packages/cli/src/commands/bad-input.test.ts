import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import { REPO_ROOT } from "@framewatch/db/paths";
import { createPgPool } from "@framewatch/db/import";
import { createScratchDatabase, findFreePort, makeTempDir, startThrowawayPostgres } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The bad-input suite: the real `corpus` command, run as a child process
 * against one throwaway PostgreSQL that already holds the bundled articles
 * and a short link, fed one bad input per case. Each case asserts the exit
 * code, the message (and that no stack trace is printed), and that every
 * table is unchanged: a row count and an md5 of the ordered rows of every
 * table in the `public` and queue schemas, taken before and after.
 *
 * The one stated exception: a failed `corpus import` records its run. It may
 * add exactly one ImportRun row, finished (not interrupted), with nothing
 * imported or re-analysed and the expected failed/unchanged counts; every
 * ImportRun row that existed before must be byte-identical, and so must the
 * ImportFile rows of those runs (a run's rows stay as its per-file outcomes
 * in the import history; the new run's are checked through its counts), and
 * the queue's tables must be as they were (jobs are queued and deleted again
 * within the run).
 *
 * File cases that `corpus import` accepts together run in one import (one
 * process start instead of thirty): each still has its own `failed:` line
 * asserted, and the run's summary must count exactly the expected failures
 * and nothing imported, so a case that slipped through would show.
 */

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");
const CORPUS = path.join(REPO_ROOT, "data", "corpus");
/** A hang (a FIFO opened, /dev/zero read without end) fails the case instead of the whole run. */
const RUN_TIMEOUT_MS = 60_000;

const PROSE =
  "Iraqi officials say the militants have regrouped in the desert west of Mosul. About 300 fighters remain in the valleys, " +
  "an army spokesman told reporters on Sunday, and they move at night between caves. The army has asked for more drones to watch them.\n";

type Env = Record<string, string | undefined>;
interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `corpus` (optionally without the capabilities that let root read any file) and collects its output. */
function corpus(args: string[], env: Env, options: { withoutRootReadAll?: boolean } = {}): Promise<Result> {
  const command = [process.execPath, BIN, ...args];
  // As root, chmod 000 denies nothing: dropping the two capabilities makes root meet permissions as any user does.
  if (options.withoutRootReadAll && process.getuid?.() === 0) command.unshift("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--");
  const child = spawn(command[0]!, command.slice(1), {
    cwd: REPO_ROOT,
    env: Object.fromEntries(Object.entries({ ...process.env, INIT_CWD: REPO_ROOT, ...env }).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

/** A raw stack frame, or an internal error leaking through instead of a sentence. */
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$|node:internal|Prisma|Invalid `|TypeError|RangeError|SyntaxError/m;

// --- Every table, before and after -----------------------------------------------------------------

type Pool = ReturnType<typeof createPgPool>;
interface Snapshot {
  tables: Record<string, string>;
  lastRunId: number;
}

async function snapshot(pool: Pool, runsUpTo?: number): Promise<Snapshot> {
  const { rows: list } = await pool.query<{ schema: string; table: string }>(
    `SELECT schemaname AS schema, tablename AS table FROM pg_tables WHERE schemaname IN ('public', 'framewatch_queue') ORDER BY 1, 2`,
  );
  const { rows: last } = await pool.query<{ id: number | null }>(`SELECT max(id) AS id FROM "ImportRun"`);
  const lastRunId = runsUpTo ?? last[0]!.id ?? 0;
  const tables: Record<string, string> = {};
  for (const { schema, table } of list) {
    // ImportRun: the rows that existed before (a failed import adds one, checked on its own); ImportFile: their files.
    const where =
      schema === "public" && table === "ImportRun" ? `WHERE id <= ${lastRunId}` : schema === "public" && table === "ImportFile" ? `WHERE "runId" <= ${lastRunId}` : "";
    const { rows } = await pool.query<{ n: number; h: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM "${schema}"."${table}" t ${where}`,
    );
    tables[`${schema}.${table}`] = `${rows[0]!.n} rows, md5 ${rows[0]!.h}`;
  }
  return { tables, lastRunId };
}

interface RunRow {
  finishedAt: Date | null;
  interruptedAt: Date | null;
  total: number;
  imported: number;
  unchanged: number;
  reanalysed: number;
  failed: number;
}

/** Asserts nothing changed but, when `run` is given, one finished ImportRun with those counts. */
async function expectUnchanged(pool: Pool, before: Snapshot, run: { failed: number; unchanged?: number } | null, label: string) {
  const after = await snapshot(pool, before.lastRunId);
  expect(after.tables, `${label}: every table's rows (ImportRun: the rows that existed before)`).toEqual(before.tables);
  const { rows } = await pool.query<RunRow>(
    `SELECT "finishedAt", "interruptedAt", total, imported, unchanged, reanalysed, failed FROM "ImportRun" WHERE id > $1 ORDER BY id`,
    [before.lastRunId],
  );
  if (!run) {
    expect(rows, `${label}: no import run recorded`).toEqual([]);
    return;
  }
  expect(rows, `${label}: exactly one import run, finished with the failure`).toHaveLength(1);
  const [row] = rows;
  expect(row!.finishedAt, label).not.toBeNull();
  expect(row!.interruptedAt, label).toBeNull();
  const unchanged = run.unchanged ?? 0;
  expect({ ...row, finishedAt: null, interruptedAt: null }, label).toEqual({
    finishedAt: null,
    interruptedAt: null,
    total: run.failed + unchanged,
    imported: 0,
    unchanged,
    reanalysed: 0,
    failed: run.failed,
  });
}

// --- The cases -------------------------------------------------------------------------------------

/** A file case for the shared import: makes its input in its own folder and names the `failed:` lines it expects. */
interface FileCase {
  name: string;
  /** Makes the input under `dir`; returns the path to put on the command line. */
  make: (dir: string) => string;
  /** The failure lines: [source as printed, reason]; default one line for the path itself. */
  failures?: (arg: string, dir: string) => [string, RegExp][];
  reason?: RegExp;
  /** The input is a list of URLs: given as `--urls PATH`. */
  urls?: boolean;
}

const write = (file: string, data: string | Uint8Array) => (fs.writeFileSync(file, data), file);
const link = (target: string, file: string) => (fs.symlinkSync(target, file), file);
const folder = (dir: string, name: string) => (fs.mkdirSync(path.join(dir, name)), path.join(dir, name));

/** Deterministic bytes (a fixed linear congruential sequence), so a failure reproduces. */
function junkBytes(length: number, from = 0, to = 256): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0, x = 12345; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = from + ((x >>> 16) % (to - from));
  }
  return out;
}

const sockets: net.Server[] = [];

const FILE_CASES: FileCase[] = [
  { name: "a FIFO named on the command line", make: (d) => (mkfifo(path.join(d, "pipe.txt")), path.join(d, "pipe.txt")), reason: /^skipped: not a regular file \(a FIFO\)$/ },
  { name: "/dev/zero", make: () => "/dev/zero", reason: /^skipped: not a regular file \(a character device\)$/ },
  { name: "a symbolic link to /dev/zero named on the command line", make: (d) => link("/dev/zero", path.join(d, "zero.txt")), reason: /^skipped: not a regular file \(a character device\)$/ },
  { name: "a socket", make: (d) => listen(path.join(d, "socket.txt")), reason: /^skipped: not a regular file \(a socket\)$/ },
  {
    name: "a file over FRAMEWATCH_MAX_FILE_MB (3 MB here)",
    make: (d) => write(path.join(d, "big.txt"), PROSE.repeat(Math.ceil((3.5 * 1024 * 1024) / PROSE.length))),
    reason: /^too large: 3\.5 MB \(\d+ bytes\), over the 3\.0 MB limit \(FRAMEWATCH_MAX_FILE_MB/,
  },
  { name: "an empty file", make: (d) => write(path.join(d, "empty.txt"), ""), reason: /^empty file$/ },
  { name: "whitespace only", make: (d) => write(path.join(d, "blank.txt"), " \n\t\r\n   \n"), reason: /^empty file \(whitespace only\)$/ },
  { name: "a UTF-8 byte-order mark and nothing else", make: (d) => write(path.join(d, "bom.txt"), "\uFEFF\n"), reason: /^empty file \(whitespace only\)$/ },
  { name: "binary junk without NUL bytes", make: (d) => write(path.join(d, "junk.bin"), junkBytes(64 * 1024, 0x80, 0x100)), reason: /^not valid UTF-8 text/ },
  { name: "prose with NUL bytes in it", make: (d) => write(path.join(d, "nul.txt"), `${PROSE}\u0000\u0000${PROSE}`), reason: /^binary file \(contains NUL bytes\)/ },
  { name: "prose with one invalid UTF-8 byte", make: (d) => write(path.join(d, "bad-utf8.txt"), Buffer.concat([Buffer.from(PROSE), Buffer.from([0xc3, 0x28]), Buffer.from(PROSE)])), reason: /^not valid UTF-8 text/ },
  { name: "a Latin-1 article", make: (d) => write(path.join(d, "latin1.txt"), Buffer.from(PROSE.replace("Mosul", "Mossoul, a écrit le général"), "latin1")), reason: /^not valid UTF-8 text/ },
  { name: "UTF-16 with a byte-order mark", make: (d) => write(path.join(d, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROSE, "utf16le")])), reason: /^UTF-16 text/ },
  { name: "a gzip-compressed article", make: (d) => write(path.join(d, "article.txt.gz"), zlib.gzipSync(PROSE)), reason: /^(binary file|not valid UTF-8)/ },
  {
    name: "a PDF with ASCII content",
    make: (d) =>
      write(
        path.join(d, "ascii.pdf"),
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
          "4 0 obj << /Length 44 >> stream\nBT /F1 24 Tf 100 700 Td (Hello) Tj ET\nendstream endobj\nxref 0 6 0000000000 65535 f 0000000010 00000 n\ntrailer << /Size 6 /Root 1 0 R >> startxref 420 %%EOF\n",
      ),
    reason: /^not prose: /,
  },
  { name: "only numbers", make: (d) => write(path.join(d, "numbers.txt"), Array.from({ length: 500 }, (_, i) => `${i * 37} ${i * 11}.${i % 7}`).join("\n")), reason: /^no article text: the body is empty after cleaning/ },
  { name: "very long lines of junk", make: (d) => write(path.join(d, "long-lines.txt"), Array.from({ length: 10 }, (_, i) => `${"x7Qz/+=".repeat(30_000)}${i}`).join("\n")), reason: /^not prose: / },
  { name: "base64 of an image", make: (d) => write(path.join(d, "image.b64.txt"), junkBytes(200_000).toString("base64").replace(/.{76}/g, "$&\n")), reason: /^not prose: / },
  { name: "a caption: too few words", make: (d) => write(path.join(d, "caption.txt"), "Smoke rises over Mosul."), reason: /^not prose: 4 words of text \(at least 8 needed\)$/ },
  {
    name: "a 2 MB single sentence that never ends",
    make: (d) => write(path.join(d, "run-on.txt"), "the convoy moved north along the river road and ".repeat(Math.ceil((2 * 1024 * 1024) / 48))),
    reason: /^not prose: no sentence ends anywhere/,
  },
  {
    name: "HTML without a body",
    make: (d) => write(path.join(d, "no-body.html"), "<!doctype html><html><head><title>Nothing</title><meta charset=utf-8></head></html>"),
    reason: /^no article text: the body is empty after cleaning/,
  },
  {
    name: "HTML of only scripts and styles",
    make: (d) =>
      write(
        path.join(d, "scripts.html"),
        `<!doctype html><html><head><style>body { color: red; } /* ${PROSE} */</style><script>var story = ${JSON.stringify(PROSE)};</script></head>` +
          `<body><script>document.write(story);</script><style>p { margin: 0 }</style><noscript></noscript><template><p>${PROSE}</p></template></body></html>`,
      ),
    reason: /^no article text: the body is empty after cleaning/,
  },
  {
    name: "HTML nested 100,000 levels deep with no text",
    make: (d) => write(path.join(d, "nested.html"), `<!doctype html><html><body>${"<div>".repeat(100_000)}${"</div>".repeat(100_000)}</body></html>`),
    reason: /^no article text: the body is empty after cleaning/,
  },
  {
    name: "100,000 unclosed tags",
    make: (d) => write(path.join(d, "unclosed.html"), `<html><body>${"<span><b>".repeat(50_000)}`),
    reason: /^no article text: the body is empty after cleaning/,
  },
  { name: "markup only (SVG)", make: (d) => write(path.join(d, "drawing.svg"), `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0L10 10"/>'.repeat(200)}</svg>`), reason: /^(no article text|not prose): / },
  { name: "a nonexistent path", make: (d) => path.join(d, "missing.txt"), reason: /^no such file or directory$/ },
  { name: "a path through a file", make: (d) => path.join(write(path.join(d, "plain.txt"), PROSE), "inside.txt"), reason: /^not found: a part of the path is a file, not a folder$/ },
  { name: "an empty folder", make: (d) => folder(d, "empty"), reason: /^skipped: folder holds no files to import$/ },
  {
    name: "a folder of hidden files only",
    make: (d) => {
      const f = folder(d, "hidden");
      write(path.join(f, ".article.txt"), PROSE);
      return f;
    },
    reason: /^skipped: folder holds no files to import$/,
  },
  {
    name: "a folder of only unsupported files (an image, a broken archive)",
    make: (d) => {
      const f = folder(d, "media");
      write(path.join(f, "photo.png"), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), junkBytes(4096)]));
      write(path.join(f, "bundle.zip"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), junkBytes(4096)]));
      return f;
    },
    failures: (f) => [
      [path.join(f, "bundle.zip"), /^not a readable zip archive: /],
      [path.join(f, "photo.png"), /^binary file \(contains NUL bytes\)/],
    ],
  },
  {
    name: "an unsupported file named explicitly (a .docx)",
    make: (d) => write(path.join(d, "report.docx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), junkBytes(2048)])),
    reason: /^binary file \(contains NUL bytes\)/,
  },
  {
    name: "a symbolic link to an article, inside a folder (not followed)",
    make: (d) => {
      const f = folder(d, "linked");
      link(write(path.join(d, "outside.txt.target"), PROSE.replace("300", "301")), path.join(f, "article.txt"));
      return f;
    },
    failures: (f) => [[path.join(f, "article.txt"), /^skipped: symbolic link \(links inside a folder are not followed/]],
  },
  {
    name: "a dangling symbolic link inside a folder",
    make: (d) => {
      const f = folder(d, "dangling-inside");
      link(path.join(d, "nowhere.txt"), path.join(f, "gone.txt"));
      return f;
    },
    failures: (f) => [[path.join(f, "gone.txt"), /^skipped: symbolic link/]],
  },
  {
    name: "a symbolic link back up its folder (a loop)",
    make: (d) => {
      const f = folder(d, "looped");
      link(f, path.join(f, "again"));
      return f;
    },
    failures: (f) => [[path.join(f, "again"), /^skipped: symbolic link/]],
  },
  { name: "a dangling symbolic link named on the command line", make: (d) => link(path.join(d, "nowhere.txt"), path.join(d, "dangling.txt")), reason: /^broken symbolic link: its target .*nowhere\.txt does not exist$/ },
  {
    name: "a symbolic link loop named on the command line",
    make: (d) => (link(path.join(d, "loop-b"), path.join(d, "loop-a")), link(path.join(d, "loop-a"), path.join(d, "loop-b"))),
    reason: /^too many levels of symbolic links$/,
  },
  {
    name: "a file name with a newline and a terminal escape (printed escaped, one line)",
    make: (d) => write(path.join(d, "evil\n  failed: \u001b[2Jname.txt"), ""),
    failures: (arg) => [[arg.replace("\n", "\\n").replace("\u001b", "\\u001b"), /^empty file$/]],
  },
  { name: "a Unicode file name", make: (d) => write(path.join(d, "تقرير-доклад-報告 ✓.txt"), "1 2 3 4 5 6 7 8 9 10."), reason: /^not prose: 0 words/ },
  // --urls: the list itself, and lists with no URL that can be fetched (none reaches beyond this machine).
  { name: "a URL list that does not exist", urls: true, make: (d) => path.join(d, "missing-urls.txt"), reason: /^file not found$/ },
  { name: "a folder given as a URL list", urls: true, make: (d) => folder(d, "urls"), reason: /^skipped: not a regular file \(a folder\)$/ },
  { name: "a FIFO given as a URL list", urls: true, make: (d) => (mkfifo(path.join(d, "urls.txt")), path.join(d, "urls.txt")), reason: /^skipped: not a regular file \(a FIFO\)$/ },
  { name: "a URL list of comments and blank lines only", urls: true, make: (d) => write(path.join(d, "urls.txt"), "# to do\n\n   \n#https://example.org/\n"), reason: /^no URLs: every line is blank or a # comment$/ },
  {
    name: "a URL list with no valid URL (no scheme, ftp:, mailto:, a password, junk, a binary line)",
    urls: true,
    make: (d) =>
      write(
        path.join(d, "urls.txt"),
        Buffer.concat([
          Buffer.from("www.example.org/news/1\nftp://example.org/article.txt\nmailto:editor@example.org\nhttps://user:hunter2@example.org/\nnot a url at all\n"),
          Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]),
        ]),
      ),
    failures: (f) => [
      [`${f}:1`, /^not a URL: "www\.example\.org\/news\/1" \(one http:\/\/ or https:\/\/ URL per line\)$/],
      [`${f}:2`, /^not fetched: "ftp:\/\/example\.org\/article\.txt" is not http or https \(ftp:\)$/],
      [`${f}:3`, /^not fetched: "mailto:editor@example\.org" is not http or https \(mailto:\)$/],
      [`${f}:4`, /^not fetched: the URL holds a user name or password$/],
      [`${f}:5`, /^not a URL: "not a url at all"/],
      [`${f}:6`, /^not valid UTF-8 text$/],
    ],
  },
  {
    name: "a URL list naming a closed port on this machine",
    urls: true,
    // The port the unreachable-database cases use: nothing listens there.
    make: (d) => write(path.join(d, "urls.txt"), `http://127.0.0.1:${new URL(closedPortUrl).port}/news/1\n`),
    failures: (f) => [[fs.readFileSync(f, "utf8").trim(), /^connection refused$/]],
  },
];

function mkfifo(file: string): void {
  // Node has no mkfifo; the coreutils tool is on every Linux this runs on.
  const result = spawnSync("mkfifo", [file]);
  if (result.status !== 0) throw new Error(`mkfifo ${file} failed`);
}

function listen(file: string): string {
  const server = net.createServer().listen(file);
  sockets.push(server);
  return file;
}

/** One command run, asserted on its own: exit code, message, tables. */
interface CommandCase {
  name: string;
  args: (dir: string) => string[];
  /** Environment on top of the test database's DATABASE_URL (undefined removes a variable). */
  env?: (url: string) => Env;
  code: number;
  message: RegExp;
  /** The import run a failed import records (see expectUnchanged); none by default. */
  run?: { failed: number; unchanged?: number };
  /** Writes to the database when it works: run alone, so no other case's snapshot sees it. */
  writes?: boolean;
}

const unreachable = async () => `postgresql://framewatch:secret-password@127.0.0.1:${await findFreePort()}/framewatch`;
let closedPortUrl = "";

const COMMAND_CASES: CommandCase[] = [
  { name: "no command", args: () => [], code: 2, message: /^Usage: corpus <command>/m },
  { name: "an unknown command", args: () => ["imprt", "data/corpus"], code: 2, message: /^Unknown command "imprt"\./m },
  {
    name: "import without a path",
    args: () => ["import"],
    code: 2,
    message: /^Usage: corpus import \[--format [a-z|]+\] \[--map field=column\]\.\.\. \[--urls LIST\]\.\.\. \[--\] FILE_OR_DIR\.\.\./m,
  },
  { name: "import with --urls and no value", args: () => ["import", "--urls"], code: 2, message: /^corpus import: --urls needs a value\n/m },
  { name: "import with an unknown --format", args: () => ["import", "--format", "xml", "data/corpus"], code: 2, message: /^corpus import: unknown format "xml" \(formats: jsonl, json, csv, tsv, nexis, text, html\)\n/m },
  { name: "import with --format and no value", args: () => ["import", "data/corpus", "--format"], code: 2, message: /^corpus import: --format needs a value\n/m },
  { name: "import with a --map of an unknown field", args: () => ["import", "--map", "body=story", "data/corpus"], code: 2, message: /^corpus import: --map "body=story": unknown field "body"/m },
  { name: "import with an unknown option", args: () => ["import", "--dry-run", "data/corpus"], code: 2, message: /^corpus import: unknown option --dry-run\n/m },
  { name: "analyze without a path", args: () => ["analyze", "--json"], code: 2, message: /^Usage: corpus analyze \[--json\] \[--format FORMAT\] \[--map field=column\]\.\.\. \[--urls LIST\]\.\.\. \[--\] FILE_OR_DIR\.\.\./m },
  { name: "analyze with an unknown option", args: () => ["analyze", "--jsn", "data/corpus"], code: 2, message: /^corpus analyze: unknown option --jsn\n/m },
  {
    name: "an invalid DATABASE_URL",
    args: () => ["import", "data/corpus"],
    env: () => ({ DATABASE_URL: "mysql://root:secret-password@localhost/framewatch" }),
    code: 2,
    message: /^corpus: Invalid environment: DATABASE_URL: DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/$/m,
  },
  {
    name: "a non-numeric FRAMEWATCH_MAX_FILE_MB",
    args: () => ["import", "data/corpus"],
    env: () => ({ FRAMEWATCH_MAX_FILE_MB: "ten" }),
    code: 2,
    message: /^corpus: Invalid environment: FRAMEWATCH_MAX_FILE_MB: /m,
  },
  {
    name: "a zero FRAMEWATCH_MAX_FILE_MB",
    args: () => ["import", "data/corpus"],
    env: () => ({ FRAMEWATCH_MAX_FILE_MB: "0" }),
    code: 2,
    message: /^corpus: Invalid environment: FRAMEWATCH_MAX_FILE_MB: Too small/m,
  },
  {
    name: "an unreachable database (import)",
    args: () => ["import", "data/corpus"],
    env: () => ({ DATABASE_URL: closedPortUrl }),
    code: 75,
    message: /^corpus: cannot reach PostgreSQL at postgresql:\/\/framewatch:\*\*\*@127\.0\.0\.1:\d+\/framewatch \(connect ECONNREFUSED [^)]*\)/m,
  },
  {
    name: "an unreachable database (migrate)",
    args: () => ["migrate"],
    env: () => ({ DATABASE_URL: closedPortUrl }),
    code: 75,
    message: /^corpus: cannot reach PostgreSQL at postgresql:\/\/framewatch:\*\*\*@127\.0\.0\.1:\d+\/framewatch \(connect ECONNREFUSED [^)]*\)/m,
  },
  {
    name: "a wrong database password",
    args: () => ["import", "data/corpus"],
    env: (url) => ({ DATABASE_URL: url.replace(/:[^:@/]+@/, ":wrong-password@") }),
    code: 1,
    message: /^corpus: password authentication failed for user "framewatch"$/m,
  },
  {
    name: "a database that does not exist",
    args: () => ["migrate"],
    env: (url) => ({ DATABASE_URL: url.replace(/\/[^/]+$/, "/no_such_database") }),
    code: 1,
    message: /^corpus: database "no_such_database" does not exist$/m,
  },
  {
    name: "a duplicate of a stored article (not an error)",
    args: (d) => {
      fs.copyFileSync(path.join(CORPUS, fs.readdirSync(CORPUS).sort()[0]!), path.join(d, "copy.txt"));
      return ["import", path.join(d, "copy.txt")];
    },
    code: 0,
    message: /^Imported 0 new, 1 unchanged, 0 re-analysed, 0 failed\.$/m,
    run: { failed: 0, unchanged: 1 },
    writes: true,
  },
];

describe("corpus with bad inputs: exit code, message, every table unchanged", () => {
  let server: Awaited<ReturnType<typeof startThrowawayPostgres>>;
  let url: string;
  let password: string;
  let pool: Pool;
  let dir: string;
  beforeAll(async () => {
    server = await startThrowawayPostgres();
    url = await createScratchDatabase(server, "badinput");
    password = decodeURIComponent(new URL(url).password);
    closedPortUrl = await unreachable();
    dir = makeTempDir("framewatch-badinput-");
    // Something stored for the bad inputs to leave alone: the bundled articles (with their claims, attacks,
    // signals and rollups) and a short link.
    const seed = await corpus(["import", "data/corpus"], { DATABASE_URL: url });
    expect(seed.code, seed.stdout + seed.stderr).toBe(0);
    pool = createPgPool(url, 2);
    await pool.query(`INSERT INTO "ShortLink" (id, path, query, "stateVersion") VALUES ('bad-input', '/claims', 'v=1', 1)`);
    // The snapshot must cover what it claims to, with rows in it, or "unchanged" would prove nothing.
    const { tables } = await snapshot(pool);
    for (const table of ["Article", "Outlet", "FighterClaim", "AttackMention", "FramingSignal", "ShortLink", "RollupBucket", "RollupCount", "RollupClaim", "ImportRun"])
      expect(tables[`public.${table}`], table).toMatch(/^[1-9]\d* rows/);
    for (const table of ["ImportFile", "RollupDirty", "RollupState"]) expect(tables, table).toHaveProperty(`public.${table}`);
    expect(Object.keys(tables).filter((t) => t.startsWith("framewatch_queue.")).length, "the job queue's tables").toBeGreaterThan(3);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await pool?.end();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const expectClean = (result: Result) => {
    const output = result.stdout + result.stderr;
    expect(output, "no stack trace or internal error").not.toMatch(STACK);
    expect(output, "the password is never printed").not.toContain(password);
    expect(output).not.toContain("secret-password");
  };

  it(`import: ${FILE_CASES.length} bad files in one run, each reported with its reason`, async () => {
    const cases = FILE_CASES.map((c, i) => {
      const caseDir = path.join(dir, `file-${String(i).padStart(2, "0")}`);
      fs.mkdirSync(caseDir);
      const arg = c.make(caseDir);
      return { ...c, arg, expected: c.failures ? c.failures(arg, caseDir) : ([[arg, c.reason!]] as [string, RegExp][]) };
    });
    const before = await snapshot(pool);
    const result = await corpus(["import", ...cases.flatMap((c) => (c.urls ? ["--urls", c.arg] : [c.arg]))], { DATABASE_URL: url, FRAMEWATCH_MAX_FILE_MB: "3" });
    const output = result.stdout + result.stderr;
    const failures = result.stdout.split("\n").filter((l) => l.startsWith("  failed: "));
    const total = cases.reduce((n, c) => n + c.expected.length, 0);
    expect.soft(result.code, output).toBe(1);
    expect.soft(result.stdout).toContain(`Imported 0 new, 0 unchanged, 0 re-analysed, ${total} failed.`);
    for (const c of cases) {
      for (const [source, reason] of c.expected) {
        const line = failures.find((l) => l.startsWith(`  failed: ${source}: `));
        expect.soft(line, `${c.name}: a failed: line for ${JSON.stringify(source)} in\n${output}`).toBeDefined();
        if (line) expect.soft(line.slice(`  failed: ${source}: `.length), c.name).toMatch(reason);
      }
    }
    expect(failures).toHaveLength(total);
    expectClean(result);
    await expectUnchanged(pool, before, { failed: total }, "the batch of bad files");
  }, 120_000);

  it("import: an unreadable file, folder, subfolder and URL list are reported and skipped", async () => {
    const d = path.join(dir, "unreadable");
    fs.mkdirSync(d);
    const file = write(path.join(d, "secret.txt"), PROSE.replace("300", "302"));
    const list = write(path.join(d, "urls.txt"), `http://127.0.0.1:${new URL(closedPortUrl).port}/never-fetched\n`);
    const locked = folder(d, "locked");
    write(path.join(locked, "inside.txt"), PROSE.replace("300", "303"));
    const parent = folder(d, "parent");
    write(path.join(folder(parent, "closed"), "deep.txt"), PROSE.replace("300", "304"));
    fs.chmodSync(file, 0o000);
    fs.chmodSync(list, 0o000);
    fs.chmodSync(locked, 0o000);
    fs.chmodSync(path.join(parent, "closed"), 0o000);
    try {
      const before = await snapshot(pool);
      const result = await corpus(["import", file, locked, parent, "--urls", list], { DATABASE_URL: url }, { withoutRootReadAll: true });
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(result.stdout).toContain("Imported 0 new, 0 unchanged, 0 re-analysed, 4 failed.");
      expect(result.stdout).toContain(`  failed: ${file}: permission denied\n`);
      expect(result.stdout).toContain(`  failed: ${list}: permission denied\n`);
      expect(result.stdout).toContain(`  failed: ${locked}: folder skipped: permission denied\n`);
      expect(result.stdout).toContain(`  failed: ${path.join(parent, "closed")}: folder skipped: permission denied\n`);
      expectClean(result);
      await expectUnchanged(pool, before, { failed: 4 }, "unreadable inputs");
    } finally {
      fs.chmodSync(file, 0o600);
      fs.chmodSync(list, 0o600);
      fs.chmodSync(locked, 0o700);
      fs.chmodSync(path.join(parent, "closed"), 0o700);
    }
  }, 60_000);

  it("analyze --json: one error object per bad input, in order, exit 1", async () => {
    const d = path.join(dir, "analyze");
    fs.mkdirSync(d);
    mkfifo(path.join(d, "pipe.txt"));
    const inputs: [string, RegExp][] = [
      [path.join(d, "pipe.txt"), /^skipped: not a regular file \(a FIFO\)$/],
      ["/dev/zero", /^skipped: not a regular file \(a character device\)$/],
      [write(path.join(d, "big.txt"), PROSE.repeat(Math.ceil((1.5 * 1024 * 1024) / PROSE.length))), /^too large: 1\.5 MB .* over the 1\.0 MB limit/],
      [write(path.join(d, "empty.txt"), ""), /^empty file$/],
      [write(path.join(d, "utf16.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PROSE, "utf16le").swap16()])), /^UTF-16 text/],
      [path.join(d, "missing.txt"), /^no such file or directory$/],
    ];
    // A good article after the bad ones: analyze goes on and analyses it.
    const good = path.join(CORPUS, fs.readdirSync(CORPUS).sort()[0]!);
    const before = await snapshot(pool);
    const result = await corpus(["analyze", "--json", ...inputs.map(([p]) => p), good], { DATABASE_URL: url, FRAMEWATCH_MAX_FILE_MB: "1" });
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as { source: string; error?: string; fighterClaims?: unknown[] });
    expect(lines.map((l) => l.source)).toEqual([...inputs.map(([p]) => p), path.relative(REPO_ROOT, good)]);
    inputs.forEach(([, reason], i) => expect(lines[i]!.error).toMatch(reason));
    expect(lines[3]).toEqual({ source: inputs[3]![0], error: "empty file" });
    expect(lines.at(-1)!.fighterClaims).toBeDefined();
    for (const [p] of inputs) expect(result.stderr).toContain(`corpus analyze: ${p}: `);
    expectClean(result);
    await expectUnchanged(pool, before, null, "analyze");
  }, 60_000);

  // Cases that must not write anything run side by side (process start-up dominates them); if one did write, its own
  // snapshot catches it (and maybe a neighbour's). Cases that write when they work run alone.
  for (const c of COMMAND_CASES) {
    it(`${c.name}: exit ${c.code}`, { concurrent: !c.writes, timeout: 60_000 }, async () => {
      const caseDir = makeTempDir("framewatch-badinput-case-");
      try {
        const args = c.args(caseDir);
        const before = await snapshot(pool);
        // A missing DATABASE_URL would start an embedded server: keep it (never expected) out of the repository.
        const result = await corpus(args, { DATABASE_URL: url, FRAMEWATCH_DATA_DIR: path.join(caseDir, "pg"), ...c.env?.(url) });
        const output = result.stdout + result.stderr;
        expect(result.code, output).toBe(c.code);
        expect(output).toMatch(c.message);
        expectClean(result);
        await expectUnchanged(pool, before, c.run ?? null, c.name);
      } finally {
        fs.rmSync(caseDir, { recursive: true, force: true });
      }
    });
  }
});
