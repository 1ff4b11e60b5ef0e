import { parse as parseCsv } from "csv-parse/browser/esm/sync";
import { detectColumns, detectFileKind, type DocumentField, type FileKind, type ImportFormat } from "@framewatch/corpus-model/documents";

/** How much of a file the browser reads for its preview: enough for the header and a few rows of any export. */
export const PREVIEW_BYTES = 64 * 1024;
/** Rows shown under the header. */
export const PREVIEW_ROWS = 5;
/** A cell is cut to this many characters in the preview table (an article's text would fill the screen). */
const CELL_CHARS = 120;

/** What the upload page shows for one file before it is sent. */
export type UploadPreview =
  | {
      /** CSV, TSV, JSON Lines or JSON: records with columns the text and metadata can be mapped from. */
      kind: "table";
      format: ImportFormat;
      columns: string[];
      /** The first rows, each cell cut to CELL_CHARS; a record's missing column is "". */
      rows: string[][];
      /** Prefilled mapping: the server's own column detection (detectColumns), so unmapped fields land where a CLI import would put them. */
      detected: Partial<Record<DocumentField, string>>;
      /** Only the first PREVIEW_BYTES were read: the rows shown are the first of more. */
      partial: boolean;
    }
  /** A zip, text, HTML or Nexis export: read on the server as it is; nothing to map. */
  | { kind: "whole"; fileKind: FileKind }
  /** The first bytes could not be read as the format (the server would report the same file as failed). */
  | { kind: "error"; format: ImportFormat; reason: string };

/**
 * Previews a file from its first bytes (`head`, at most PREVIEW_BYTES of it; `partial` when the file is longer):
 * which reader the server will use (detectFileKind, the same rule), and for record formats the header and first
 * rows with the columns detected for each field. Pure: the upload page calls it on File.slice(); tests on bytes.
 */
export function previewUpload(name: string, head: Uint8Array, partial: boolean, format?: ImportFormat): UploadPreview {
  const kind = detectFileKind(name, format);
  if (kind !== "csv" && kind !== "tsv" && kind !== "jsonl" && kind !== "json") return { kind: "whole", fileKind: kind };
  let text = new TextDecoder("utf-8").decode(head).replace(/^\uFEFF/u, "");
  // The last line of a cut file is cut too: it is left out rather than shown broken.
  if (partial) text = text.slice(0, Math.max(0, text.lastIndexOf("\n")));
  try {
    const { columns, records } = kind === "csv" || kind === "tsv" ? readDelimited(text, kind === "tsv" ? "\t" : ",") : readJsonRecords(text, kind, partial);
    if (columns.length === 0) return { kind: "error", format: kind, reason: "no columns found in the first rows" };
    const rows = records.slice(0, PREVIEW_ROWS).map((r) => columns.map((c) => cell(r[c])));
    return { kind: "table", format: kind, columns, rows, detected: detectColumns(columns), partial };
  } catch (error) {
    return { kind: "error", format: kind, reason: (error as Error).message.split("\n")[0] ?? "unreadable" };
  }
}

/** A CSV/TSV header and first records, with csv-parse as on the server (quoted fields may hold delimiters and newlines). */
function readDelimited(text: string, delimiter: string): { columns: string[]; records: Record<string, unknown>[] } {
  const table = parseCsv(text, {
    delimiter,
    skip_empty_lines: true,
    // A row with a wrong field count is the server's to report with its line; the preview shows the rest.
    relax_column_count: true,
    to_line: 2 + PREVIEW_ROWS * 50,
  }) as string[][];
  const [header, ...body] = table;
  const columns = (header ?? []).map((c) => c.trim());
  return { columns, records: body.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? ""]))) };
}

/** JSON Lines, a JSON array (its first complete elements when cut), or one JSON object. */
function readJsonRecords(text: string, kind: "jsonl" | "json", partial: boolean): { columns: string[]; records: Record<string, unknown>[] } {
  let values: unknown[];
  const trimmed = text.trimStart();
  if (kind === "json" && trimmed.startsWith("[")) values = firstArrayElements(trimmed, PREVIEW_ROWS);
  else if (kind === "json" && !partial && !(trimmed.startsWith("{") && trimmed.trim().includes("\n{"))) values = [JSON.parse(text)];
  else {
    values = [];
    for (const [i, line] of text.split("\n").entries()) {
      if (values.length >= PREVIEW_ROWS) break;
      if (line.trim() === "") continue;
      try {
        values.push(JSON.parse(line));
      } catch (error) {
        throw new Error(`line ${i + 1} is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  const records = values.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v));
  if (values.length > 0 && records.length === 0) throw new Error("the records are not JSON objects: each record must be one article");
  // Columns in order of first appearance: records may differ in the fields they have.
  const columns: string[] = [];
  for (const r of records) for (const key of Object.keys(r)) if (!columns.includes(key)) columns.push(key);
  return { columns, records };
}

/**
 * The first `count` elements of a JSON array whose text may be cut anywhere: the text is scanned for the commas
 * that end elements at the array's own depth (strings and escapes respected), and each complete element parsed.
 */
export function firstArrayElements(text: string, count: number): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < text.length && out.length < count; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) start = i + 1;
    } else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) {
        pushElement(text.slice(start, i), out);
        break;
      }
    } else if (ch === "," && depth === 1) {
      pushElement(text.slice(start, i), out);
      start = i + 1;
    }
  }
  return out;
}

function pushElement(source: string, out: unknown[]): void {
  if (source.trim() === "") return;
  out.push(JSON.parse(source));
}

/** A value as the preview shows it: strings as they are, lists joined (news-please's authors), other values as JSON. */
function cell(value: unknown): string {
  const shown =
    value === undefined || value === null
      ? ""
      : typeof value === "string"
        ? value
        : Array.isArray(value) && value.every((v) => typeof v === "string")
          ? value.join(", ")
          : JSON.stringify(value);
  const flat = shown.replace(/\s+/gu, " ").trim();
  return flat.length > CELL_CHARS ? `${flat.slice(0, CELL_CHARS - 1)}…` : flat;
}
