import { EXTRACTOR_VERSION } from "@framewatch/corpus-model";
import type { PrismaClient } from "../client";
import { collectFiles } from "./collect-files";
import { readArticleFile, UnreadableFileError } from "./read-article-file";
import { analyzeAndStore } from "./store-analysis";

export type ImportOutcome = "imported" | "unchanged" | "reanalysed" | "failed";

export interface ImportProgress {
  done: number;
  total: number;
  source: string;
  outcome: ImportOutcome;
}

export interface ImportSummary {
  runId: number;
  imported: number;
  unchanged: number;
  reanalysed: number;
  failed: number;
  failures: { source: string; reason: string }[];
}

/**
 * Imports article files idempotently: the sha256 of the raw bytes is the
 * identity, so the same bytes twice are one article. Each article is stored
 * in its own transaction, so a failure loses nothing already stored and
 * never leaves half an article behind.
 */
export async function importCorpus(
  prisma: PrismaClient,
  inputs: string[],
  options: { cwd?: string; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportSummary> {
  const { files, missing } = collectFiles(inputs, options.cwd);
  const run = await prisma.importRun.create({ data: { extractorVersion: EXTRACTOR_VERSION } });
  const summary: ImportSummary = { runId: run.id, imported: 0, unchanged: 0, reanalysed: 0, failed: 0, failures: [] };
  for (const m of missing) {
    summary.failed++;
    summary.failures.push(m);
  }
  const total = files.length;
  let done = 0;
  for (const file of files) {
    let outcome: ImportOutcome;
    try {
      outcome = await importOne(prisma, file.path, file.source, run.id);
    } catch (error) {
      outcome = "failed";
      summary.failures.push({ source: file.source, reason: describeFailure(error) });
    }
    summary[outcome]++;
    done++;
    options.onProgress?.({ done, total, source: file.source, outcome });
  }
  await prisma.importRun.update({
    where: { id: run.id },
    data: {
      finishedAt: new Date(),
      imported: summary.imported,
      unchanged: summary.unchanged,
      reanalysed: summary.reanalysed,
      failed: summary.failed,
      failures: summary.failures,
    },
  });
  return summary;
}

async function importOne(prisma: PrismaClient, path: string, source: string, runId: number): Promise<ImportOutcome> {
  const file = readArticleFile(path, source);
  const existing = await prisma.article.findUnique({
    where: { sha256: file.sha256 },
    select: { extractorVersion: true },
  });
  if (existing && existing.extractorVersion === EXTRACTOR_VERSION) return "unchanged";
  await analyzeAndStore(prisma, { source, sha256: file.sha256, raw: file.text }, existing ? null : runId);
  return existing ? "reanalysed" : "imported";
}

function describeFailure(error: unknown): string {
  if (error instanceof UnreadableFileError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `could not analyse or store: ${message.split("\n")[0]}`;
}
