import readline from "node:readline/promises";
import { commandLineStarter } from "@framewatch/db/import";
import { deleteRunArticles, listImportRuns, previewRunDeletion, type ImportRunItem, type RunDeletionCounts } from "@framewatch/db/import-history";
import { openDatabase } from "./open-database";
import { parseArguments } from "./parse-arguments";
import { printable } from "./printable";

const USAGE = "Usage: corpus runs list [--limit N] [--all]\n       corpus runs delete ID [--yes]";
/** Runs `runs list` prints unless told otherwise: the newest. */
const DEFAULT_LIST = 20;
/** Runs read per query by `runs list --all`: the history is walked a page at a time, however long. */
const LIST_PAGE = 200;

/**
 * `corpus runs list` / `corpus runs delete ID [--yes]`: the import history on the command line, with the same
 * queries as the dashboard's /imports pages. Deleting asks for the article count it states unless --yes is given
 * (then it deletes what it states, or nothing if that changed meanwhile).
 */
export async function runRuns(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const usage = (problem?: string) => {
    if (problem) process.stderr.write(`corpus runs: ${problem}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  };
  if (sub === "list") {
    const parsed = parseArguments(rest, ["--all"], ["--limit"]);
    if ("unknown" in parsed) return usage(`unknown option ${parsed.unknown}`);
    if ("missingValue" in parsed) return usage(`${parsed.missingValue} needs a value`);
    if (parsed.paths.length > 0) return usage(`unexpected argument ${printable(parsed.paths[0]!)}`);
    const limitText = parsed.values.get("--limit")?.at(-1);
    const limit = limitText === undefined ? DEFAULT_LIST : /^\d{1,6}$/.test(limitText) ? Number(limitText) : NaN;
    if (!(limit >= 1 && limit <= 100_000)) return usage(`--limit takes a whole number from 1 to 100000, not ${printable(limitText ?? "")}`);
    return listRuns(parsed.options.has("--all") ? Infinity : limit);
  }
  if (sub === "delete") {
    const parsed = parseArguments(rest, ["--yes"]);
    if ("unknown" in parsed) return usage(`unknown option ${parsed.unknown}`);
    if ("missingValue" in parsed) return usage(`${parsed.missingValue} needs a value`);
    const [id, ...extra] = parsed.paths;
    if (id === undefined || extra.length > 0 || !/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1) {
      return usage(id === undefined ? "which run? (corpus runs list shows their numbers)" : `not a run number: ${printable(id)}`);
    }
    return deleteRun(Number(id), parsed.options.has("--yes"));
  }
  return usage(sub === undefined ? undefined : `unknown subcommand ${printable(sub)}`);
}

async function listRuns(max: number): Promise<number> {
  const db = await openDatabase((line) => process.stderr.write(`${line}\n`));
  try {
    let cursor: string | null = null;
    let printed = 0;
    let total = 0;
    do {
      const page = await listImportRuns(db.prisma, { limit: Math.min(LIST_PAGE, max - printed), cursor });
      total = page.total;
      for (const run of page.items) console.log(describeRun(run));
      printed += page.items.length;
      cursor = page.next;
    } while (cursor && printed < max);
    if (total === 0) console.log("No import runs yet.");
    else if (printed < total) console.log(`(${printed} newest of ${total} runs; --all lists every one)`);
    return 0;
  } finally {
    await db.close();
  }
}

/** One run on one line (two when its articles were deleted): number, kind, start, duration, state, counts, who. */
export function describeRun(run: ImportRunItem): string {
  const duration = `${(run.durationMs / 1000).toFixed(1)} s`;
  const state = run.state === "running" ? `running for ${duration}` : `${run.state} in ${duration}`;
  const counts = `${run.total} files: ${run.imported} imported, ${run.unchanged} unchanged, ${run.reanalysed} re-analysed, ${run.failed} failed`;
  const line = `#${run.id}  ${run.kind === "reanalyse" ? "re-analysis" : "import"}  ${run.startedAt.slice(0, 16).replace("T", " ")} UTC  ${state}  ${counts}  by ${printable(run.startedBy || "unknown")}`;
  if (!run.deleted) return line;
  return `${line}\n      articles deleted ${run.deleted.at.slice(0, 16).replace("T", " ")} UTC by ${printable(run.deleted.by)}: ${describeCounts(run.deleted)}`;
}

/** What a deletion removes (or removed: the history keeps the machine's counts, not the review decisions). */
function describeCounts(c: Omit<RunDeletionCounts, "reviews"> & { reviews?: number }): string {
  const reviews = c.reviews ? `, ${c.reviews} review decisions` : "";
  return `${c.articles} articles, ${c.claims} fighter claims, ${c.attacks} attack mentions, ${c.signals} framing signals${reviews}`;
}

async function deleteRun(runId: number, yes: boolean): Promise<number> {
  const db = await openDatabase((line) => process.stderr.write(`${line}\n`));
  try {
    const preview = await previewRunDeletion(db.prisma, runId);
    if (!preview) {
      console.error(`No import run ${runId} (corpus runs list shows the runs).`);
      return 1;
    }
    if (preview.refusal) {
      console.error(preview.refusal.message);
      return 1;
    }
    const { counts } = preview;
    console.log(`Deleting the articles of import #${runId} removes ${describeCounts(counts)}`);
    console.log("(articles a later run re-analysed included). The run stays in the history, marked deleted.");
    if (!yes) {
      if (!process.stdin.isTTY) {
        console.error("Nothing deleted: run it in a terminal to confirm, or add --yes.");
        return 2;
      }
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      const answer = (await rl.question(`Type ${counts.articles} to delete them: `)).trim();
      rl.close();
      if (answer !== String(counts.articles)) {
        console.error("Nothing deleted.");
        return 1;
      }
    }
    const result = await deleteRunArticles(db.prisma, runId, counts.articles, commandLineStarter());
    switch (result.status) {
      case "deleted":
        console.log(`Deleted ${describeCounts(result.counts)}.`);
        return 0;
      case "stale":
        console.error(`Nothing deleted: import #${runId} now has ${result.counts.articles} articles, not ${counts.articles}. Run the command again.`);
        return 1;
      case "refused":
        console.error(result.refusal.message);
        return 1;
      case "not-found":
        console.error(`No import run ${runId}.`);
        return 1;
    }
  } finally {
    await db.close();
  }
}
