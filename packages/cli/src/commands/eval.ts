import path from "node:path";
import { analyzeArticle, toContractJson } from "@framewatch/corpus-model";
import { findGoldArticle, indexGold, scoreArticle, summariseScores, type ArticleScore, type GoldArticle } from "@framewatch/corpus-model/eval";
import { readEnv } from "@framewatch/db";
import { collectFiles, readDocuments } from "@framewatch/db/import";
import { formatEvalReport, type EvalNotes } from "./format-eval-report";
import { parseArguments } from "./parse-arguments";
import { printable } from "./printable";
import { readFormatOptions } from "./read-format-options";
import { GoldFileError, readGoldFile } from "./read-gold-file";

/**
 * `corpus eval GOLD FILE_OR_DIR... [--json]`: analyses the files as `corpus analyze` does (no database) and
 * scores the machine's facts against the gold file's (docs/gold-format.md). Documents the gold does not hold
 * are reported and skipped; gold articles no file matched are reported. Exit 0, 1 when a file failed (unreadable,
 * not prose, or changed since the gold was written), 2 when started wrongly or the gold file is unusable.
 */
export async function runEval(args: string[], cwd: string): Promise<number> {
  const parsed = parseArguments(args, ["--json"], ["--format", "--map"]);
  const usage = (problem?: string) => {
    if (problem) process.stderr.write(`corpus eval: ${problem}\n`);
    process.stderr.write("Usage: corpus eval [--json] [--format FORMAT] [--map field=column]... [--] GOLD.json FILE_OR_DIR...\n");
    return 2;
  };
  if ("unknown" in parsed) return usage(`unknown option ${parsed.unknown}`);
  if ("missingValue" in parsed) return usage(`${parsed.missingValue} needs a value`);
  const [goldPath, ...inputs] = parsed.paths;
  if (goldPath === undefined || inputs.length === 0) return usage(goldPath === undefined ? undefined : "no files to score: name the articles the gold describes");
  const read = readFormatOptions(parsed.values);
  if ("problem" in read) return usage(read.problem);

  const goldFile = path.resolve(cwd, goldPath);
  let gold;
  try {
    gold = readGoldFile(goldFile);
  } catch (error) {
    if (error instanceof GoldFileError) {
      // The command was started right; its gold is what needs fixing, so the usage line would only be noise.
      process.stderr.write(`corpus eval: ${printable(goldPath)}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const index = indexGold(gold.articles);
  const maxFileBytes = readEnv().FRAMEWATCH_MAX_FILE_MB * 1024 * 1024;
  const scores: (ArticleScore & { goldSource: string })[] = [];
  const notes: EvalNotes = { gold: goldPath, extractorVersions: [], notInGold: [], duplicates: [], failed: [], goldWithoutFile: [] };
  const matched = new Map<GoldArticle, string>();

  for (const input of inputs) {
    const { files, missing } = collectFiles([input], cwd);
    for (const m of missing) notes.failed.push({ source: m.source, error: m.reason });
    // The gold file often sits in the folder of the articles it describes.
    for (const f of files.filter((file) => path.resolve(file.path) !== goldFile)) {
      for await (const doc of readDocuments(f.path, f.source, { ...read, maxFileBytes })) {
        if ("reason" in doc) {
          notes.failed.push({ source: doc.source, error: doc.reason });
          continue;
        }
        const lookup = findGoldArticle(index, doc);
        if ("notInGold" in lookup) {
          notes.notInGold.push(doc.source);
          continue;
        }
        if ("changed" in lookup) {
          notes.failed.push({ source: doc.source, error: `changed since the gold was written (sha256 ${doc.sha256}, the gold's ${lookup.changed.sha256})` });
          continue;
        }
        const goldArticle = lookup.found;
        const earlier = matched.get(goldArticle);
        if (earlier !== undefined) {
          notes.duplicates.push({ source: doc.source, reason: `the gold's ${goldArticle.source} was already scored as ${earlier}` });
          continue;
        }
        matched.set(goldArticle, doc.source);
        try {
          const machine = toContractJson(analyzeArticle({ source: doc.source, raw: doc.text, metadata: doc.metadata ?? undefined }));
          scores.push({ ...scoreArticle(goldArticle, machine), goldSource: goldArticle.source });
        } catch (error) {
          notes.failed.push({ source: doc.source, error: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  }
  notes.goldWithoutFile = gold.articles.filter((a) => !matched.has(a)).map((a) => a.source);
  notes.extractorVersions = [...new Set(scores.map((s) => s.extractorVersion))].sort();
  for (const f of notes.failed) process.stderr.write(`corpus eval: ${printable(f.source)}: ${f.error}\n`);

  const summary = summariseScores(scores);
  if (parsed.options.has("--json")) process.stdout.write(`${JSON.stringify({ ...notes, ...summary, articles: scores })}\n`);
  else process.stdout.write(`${formatEvalReport(summary, notes)}\n`);
  return notes.failed.length > 0 ? 1 : 0;
}
