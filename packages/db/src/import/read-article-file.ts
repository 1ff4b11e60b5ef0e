import { createHash } from "node:crypto";
import fs from "node:fs";

export interface ArticleFile {
  source: string;
  text: string;
  sha256: string;
}

/** A file that cannot be imported, with a reason a person can act on. */
export class UnreadableFileError extends Error {}

/**
 * Reads one article file and checks it is text: empty files, binary files
 * (NUL bytes or invalid UTF-8) and unreadable paths are rejected with a
 * reason instead of being stored as garbage.
 */
export function readArticleFile(path: string, source: string = path): ArticleFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      code === "ENOENT" ? "file not found" : code === "EACCES" ? "permission denied" : `cannot read file (${code ?? error})`,
    );
  }
  return decodeArticleBytes(bytes, source);
}

export function decodeArticleBytes(bytes: Uint8Array, source: string): ArticleFile {
  if (bytes.length === 0) throw new UnreadableFileError("empty file");
  if (bytes.includes(0)) throw new UnreadableFileError("binary file (contains NUL bytes): not text or HTML");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError("not valid UTF-8 text (binary or another encoding)");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim().length === 0) throw new UnreadableFileError("empty file (whitespace only)");
  return { source, text, sha256: createHash("sha256").update(bytes).digest("hex") };
}
