import { createHash } from "node:crypto";
import fs from "node:fs";
import type { Readable } from "node:stream";
import { parse as parseCsv, type CsvError } from "csv-parse";
import type { SuppliedMetadata } from "@framewatch/corpus-model";
import {
  documentFromRecord,
  DocumentError,
  looksLikeNexisExport,
  readRecord,
  resolveColumns,
  splitNexisExport,
  type FieldMap,
  type ResolvedColumns,
  type SourceDocument,
} from "@framewatch/corpus-model/documents";
import { describeError } from "./collect-files";
import { documentSha256 } from "./document-sha256";
import { detectFileKind, type FileKind, type ImportFormat } from "./import-format";
import { decodeArticleText, openRegularFile, readOpenFile, tooLarge, UnreadableFileError } from "./read-article-file";
import { readLines, type Line } from "./read-lines";
import { readZipEntries, type ZipLimits } from "./read-zip-entries";
import { firstLine } from "../first-line";

/** One article to stage, with its identity and what its file said about it. */
export interface ReadDocument {
  /** Readable and unique within its file: "export.jsonl:12", "feed.csv:row 7", "nexis.txt#3", "archive.zip!inner/a.jsonl:4". */
  source: string;
  sha256: string;
  text: string;
  /** Null for a whole-file article (.txt, .html): it supplies nothing beyond its text. */
  metadata: SuppliedMetadata | null;
}

/** A file, record or line that is not imported, and why. */
export interface FailedDocument {
  source: string;
  reason: string;
}

export interface ReadDocumentsOptions {
  /** How to read the files (and a zip's entries); by default from each name's extension and content. */
  format?: ImportFormat;
  /** `--map field=column`. */
  map?: FieldMap;
  /** FRAMEWATCH_MAX_FILE_MB: the largest file read whole, JSON Lines line, CSV record or zip entry read whole. */
  maxFileBytes: number;
  /** A zip's entry count and unpacked total; the defaults (MAX_ZIP_ENTRIES, MAX_ZIP_TOTAL_BYTES) unless a test lowers them. */
  zipLimits?: ZipLimits;
}

/** Something to read documents from: a regular file, or an entry of a zip archive. */
export interface ByteSource {
  source: string;
  /** The name whose extension says how to read it. */
  name: string;
  /** Bytes it holds, as its file system or zip directory says. */
  size: number;
  open(): Promise<Readable>;
  /** Reads it whole without a stream, when it can (a regular file: one synchronous read, as fast as before formats). */
  readWhole?(maxBytes: number): Buffer;
}

/**
 * Reads a regular file into the documents it holds: one article for a text
 * or HTML file, one per line of JSON Lines, per element of a JSON array, per
 * CSV/TSV row, per document of a Nexis export, and the same for each file in
 * a zip archive. A record that cannot be read is yielded as failed (with its
 * line, row or index in its source) and the rest go on; a file that cannot
 * be read at all is one failure.
 */
export async function* readDocuments(path: string, source: string, options: ReadDocumentsOptions): AsyncGenerator<ReadDocument | FailedDocument> {
  let opened: { fd: number; stat: fs.Stats };
  try {
    opened = openRegularFile(path);
  } catch (error) {
    yield { source, reason: error instanceof UnreadableFileError ? error.message : describeError(error) };
    return;
  }
  const { fd, stat } = opened;
  const kind = detectFileKind(source, options.format);
  if (kind === "zip") {
    // The archive owns the descriptor from here and closes it.
    for await (const entry of readZipEntries(fd, source, options.zipLimits)) {
      if ("reason" in entry) yield entry;
      else yield* readByteSource(entry, detectFileKind(entry.name, options.format), options);
    }
    return;
  }
  // The stream, once made, owns the descriptor (it closes it at its end or when destroyed); until then this does.
  let stream: fs.ReadStream | null = null;
  try {
    const open = async () => {
      if (stream) throw new Error("a file is read once");
      stream = fs.createReadStream("", { fd, autoClose: true, start: 0 });
      return stream;
    };
    yield* readByteSource({ source, name: source, size: stat.size, open, readWhole: (max) => readOpenFile(fd, stat, max) }, kind, options);
  } finally {
    const opened = stream as fs.ReadStream | null;
    if (opened) opened.destroy();
    else fs.closeSync(fd);
  }
}

