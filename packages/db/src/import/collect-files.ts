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

/** Expands files and directories (recursively, hidden entries skipped) into a sorted list of files. */
export function collectFiles(inputs: string[], cwd: string = process.cwd()): { files: CollectedPath[]; missing: MissingPath[] } {
  const files: CollectedPath[] = [];
  const missing: MissingPath[] = [];
  const toSource = (p: string) => {
    const rel = path.relative(cwd, p);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : p;
  };
  const walk = (abs: string) => {
    const entries = fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const child = path.join(abs, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push({ path: child, source: toSource(child) });
    }
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      missing.push({ source: input, reason: "no such file or directory" });
      continue;
    }
    if (stat.isDirectory()) walk(abs);
    else files.push({ path: abs, source: toSource(abs) });
  }
  return { files, missing };
}
