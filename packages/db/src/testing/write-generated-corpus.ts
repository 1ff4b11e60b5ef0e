import fs from "node:fs";
import path from "node:path";
import { generateArticle } from "@framewatch/corpus-model/generate-corpus";

/**
 * Writes `count` generated articles (the corpus-model benchmark's generator)
 * as files under `dir`, one at a time, so a 100k corpus never sits in
 * memory. Returns the total bytes written.
 */
export function writeGeneratedCorpus(dir: string, count: number, seed = 42): number {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { source, raw } = generateArticle(seed, i);
    const file = path.join(dir, path.basename(source));
    fs.writeFileSync(file, raw);
    bytes += Buffer.byteLength(raw);
  }
  return bytes;
}

/**
 * Writes `count` short, distinct articles (a headline and one sentence with
 * a claim): cheap to analyse, so tests about the pipeline itself (sharing,
 * resuming, idempotency) can use thousands of files and stay fast.
 */
export function writeShortArticles(dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `short-${String(i).padStart(6, "0")}.txt`;
    fs.writeFileSync(
      path.join(dir, name),
      `ISIS cells regroup near Kirkuk, officials say (report ${i})\n\n` +
        `About ${100 + (i % 900)} ISIS fighters remain in the desert west of Kirkuk, an Iraqi army spokesman told reporters on Sunday in report ${i}.\n`,
    );
    names.push(name);
  }
  return names;
}
