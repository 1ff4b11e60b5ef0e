import path from "node:path";
import { analyzeArticle, toContractJson, type ContractArticle } from "@framewatch/corpus-model";
import { readEnv } from "@framewatch/db";
import { collectFiles, fetchUrlList, readDocuments, type FailedDocument, type ReadDocument } from "@framewatch/db/import";
import { parseArguments } from "./parse-arguments";
import { readFormatOptions } from "./read-format-options";
import { printable } from "./printable";

/**
 * `corpus analyze [--json] [--format F] [--map field=column] [--urls LIST]... FILE_OR_DIR...`:
 * JSON Lines on stdout, one object per article (a file, or a record of a
 * structured file: see readDocuments) in input order and nothing else; progress and warnings go to
 * stderr. A bad file yields `{ source, error }` and the run goes on. The pages of URL lists come after the
 * files, fetched as `corpus import --urls` fetches them (same limits and politeness), in the order they arrive.
 */
export async function runAnalyze(args: string[], cwd: string): Promise<number> {
  const parsed = parseArguments(args, ["--json"], ["--format", "--map", "--urls"]);
  const usage = (problem?: string) => {
    if (problem) process.stderr.write(`corpus analyze: ${problem}\n`);
    process.stderr.write("Usage: corpus analyze [--json] [--format FORMAT] [--map field=column]... [--urls LIST]... [--] FILE_OR_DIR...\n");
    return 2;
  };
  if ("unknown" in parsed) return usage(`unknown option ${parsed.unknown}`);
  if ("missingValue" in parsed) return usage(`${parsed.missingValue} needs a value`);
  const urlLists = parsed.values.get("--urls") ?? [];
  if (parsed.paths.length === 0 && urlLists.length === 0) return usage();
  const read = readFormatOptions(parsed.values);
  if ("problem" in read) return usage(read.problem);
  const json = parsed.options.has("--json");
  const inputs = parsed.paths;
  // The same limit as import: analyze read any file up to the default 8 MB whatever FRAMEWATCH_MAX_FILE_MB said.
  const maxFileBytes = readEnv().FRAMEWATCH_MAX_FILE_MB * 1024 * 1024;
  let failed = 0;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // One input at a time keeps the caller's order, missing paths included; a structured file gives one result per record.
  async function* results(): AsyncGenerator<AnalyzeResult> {
    for (const input of inputs) {
      const { files, missing } = collectFiles([input], cwd);
      for (const m of missing) yield { source: m.source, error: m.reason };
      for (const f of files) {
        for await (const doc of readDocuments(f.path, f.source, { ...read, maxFileBytes })) yield analyze(doc);
      }
    }
    const fetchOptions = { maxBytes: maxFileBytes, timeoutMs: readEnv().FRAMEWATCH_URL_TIMEOUT_S * 1000 };
    for (const list of urlLists) {
      for await (const doc of fetchUrlList(path.resolve(cwd, list), list, fetchOptions)) yield analyze(doc);
    }
  }
  for await (const result of results()) {
    if ("error" in result) {
      failed++;
      process.stderr.write(`corpus analyze: ${printable(result.source)}: ${result.error}\n`);
    }
    if (json) out(JSON.stringify(result));
    else out(describe(result));
  }
  return failed > 0 ? 1 : 0;
}

type AnalyzeResult = ContractArticle | { source: string; error: string };

function analyze(doc: ReadDocument | FailedDocument): AnalyzeResult {
  if ("reason" in doc) return { source: doc.source, error: doc.reason };
  try {
    return toContractJson(analyzeArticle({ source: doc.source, raw: doc.text, metadata: doc.metadata ?? undefined }));
  } catch (error) {
    return { source: doc.source, error: error instanceof Error ? error.message : String(error) };
  }
}

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
