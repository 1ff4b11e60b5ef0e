import fs from "node:fs";
import path from "node:path";

export interface CollectedPath {
  /** Absolute path to read. */
  path: string;
  /** What to record as the article's source: relative to the working directory when inside it. */
  source: string;
}

/** An input or a folder entry that is not read, with the reason the run summary shows. */
export interface MissingPath {
  source: string;
  reason: string;
}

/**
 * Walks files and directories (recursively, hidden entries skipped, sorted by
 * name) one entry at a time: only the listing of the directories on the
 * current path is held, so a walk over a million files stays small.
 *
 * Only regular files are read. Everything else found is reported, never
 * silently dropped and never opened: a FIFO or a device would block the
 * import or feed it without end. A folder that cannot be listed (no
 * permission) is reported and the walk goes on with its siblings.
 *
 * Symbolic links found inside a folder are reported and not followed: a link
 * may lead out of the inputs (importing files nobody named) or back up the
 * tree (a loop), and following only "safe" ones would make what is imported
 * depend on where links point. An input named on the command line is the
 * user's choice and is followed like any path they type.
 */
export function* walkFiles(inputs: string[], cwd: string = process.cwd()): Generator<CollectedPath | MissingPath> {
  const toSource = (p: string) => {
    const rel = path.relative(cwd, p);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : p;
  };
  function* walk(abs: string): Generator<CollectedPath | MissingPath> {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      yield { source: toSource(abs), reason: `folder skipped: ${describeError(error)}` };
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const child = path.join(abs, entry.name);
      if (entry.isDirectory()) yield* walk(child);
      else if (entry.isFile()) yield { path: child, source: toSource(child) };
      else if (entry.isSymbolicLink()) yield { source: toSource(child), reason: "skipped: symbolic link (links inside a folder are not followed; name the target to import it)" };
      else yield { source: toSource(child), reason: `skipped: not a regular file (${kindOf(entry)})` };
    }
  }
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield { source: input, reason: code === "ENOENT" ? (brokenLink(abs) ?? "no such file or directory") : describeError(error) };
      continue;
    }
    if (stat.isDirectory()) {
      let found = false;
      for (const entry of walk(abs)) {
        found = true;
        yield entry;
      }
      if (!found) yield { source: input, reason: "skipped: folder holds no files to import" };
    } else if (stat.isFile()) yield { path: abs, source: toSource(abs) };
    else yield { source: input, reason: `skipped: not a regular file (${kindOf(stat)})` };
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

/**
 * A path that does not resolve because it is a symbolic link to nothing, said
 * so (it was reported as "no such file or directory", though `ls` shows it).
 */
function brokenLink(abs: string): string | null {
  try {
    return fs.lstatSync(abs).isSymbolicLink() ? `broken symbolic link: its target ${fs.readlinkSync(abs)} does not exist` : null;
  } catch {
    return null;
  }
}

/** What a non-regular file is, in words. */
export function kindOf(entry: fs.Dirent | fs.Stats): string {
  if (entry.isFIFO()) return "a FIFO";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice()) return "a character device";
  if (entry.isBlockDevice()) return "a block device";
  if (entry.isSymbolicLink()) return "a symbolic link";
  if (entry.isDirectory()) return "a folder";
  return "a special file";
}

/** An fs error as a reason a person can act on. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "not found";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  // Was "cannot read (ENOTDIR)": a path like article.txt/more, through something that is not a folder.
  if (code === "ENOTDIR") return "not found: a part of the path is a file, not a folder";
  return `cannot read (${code ?? String(error)})`;
}
