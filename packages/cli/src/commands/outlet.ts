import { createInterface } from "node:readline/promises";
import { listOutletRecords, mergeOutlets, OutletChangeError, previewMerge, renameOutlet, type MergePreview } from "@framewatch/db/outlets";
import { EXIT_USAGE } from "./describe-failure";
import { openDatabase } from "./open-database";
import { parseArguments } from "./parse-arguments";
import { printable } from "./printable";

export const OUTLET_USAGE = `Usage:
  corpus outlet list [SEARCH]            Every outlet (or those whose name or a former name contains SEARCH):
                                         id, name, article count and former names.
  corpus outlet rename OUTLET NEW_NAME   Give an outlet a new display name; its old name keeps resolving to it.
  corpus outlet merge FROM INTO [--yes]  Move FROM's articles to INTO and make FROM's names INTO's (prints what
                                         moves; asks, or merges at once with --yes). A merge cannot be undone.
An outlet is named by its exact name (or its name in another case) or by its id as #12.`;

const q = (name: string) => `"${printable(name)}"`;
const articles = (n: number) => `${n} article${n === 1 ? "" : "s"}`;

/** `corpus outlet list|rename|merge`: an admin's renames and merges of outlets, from the command line. */
export async function runOutlet(args: string[]): Promise<number> {
  const parsed = parseArguments(args, ["--yes", "-y"]);
  if ("unknown" in parsed || "missingValue" in parsed) {
    process.stderr.write(`${"unknown" in parsed ? `Unknown option "${printable(parsed.unknown)}"` : "Missing value"}.\n\n${OUTLET_USAGE}\n`);
    return EXIT_USAGE;
  }
  const [action, ...rest] = parsed.paths;
  const yes = parsed.options.has("--yes") || parsed.options.has("-y");
  const arity: Record<string, [number, number]> = { list: [0, 1], rename: [2, 2], merge: [2, 2] };
  const wanted = action === undefined ? undefined : arity[action];
  if (!wanted || rest.length < wanted[0] || rest.length > wanted[1] || (yes && action !== "merge")) {
    process.stderr.write(`${action === undefined ? "" : wanted ? `Wrong arguments for "outlet ${action}".\n\n` : `Unknown outlet action "${printable(action)}".\n\n`}${OUTLET_USAGE}\n`);
    return EXIT_USAGE;
  }

  const db = await openDatabase(() => {});
  try {
    if (action === "list") return await list(db.prisma, rest[0]);
    if (action === "rename") {
      const result = await renameOutlet(db.prisma, { outlet: rest[0]!, name: rest[1]! });
      if (!result.changed) console.log(`${q(result.outlet.name)} (#${result.outlet.id}) already has that name: nothing changed.`);
      else {
        console.log(`Renamed ${q(result.previousName)} (#${result.outlet.id}) to ${q(result.outlet.name)}.`);
        console.log(`Articles that name ${q(result.previousName)}, now or in later imports, count as ${q(result.outlet.name)}. Rename it back to undo.`);
      }
      return 0;
    }
    const preview = await previewMerge(db.prisma, rest[0]!, rest[1]!);
    for (const line of describeMerge(preview)) console.log(line);
    if (!yes && !(await confirm(`Merge ${q(preview.from.name)} into ${q(preview.into.name)}? [y/N] `))) {
      console.log(process.stdin.isTTY ? "Nothing was merged." : "Nothing was merged: run again with --yes to merge.");
      return process.stdin.isTTY ? 0 : EXIT_USAGE;
    }
    // The count shown is the count confirmed: an import that changed it meanwhile stops the merge.
    const result = await mergeOutlets(db.prisma, { from: preview.from.id, into: preview.into.id, expectedArticles: preview.from.articles });
    console.log(`Merged ${q(result.from.name)} into ${q(result.into.name)}: ${articles(result.articles)} moved; ${result.aliases.map(q).join(", ")} now count${result.aliases.length === 1 ? "s" : ""} as ${q(result.into.name)}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof OutletChangeError)) throw error;
    process.stderr.write(`corpus: ${printable(error.message)}\n`);
    return error.reason === "stale" ? 1 : EXIT_USAGE;
  } finally {
    await db.close();
  }
}

async function list(prisma: Parameters<typeof listOutletRecords>[0], search: string | undefined): Promise<number> {
  const page = await listOutletRecords(prisma, { q: search, limit: 500 });
  const all = [...page.items];
  while (all.length < page.total) {
    const next = await listOutletRecords(prisma, { q: search, limit: 500, offset: all.length });
    if (next.items.length === 0) break;
    all.push(...next.items);
  }
  if (all.length === 0) {
    console.log(search ? `No outlet's name or former name contains ${q(search)}.` : "No outlets yet: import some articles first.");
    return 0;
  }
  const idWidth = Math.max(...all.map((o) => String(o.id).length)) + 1;
  const countWidth = Math.max(8, ...all.map((o) => String(o.articles).length));
  console.log(`${"id".padStart(idWidth)}  ${"articles".padStart(countWidth)}  name (former names)`);
  for (const o of all) {
    const former = o.aliases.length > 0 ? `  (${o.aliases.map(q).join(", ")})` : "";
    console.log(`${`#${o.id}`.padStart(idWidth)}  ${String(o.articles).padStart(countWidth)}  ${printable(o.name)}${former}`);
  }
  console.log(`${all.length} outlet${all.length === 1 ? "" : "s"}.`);
  return 0;
}

/** What a merge moves, in the words the confirmation uses. */
export function describeMerge(p: MergePreview): string[] {
  const names = [p.from.name, ...p.from.aliases];
  return [
    `Merge ${q(p.from.name)} (#${p.from.id}, ${articles(p.from.articles)}) into ${q(p.into.name)} (#${p.into.id}, ${articles(p.into.articles)}):`,
    `  ${articles(p.from.articles)} move to ${q(p.into.name)}, which then has ${articles(p.from.articles + p.into.articles)};`,
    `  ${names.map(q).join(", ")} ${names.length === 1 ? "becomes a former name" : "become former names"} of ${q(p.into.name)}: later imports that find ${names.length === 1 ? "it" : "them"} count as ${q(p.into.name)};`,
    `  ${q(p.from.name)} (#${p.from.id}) is deleted. A merge cannot be undone: the moved articles are not marked as ${q(p.from.name)}'s.`,
  ];
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
