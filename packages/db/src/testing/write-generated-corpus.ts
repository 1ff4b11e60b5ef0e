import fs from "node:fs";
import path from "node:path";
import { generateArticle } from "@framewatch/corpus-model/generate";

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
