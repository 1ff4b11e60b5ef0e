/**
 * Inputs that once blew up the import (issue 10, finding 6), made at any
 * size: bench/pathological-throughput.ts times the pipeline on them.
 */
import fs from "node:fs";
import path from "node:path";

const SEED = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "..", "data", "corpus", "000_dc4fe99221364841.txt"), "utf8");
const SENTENCES = SEED.split(/(?<=[.!?”])\s+/u).map((s) => s.replace(/\s+/gu, " ")).filter((s) => s.length > 20);

function fill(bytes: number, next: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = next(i);
    parts.push(s);
    n += s.length;
  }
  return parts.join("");
}

/** Each generator makes an input of about `bytes` characters. */
export const PATHOLOGICAL_INPUTS: Record<string, (bytes: number) => string> = {
  /** Real sentences, one paragraph, no line break at all. */
  "one-line article": (bytes) => fill(bytes, (i) => `${SENTENCES[i % SENTENCES.length]} `),
  /** Short sentences ("Fighters were seen 12 times."), each on its own line. */
  "short sentences, one per line": (bytes) => fill(bytes, (i) => `Fighters were seen ${i} times.\n`),
  /** Short sentences in one paragraph. */
  "short sentences, one paragraph": (bytes) => fill(bytes, (i) => `Fighters were seen ${i} times. `),
  /** <div> nested as deep as the size allows, prose at the bottom. */
  "deeply nested HTML": (bytes) => {
    const depth = Math.floor(bytes / 11);
    return `<!doctype html><html><body>${"<div>".repeat(depth)}<p>${SENTENCES.slice(0, 3).join(" ")}</p>${"</div>".repeat(depth)}</body></html>`;
  },
  /** Many paragraphs of real prose in HTML. */
  "long HTML article": (bytes) => `<!doctype html><html><body><article>${fill(bytes, (i) => `<p>${SENTENCES[i % SENTENCES.length]}</p>\n`)}</article></body></html>`,
  /** Long lines of random-looking junk with no spaces. */
  "long junk lines": (bytes) => fill(bytes, (i) => `${"x7Qz/+=".repeat(1_000)}${i}\n`),
  /** Numbers only. */
  "numbers only": (bytes) => fill(bytes, (i) => `${(i * 7919) % 100_000} ${i % 13 === 0 ? "\n" : ""}`),
};
