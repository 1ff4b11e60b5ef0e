import fs from "node:fs";
import path from "node:path";

export interface CollectedPath {
  /** Absolute path to read. */
  path: string;
  /** What to record as the article's source: relative to the working directory when inside it. */
  source: string;
}

export interface MissingPath {
  source: string;
  reason: string;
}

/**
 * Walks files and directories (recursively, hidden entries skipped, sorted by
 * name) one entry at a time: only the listing of the directories on the
 * current path is held, so a walk over a million files stays small.
 */
export function* walkFiles(inputs: string[], cwd: string = process.cwd()): Generator<CollectedPath | MissingPath> {
  const toSource = (p: string) => {
    const rel = path.relative(cwd, p);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : p;
  };
  function* walk(abs: string): Generator<CollectedPath> {
    const entries = fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const child = path.join(abs, entry.name);
      if (entry.isDirectory()) yield* walk(child);
      else if (entry.isFile()) yield { path: child, source: toSource(child) };
    }
  }
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      yield { source: input, reason: "no such file or directory" };
      continue;
    }
    if (stat.isDirectory()) yield* walk(abs);
    else yield { path: abs, source: toSource(abs) };
  }
}

/** Expands files and directories into a sorted list of files (walkFiles, collected). */
export function collectFiles(inputs: string[], cwd: string = process.cwd()): { files: CollectedPath[]; missing: MissingPath[] } {
  const files: CollectedPath[] = [];
  const missing: MissingPath[] = [];
  for (const entry of walkFiles(inputs, cwd)) {
    if ("reason" in entry) missing.push(entry);
    else files.push(entry);
  }
  return { files, missing };
}
