import { createHash } from "node:crypto";
import fs from "node:fs";
import { readEnv } from "../env";
import { describeError, kindOf } from "./collect-files";

export interface ArticleFile {
  source: string;
  text: string;
  sha256: string;
}

/** A file that cannot be imported, with a reason a person can act on. */
export class UnreadableFileError extends Error {}

/**
 * Reads one article file and checks it is text: only a regular file is
 * read, and only up to `maxBytes`; empty files, binary files (NUL bytes or
 * invalid UTF-8) and unreadable paths are rejected with a reason instead of
 * being stored as garbage.
 *
 * The file is opened non-blocking and checked with fstat on the open
 * descriptor, so a path swapped for a FIFO or a device after the walk saw it
 * is refused without blocking or reading without end; a file that grows
 * while read is refused too (nothing past the limit is ever read).
 */
export function readArticleFile(path: string, source: string = path, maxBytes: number = readEnv().FRAMEWATCH_MAX_FILE_MB * 1024 * 1024): ArticleFile {
  const { fd, stat } = openRegularFile(path);
  try {
    return decodeArticleBytes(readOpenFile(fd, stat, maxBytes), source);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a whole open regular file, at most `maxBytes` of it (a file that grew past the limit while read is refused). */
export function readOpenFile(fd: number, stat: fs.Stats, maxBytes: number): Buffer {
  try {
    if (stat.size > maxBytes) throw new UnreadableFileError(tooLarge(stat.size, maxBytes));
    // One byte more than the limit tells a file that grew past it from one that ends there.
    const bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = fs.readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) length += n;
    if (length > maxBytes) throw new UnreadableFileError(tooLarge(Math.max(fs.fstatSync(fd).size, length), maxBytes));
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(describeError(error));
  }
}

/**
 * Opens a path for reading only if it is a regular file: opened non-blocking
 * and checked with fstat on the descriptor, so a FIFO or a device is refused
 * without blocking. The caller closes the descriptor.
 */
export function openRegularFile(path: string): { fd: number; stat: fs.Stats } {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
  } catch (error) {
    throw new UnreadableFileError(describeError(error) === "not found" ? "file not found" : describeError(error));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableFileError(`skipped: not a regular file (${kindOf(stat)})`);
    return { fd, stat };
  } catch (error) {
    fs.closeSync(fd);
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(describeError(error));
  }
}

export function tooLarge(size: number, maxBytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `too large: ${mb(size)} (${size} bytes), over the ${mb(maxBytes)} limit (FRAMEWATCH_MAX_FILE_MB; no news article comes near it)`;
}

export function decodeArticleBytes(bytes: Uint8Array, source: string): ArticleFile {
  return { source, text: decodeArticleText(bytes), sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The bytes as UTF-8 text, refused with a reason when they are empty, UTF-16, binary or not UTF-8 (no hash: callers that need the bytes' identity use decodeArticleBytes). */
export function decodeArticleText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableFileError("empty file");
  // UTF-16 text is full of NUL bytes, and was refused as "binary": say what it is and how to make it readable.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new UnreadableFileError("UTF-16 text (it starts with a UTF-16 byte-order mark): only UTF-8 is read; convert it first, e.g. iconv -f UTF-16 -t UTF-8");
  if (bytes.includes(0)) throw new UnreadableFileError("binary file (contains NUL bytes): not text or HTML");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError("not valid UTF-8 text (binary or another encoding)");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim().length === 0) throw new UnreadableFileError("empty file (whitespace only)");
  return text;
}
