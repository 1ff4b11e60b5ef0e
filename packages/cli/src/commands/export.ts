import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { GOLD_FORMAT, type GoldArticle } from "@framewatch/corpus-model/eval";
import { walkReviewedArticles } from "@framewatch/db/review";
import { EXIT_USAGE } from "./describe-failure";
import { openDatabase } from "./open-database";
import { parseArguments } from "./parse-arguments";
import { printable } from "./printable";

const USAGE = "Usage: corpus export --reviewed [--out FILE]";
/** Incomplete articles named on stderr at most; the count is always given. */
const LIST_INCOMPLETE = 10;

/**
 * `corpus export --reviewed [--out FILE]`: writes the analysts' reviews as a gold file (docs/gold-format.md) that
 * `corpus eval GOLD FILES` reads, built by the same function the Quality page scores (buildReviewedGold): only
 * complete lists, no dates. The file appears whole or not at all (written aside, then renamed). Exit 0 written,
 * 1 nothing to export (no article's review is complete), 2 started wrongly (unknown option, an output path that
 * cannot be written), 75 the database is unreachable.
 */
export async function runExport(args: string[], cwd: string): Promise<number> {
  const parsed = parseArguments(args, ["--reviewed"], ["--out"]);
  const usage = (problem?: string) => {
    if (problem) process.stderr.write(`corpus export: ${problem}\n`);
    process.stderr.write(`${USAGE}\n`);
    return EXIT_USAGE;
  };
  if ("unknown" in parsed) return usage(`unknown option ${printable(parsed.unknown)}`);
  if ("missingValue" in parsed) return usage(`${parsed.missingValue} needs a value`);
  if (parsed.paths.length > 0) return usage(`unexpected argument ${printable(parsed.paths[0]!)}`);
  if (!parsed.options.has("--reviewed")) return usage("say what to export: --reviewed (the analysts' reviews as a gold file)");
  const outs = parsed.values.get("--out") ?? [];
  if (outs.length > 1) return usage("--out names one file");
  const out = outs[0] === undefined ? null : path.resolve(cwd, outs[0]);
  if (out) {
    // Checked before the database is opened: a typo in the path should not cost a walk over every review.
    const problem = unwritable(out);
    if (problem) {
      process.stderr.write(`corpus export: cannot write ${printable(outs[0]!)}: ${problem}\n`);
      return EXIT_USAGE;
    }
  }

  // Written aside first (next to the target, so the rename stays on one file system): a failure half-way leaves
  // no truncated gold file behind, nor an earlier one overwritten.
  const db = await openDatabase(() => {});
  let file: fs.WriteStream | null = null;
  let temp: string | null = null;
  try {
    temp = out ? `${out}.${process.pid}.partial` : path.join(fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-export-")), "gold.json");
    file = fs.createWriteStream(temp, { flags: "wx" });
    const opened = new Promise<void>((resolve, reject) => file!.once("open", () => resolve()).once("error", reject));
    await opened;
    const write = (text: string) =>
      new Promise<void>((resolve, reject) => {
        file!.write(text, (error) => (error ? reject(error) : resolve()));
      });
    await write(`{\n  "format": ${JSON.stringify(GOLD_FORMAT)},\n  "articles": [`);
    const sources = new Set<string>();
    const incomplete: string[] = [];
    let exported = 0;
    let withClaims = 0;
    let withAttacks = 0;
    for await (const a of walkReviewedArticles(db.prisma).articles) {
      if (!a.gold) {
        incomplete.push(a.machine.source);
        continue;
      }
      const gold = uniqueSource(a.gold, sources);
      await write(`${exported === 0 ? "" : ","}\n${indent(JSON.stringify(gold, null, 2), "    ")}`);
      exported += 1;
      if (gold.fighterClaims) withClaims += 1;
      if (gold.attacks) withAttacks += 1;
    }
    await write(`${exported === 0 ? "" : "\n  "}]\n}\n`);
    await new Promise<void>((resolve, reject) => file!.end((error?: Error | null) => (error ? reject(error) : resolve())));

    const left = `${incomplete.length} reviewed article${incomplete.length === 1 ? "" : "s"} left out as incomplete`;
    if (exported === 0) {
      process.stderr.write(
        incomplete.length === 0
          ? "corpus export: nothing to export: no article has a review decision yet. Review some in the dashboard's reader first.\n"
          : `corpus export: nothing to export: ${left} (no list of claims or attacks has a decision on every machine fact).\n`,
      );
      listIncomplete(incomplete);
      return 1;
    }
    if (out) fs.renameSync(temp, out);
    else await pipeline(fs.createReadStream(temp), process.stdout, { end: false });
    process.stderr.write(
      `Exported ${exported} reviewed article${exported === 1 ? "" : "s"} (${withClaims} with claims, ${withAttacks} with attacks)${out ? ` to ${printable(outs[0]!)}` : ""}; ${left}. ` +
        "A list counts when every machine fact in it has a standing decision; dates are not exported (docs/review.md).\n",
    );
    listIncomplete(incomplete);
    return 0;
  } finally {
    file?.destroy();
    if (temp) fs.rmSync(out ? temp : path.dirname(temp), { recursive: true, force: true });
    await db.close();
  }
}

function listIncomplete(incomplete: string[]): void {
  for (const source of incomplete.slice(0, LIST_INCOMPLETE)) process.stderr.write(`  incomplete: ${printable(source)}\n`);
  if (incomplete.length > LIST_INCOMPLETE) process.stderr.write(`  ... and ${incomplete.length - LIST_INCOMPLETE} more\n`);
}

/** Why `file` cannot be written, or null: its folder must exist and be writable, and it must not be a folder. */
function unwritable(file: string): string | null {
  try {
    if (fs.statSync(file).isDirectory()) return "it is a folder";
    fs.accessSync(file, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") return code === "EACCES" ? "permission denied" : String(code ?? error);
  }
  const dir = path.dirname(file);
  try {
    if (!fs.statSync(dir).isDirectory()) return `${dir} is not a folder`;
    fs.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `no folder ${dir}` : code === "EACCES" ? `permission denied in ${dir}` : String(code ?? error);
  }
}

/**
 * The gold file names each article once by source (the reader refuses repeats), but two stored articles can share
 * one: a file changed since its first import is a second article. The later ones get their hash appended; their
 * sha256, which `corpus eval` matches first, still finds them.
 */
function uniqueSource(gold: GoldArticle, seen: Set<string>): GoldArticle {
  let source = gold.source;
  if (seen.has(source)) source = `${gold.source} [sha256 ${gold.sha256!.slice(0, 12)}]`;
  seen.add(source);
  return source === gold.source ? gold : { ...gold, source };
}

function indent(text: string, by: string): string {
  return text.replace(/^/gm, by);
}
