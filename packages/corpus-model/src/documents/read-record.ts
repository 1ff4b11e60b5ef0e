import type { SuppliedMetadata } from "../model/types";
import { DOCUMENT_COLUMNS } from "./document-columns";
import { normalisePublished } from "./normalise-published";
import { DOCUMENT_FIELDS, DocumentError, type DocumentField, type FieldMap, type SourceDocument } from "./source-document";

/** Which column holds each field in a record or a CSV header; `text` is always found (or resolveColumns throws). */
export type ResolvedColumns = Partial<Record<DocumentField, string>> & { text: string };

/**
 * Finds each field's column among `columns`: the one `--map` names, else the
 * first usual name present (DOCUMENT_COLUMNS), ignoring case. A mapped column
 * that is not there is an error in a CSV header (`strict`: every row has the
 * same columns, so the mapping is wrong); in a JSON record only a missing
 * text is, as other fields may be absent from some records.
 */
export function resolveColumns(columns: readonly string[], map: FieldMap, strict: boolean): ResolvedColumns {
  const find = columnFinder(columns);
  const listed = () => {
    const shown = columns.slice(0, 20).map((c) => JSON.stringify(c)).join(", ");
    return columns.length === 0 ? "none" : columns.length > 20 ? `${shown}, ...` : shown;
  };
  const out: Partial<Record<DocumentField, string>> = {};
  for (const field of DOCUMENT_FIELDS) {
    const mapped = map[field];
    if (mapped !== undefined) {
      const column = find(mapped);
      if (column === undefined && (strict || field === "text")) {
        throw new DocumentError(`--map ${field}=${mapped}: there is no column ${JSON.stringify(mapped)} (columns: ${listed()})`);
      }
      if (column !== undefined) out[field] = column;
    } else {
      const column = detectColumn(field, find);
      if (column !== undefined) out[field] = column;
    }
  }
  if (out.text === undefined) {
    throw new DocumentError(
      `no text column: none of ${DOCUMENT_COLUMNS.text.join(", ")} (columns: ${listed()}); name it with --map text=COLUMN`,
    );
  }
  return out as ResolvedColumns;
}

/**
 * The columns found for each field when nothing is mapped: what resolveColumns falls back to, and what the browser's
 * upload preview prefills its column-mapping choices with, so the two always agree. Never throws.
 */
export function detectColumns(columns: readonly string[]): Partial<Record<DocumentField, string>> {
  const find = columnFinder(columns);
  const out: Partial<Record<DocumentField, string>> = {};
  for (const field of DOCUMENT_FIELDS) {
    const column = detectColumn(field, find);
    if (column !== undefined) out[field] = column;
  }
  return out;
}

/** Looks a name up among `columns`: exactly, else ignoring case (the first column of that spelling). */
function columnFinder(columns: readonly string[]): (name: string) => string | undefined {
  const lower = new Map<string, string>();
  for (const c of columns) if (!lower.has(c.toLowerCase())) lower.set(c.toLowerCase(), c);
  return (name) => (columns.includes(name) ? name : lower.get(name.toLowerCase()));
}

function detectColumn(field: DocumentField, find: (name: string) => string | undefined): string | undefined {
  return DOCUMENT_COLUMNS[field].map(find).find((c) => c !== undefined);
}

/** One JSON object (a JSON Lines line, an element of a JSON array) as an article; throws DocumentError when it cannot be one. */
export function readRecord(record: unknown, map: FieldMap): SourceDocument {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new DocumentError(`not a JSON object (${Array.isArray(record) ? "an array" : record === null ? "null" : typeof record}): each record must be one article`);
  }
  const fields = record as Record<string, unknown>;
  return documentFromRecord(fields, resolveColumns(Object.keys(fields), map, false));
}

/** A record whose columns are already resolved (a CSV row under its header) as an article. */
export function documentFromRecord(record: Readonly<Record<string, unknown>>, columns: ResolvedColumns): SourceDocument {
  const text = valueOf(record[columns.text]);
  if (!text) throw new DocumentError(`no article text: column ${JSON.stringify(columns.text)} is empty`);
  const metadata: SuppliedMetadata = {};
  for (const field of ["title", "url", "outlet", "byline", "language"] as const) {
    const column = columns[field];
    const value = column === undefined ? null : valueOf(record[column]);
    if (value) metadata[field] = value;
  }
  const published = columns.published === undefined ? null : valueOf(record[columns.published]);
  // An unreadable date is left out (the date is then inferred from the text), not passed on as if it were one.
  const date = published ? normalisePublished(published) : null;
  if (date) metadata.published = date;
  return { text, metadata };
}

/** A field's value as one trimmed string: numbers as written, lists (news-please's authors) joined; null when empty or a nested object. */
function valueOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map((v) => String(v).trim()).filter(Boolean);
    return parts.length > 0 ? parts.join(", ") : null;
  }
  return null;
}