async function* readByteSource(from: ByteSource, kind: FileKind, options: ReadDocumentsOptions): AsyncGenerator<ReadDocument | FailedDocument> {
  const map = options.map ?? {};
  const max = options.maxFileBytes;
  try {
    switch (kind) {
      case "zip":
        yield { source: from.source, reason: "a zip archive inside a zip archive is not read: unpack the inner archive and import it" };
        return;
      case "jsonl":
        yield* countedRecords(from.source, "every line is empty", readJsonLines(from.source, readLines(await from.open(), max, `line too long: over the ${(max / 1024 / 1024).toFixed(1)} MB limit (FRAMEWATCH_MAX_FILE_MB)`), map));
        return;
      case "csv":
      case "tsv":
        yield* countedRecords(from.source, "only a header row", readCsv(from, kind === "tsv" ? "\t" : ",", map, max));
        return;
      case "json":
        yield* readJson(from.source, await readWhole(from, max), map);
        return;
      case "nexis":
        yield* readNexis(from.source, decodeArticleText(await readWhole(from, max)));
        return;
      case "text":
      case "html":
      case "auto-text": {
        const bytes = await readWhole(from, max);
        const text = decodeArticleText(bytes);
        // A loose file's identity is the hash of its bytes; a Nexis export's documents hash their own text and metadata.
        if (kind === "auto-text" && looksLikeNexisExport(text)) yield* readNexis(from.source, text);
        else yield { source: from.source, sha256: createHash("sha256").update(bytes).digest("hex"), text, metadata: null };
        return;
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof DocumentError) yield { source: from.source, reason: error.message };
    // An fs error has a code to put in words; anything else (a zip entry that inflates past its declared size) says what it is.
    else if ((error as NodeJS.ErrnoException).code) yield { source: from.source, reason: describeError(error) };
    else yield { source: from.source, reason: `cannot read: ${firstLine(error)}` };
  }
}

/** Reads all of a source, refusing more than `maxBytes` (a file that grew past the limit while read too). */
export async function readWhole(from: ByteSource, maxBytes: number): Promise<Buffer> {
  if (from.readWhole) return from.readWhole(maxBytes);
  if (from.size > maxBytes) throw new UnreadableFileError(tooLarge(from.size, maxBytes));
  const parts: Buffer[] = [];
  let length = 0;
  const stream = await from.open();
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) {
      stream.destroy();
      throw new UnreadableFileError(tooLarge(length, maxBytes));
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

function toDocument(source: string, doc: SourceDocument): ReadDocument | FailedDocument {
  // PostgreSQL text cannot hold NUL; a record carrying one (as a \u0000 escape) is refused here with a reason.
  if (doc.text.includes("\u0000") || Object.values(doc.metadata).some((v) => typeof v === "string" && v.includes("\u0000"))) {
    return { source, reason: "binary content (contains NUL characters): not text" };
  }
  return { source, sha256: documentSha256(doc), text: doc.text, metadata: doc.metadata };
}

/** Passes records through; a file that yields none says so instead of vanishing from the summary. */
async function* countedRecords(
  source: string,
  none: string,
  records: AsyncGenerator<ReadDocument | FailedDocument>,
): AsyncGenerator<ReadDocument | FailedDocument> {
  let any = false;
  for await (const r of records) {
    any = true;
    yield r;
  }
  if (!any) yield { source, reason: `no records: ${none}` };
}

async function* readJsonLines(
  source: string,
  lines: AsyncGenerator<Line>,
  map: FieldMap,
): AsyncGenerator<ReadDocument | FailedDocument> {
  for await (const line of lines) {
    const at = `${source}:${line.number}`;
    if ("error" in line) {
      yield { source: at, reason: line.error };
      continue;
    }
    if (line.text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      yield { source: at, reason: `not valid JSON: ${(error as Error).message}` };
      continue;
    }
    yield recordAt(at, value, map);
  }
}

function recordAt(source: string, value: unknown, map: FieldMap): ReadDocument | FailedDocument {
  try {
    return toDocument(source, readRecord(value, map));
  } catch (error) {
    if (error instanceof DocumentError) return { source, reason: error.message };
    throw error;
  }
}

/** A .json file: an array of records (read whole, within the size limit), one record, or JSON Lines under a .json name. */
async function* readJson(source: string, bytes: Buffer, map: FieldMap): AsyncGenerator<ReadDocument | FailedDocument> {
  const text = decodeArticleText(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (text.trimStart().startsWith("{") && text.trim().includes("\n")) {
      yield* countedRecords(source, "every line is empty", readJsonLines(source, linesOf(text), map));
      return;
    }
    yield { source, reason: `not valid JSON: ${(error as Error).message}` };
    return;
  }
  if (!Array.isArray(value)) {
    yield recordAt(`${source}#1`, value, map);
    return;
  }
  if (value.length === 0) yield { source, reason: "no records: the JSON array is empty" };
  for (const [i, record] of value.entries()) yield recordAt(`${source}#${i + 1}`, record, map);
}

async function* linesOf(text: string): AsyncGenerator<{ number: number; text: string }> {
  for (const [i, line] of text.split("\n").entries()) yield { number: i + 1, text: line.replace(/\r$/u, "") };
}

async function* readNexis(source: string, text: string): AsyncGenerator<ReadDocument | FailedDocument> {
  for (const [i, part] of splitNexisExport(text).entries()) {
    const at = `${source}#${i + 1}`;
    yield "error" in part ? { source: at, reason: part.error } : toDocument(at, part.document);
  }
}

/**
 * CSV/TSV with a header row, streamed through csv-parse: quoted fields may
 * hold delimiters, quotes and newlines. A record with the wrong number of
 * fields or a broken quote is reported with its line and skipped; a header
 * without a text column (or a --map naming a column it lacks) fails the file.
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
async function* readCsv(from: ByteSource, delimiter: string, map: FieldMap, maxBytes: number): AsyncGenerator<ReadDocument | FailedDocument> {
  // csv-parse reads ahead: a skipped record is reported when the records before it have been.
  const skipped: (FailedDocument & { line: number })[] = [];
  // Skipped records still count as rows, so a row's number stays what a spreadsheet shows.
  let skippedRows = 0;
  const skippedUpTo = (line: number) => {
    const due = skipped.filter((s) => s.line <= line);
    skipped.splice(0, due.length);
    skippedRows += due.length;
    return due.map(({ source, reason }) => ({ source, reason }));
  };
  const parser = parseCsv({
    delimiter,
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxBytes,
    on_skip: (error: CsvError | undefined) => {
      const line = (error as (CsvError & { lines?: number }) | undefined)?.lines;
      // Past an oversized record the parser cannot find the next one: the rest of the file is refused, once.
      if (error?.code === "CSV_MAX_RECORD_SIZE") {
        if (tooBig === null) tooBig = { source: `${from.source}:line ${line ?? "?"}`, reason: `a record over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (FRAMEWATCH_MAX_FILE_MB): it and the rest of the file were not read` };
        return undefined;
      }
      skipped.push({
        source: `${from.source}:line ${line ?? "?"}`,
        reason: `malformed ${delimiter === "\t" ? "TSV" : "CSV"} record: ${csvReason(error)}`,
        line: line ?? Number.MAX_SAFE_INTEGER,
      });
      return undefined;
    },
  });
  let tooBig: FailedDocument | null = null;
  const stream = await from.open();
  stream.on("error", (error) => parser.destroy(error));
  stream.pipe(parser);
  let header: string[] | null = null;
  let columns: ResolvedColumns | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number; lines: number } }>) {
    yield* skippedUpTo(info.lines - 1);
    if (tooBig) break;
    if (!header) {
      header = record.map((c) => c.trim());
      try {
        columns = resolveColumns(header, map, true);
      } catch (error) {
        stream.destroy();
        parser.destroy();
        throw error;
      }
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = record[i] ?? ""));
    const at = `${from.source}:row ${info.records + skippedRows}`;
    try {
      yield toDocument(at, documentFromRecord(row, columns!));
    } catch (error) {
      if (error instanceof DocumentError) yield { source: at, reason: error.message };
      else throw error;
    }
  }
  yield* skippedUpTo(Number.MAX_SAFE_INTEGER);
  if (tooBig) {
    stream.destroy();
    yield tooBig;
  }
}

function csvReason(error: CsvError | undefined): string {
  if (!error) return "unreadable";
  if (error.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") return "its number of fields differs from the header's";
  return firstLine(error);
}
