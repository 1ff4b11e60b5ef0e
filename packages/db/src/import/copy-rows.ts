import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value COPY's text format can carry: null is SQL NULL, a string array is a PostgreSQL text[]. */
export type CopyValue = string | number | boolean | null | readonly string[];

/**
 * Streams rows into `table` with COPY ... FROM STDIN: one round trip for any
 * number of rows, and PostgreSQL's multi-row insert path instead of one
 * executor pass per row. Runs on the caller's client, so inside its
 * transaction when there is one. `rows` may be any iterable (a generator
 * keeps memory flat); it is encoded in chunks of about 1 MB.
 */
export async function copyRows(client: pg.PoolClient | pg.Client, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  const stream = client.query(copyFrom(`COPY "${table}" (${columnList}) FROM STDIN`));
  await pipeline(Readable.from(encodeRows(rows), { objectMode: false }), stream);
}

function* encodeRows(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += row.map(encodeValue).join("\t") + "\n";
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

function encodeValue(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "string") return escapeText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return escapeText(toArrayLiteral(value));
}

/** COPY text format: backslash, tab, newline and carriage return are the only characters that need escaping. */
function escapeText(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : s;
}

/** A PostgreSQL array literal ({"a","b"}), every element quoted so commas, braces and spaces survive. */
function toArrayLiteral(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}
