import { analyzeArticle, toContractJson, type ContractArticle } from "@framewatch/corpus-model";
import { readEnv } from "@framewatch/db";
import { collectFiles, readArticleFile } from "@framewatch/db/import";
import { parseArguments } from "./parse-arguments";
import { printable } from "./printable";

/**
 * `corpus analyze [--json] FILE_OR_DIR...`: JSON Lines on stdout, one object
 * per input in input order and nothing else; progress and warnings go to
 * stderr. A bad file yields `{ source, error }` and the run goes on.
 */
export async function runAnalyze(args: string[], cwd: string): Promise<number> {
  const parsed = parseArguments(args, ["--json"]);
  if (!("paths" in parsed) || parsed.paths.length === 0) {
    if ("unknown" in parsed) process.stderr.write(`corpus analyze: unknown option ${parsed.unknown}\n`);
    process.stderr.write("Usage: corpus analyze [--json] [--] FILE_OR_DIR...\n");
    return 2;
  }
  const json = parsed.options.has("--json");
  const inputs = parsed.paths;
  // The same limit as import: analyze read any file up to the default 8 MB whatever FRAMEWATCH_MAX_FILE_MB said.
  const maxBytes = readEnv().FRAMEWATCH_MAX_FILE_MB * 1024 * 1024;
  let failed = 0;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // One input at a time keeps the caller's order, missing paths included.
  const results = inputs.flatMap((input) => {
    const { files, missing } = collectFiles([input], cwd);
    return [
      ...missing.map((m) => ({ source: m.source, run: (): AnalyzeResult => ({ source: m.source, error: m.reason }) })),
      ...files.map((f) => ({
        source: f.source,
        run: (): AnalyzeResult =>
          toContractJson(analyzeArticle({ source: f.source, raw: readArticleFile(f.path, f.source, maxBytes).text })),
      })),
    ];
  });
  for (const item of results) {
    let result: AnalyzeResult;
    try {
      result = item.run();
    } catch (error) {
      result = { source: item.source, error: error instanceof Error ? error.message : String(error) };
    }
    if ("error" in result) {
      failed++;
      process.stderr.write(`corpus analyze: ${printable(item.source)}: ${result.error}\n`);
    }
    if (json) out(JSON.stringify(result));
    else out(describe(result));
  }
  return failed > 0 ? 1 : 0;
}

type AnalyzeResult = ContractArticle | { source: string; error: string };

function describe(result: AnalyzeResult): string {
  if ("error" in result) return `${printable(result.source)}: ERROR ${result.error}`;
  const r = result;
  return [
    `${printable(r.source)}`,
    `  title:    ${r.title ?? "(none)"}`,
    `  outlet:   ${r.outlet ? `${r.outlet.name} ("${r.outlet.evidence}")` : "(unknown)"}`,
    `  date:     ${r.published ? `${r.published.date} (${r.published.precision}, ${r.published.earliest}..${r.published.latest})` : "(unknown)"}`,
    `  claims:   ${r.fighterClaims.length}`,
    ...r.fighterClaims.map(
      (c) =>
        `    - ${c.quantity.text} [${c.qualifier} ${c.low ?? "…"}-${c.high ?? "…"} ${c.unit}] ${c.refersTo}, by ${c.claimant} (${c.claimantType})`,
    ),
    `  attacks:  ${[...new Set(r.attacks.map((a) => a.type))].join(", ") || "(none)"}`,
  ].join("\n");
}
