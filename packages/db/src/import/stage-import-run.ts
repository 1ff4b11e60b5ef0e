import path from "node:path";
import { EXTRACTOR_VERSION } from "@framewatch/corpus-model";
import type pg from "pg";
import { readEnv } from "../env";
import { walkFiles } from "./collect-files";
import { copyRows, type CopyValue } from "./copy-rows";
import { enqueueAnalysis, enqueueFinish, isRunComplete } from "./import-queue";
import { createOwnedImportRun } from "./own-import-run";
import { countOutcomes } from "./store-articles";
import type { FieldMap } from "@framewatch/corpus-model/documents";
import type { ImportFormat } from "./import-format";
import { readDocuments, type FailedDocument, type ReadDocument } from "./read-documents";
import { fetchUrlList, type FetchUrlOptions } from "./fetch-url-list";

/** Files read, hashed and copied in per round: memory stays at one chunk of texts however large the import. */
const STAGE_CHUNK = 200;
/** ...or fewer when they are large: a chunk's texts stay under this many characters (files may be up to FRAMEWATCH_MAX_FILE_MB each). */
const STAGE_CHUNK_CHARS = 32 * 1024 * 1024;
/** ...or whatever has been read after this long: fetched pages trickle in (one per host per second), and workers should not wait for 200. */
const STAGE_CHUNK_MS = 1_000;

const STAGE_COLUMNS = ["runId", "source", "sha256", "raw", "status", "reason", "metadata"] as const;

/** How the files are read: `corpus import --format` and `--map`. */
export interface ReadOptions {
  /** Read every file (and a zip's entries) as this format instead of by extension and content. */
  format?: ImportFormat;
  /** `--map field=column`: the columns holding the text and metadata when their names are not the usual ones. */
  map?: FieldMap;
}

/** `corpus import --urls`: lists of web pages to fetch and import, and how to fetch them. */
export interface UrlOptions {
  /** Files of URLs, one per line (blank lines and # comments skipped): each page is fetched and read as an HTML file. */
  urlLists?: string[];
  /** Lower limits for tests; by default FRAMEWATCH_MAX_FILE_MB, FRAMEWATCH_URL_TIMEOUT_S, one request per host per second. */
  fetch?: Partial<FetchUrlOptions>;
}

/**
 * Starts an import run: walks the inputs, reads each file into its documents
 * (one article for a text or HTML file; one per record of JSON Lines, JSON,
 * CSV/TSV, a Nexis export, or a zip of these: readDocuments), hashes each,
 * and COPYs the new ones' text and supplied metadata into ImportFile, a chunk at a time, queueing their
 * analysis as it goes so workers start before staging ends. Files whose
 * bytes are already stored by the current extractor are recorded as
 * unchanged without being read again by a worker; unreadable files and
 * missing paths are recorded as failed with their reason. The pages of URL
 * lists are fetched here too, after the files (fetchUrlList), and staged as
 * they arrive. Returns once every file is staged; the run then finishes in the
 * queue (watchImportRun).
 */
export async function stageImportRun(
  pool: pg.Pool,
  inputs: string[],
  options: {
    cwd?: string;
    onStaged?: (progress: { staged: number; queued: number }) => void;
    /** Larger files are refused with their size; default FRAMEWATCH_MAX_FILE_MB. */
    maxFileBytes?: number;
    /**
     * Stage into this run (createOwnedImportRun: the caller owns it until it is done watching). Without one, a new
     * run is created and owned only while it is staged.
     */
    runId?: number;
    /** Stops staging (Ctrl-C): rejects with the signal's reason, with what was staged so far kept. */
    signal?: AbortSignal;
    /** How one input is read when it differs from the rest (a browser upload maps each file's columns): by its source. */
    readOptionsFor?: (source: string) => ReadOptions | undefined;
  } & ReadOptions &
    UrlOptions = {},
): Promise<{ runId: number; total: number }> {
  const maxFileBytes = options.maxFileBytes ?? readEnv().FRAMEWATCH_MAX_FILE_MB * 1024 * 1024;
  const owned = options.runId === undefined ? await createOwnedImportRun(pool) : null;
  try {
    return await stageInto(pool, inputs, options.runId ?? owned!.runId, maxFileBytes, options);
  } finally {
    await owned?.release();
  }
}

async function stageInto(
  pool: pg.Pool,
  inputs: string[],
  runId: number,
  maxFileBytes: number,
  options: {
    cwd?: string;
    onStaged?: (progress: { staged: number; queued: number }) => void;
    signal?: AbortSignal;
    readOptionsFor?: (source: string) => ReadOptions | undefined;
  } & ReadOptions &
    UrlOptions,
): Promise<{ runId: number; total: number }> {
  let total = 0;
  let queued = 0;
  let chunk: CopyValue[][] = [];
  let chunkChars = 0;
  let chunkStarted = Date.now();
  const flush = async () => {
    queued += await stageChunk(pool, runId, chunk);
    total += chunk.length;
    chunk = [];
    chunkChars = 0;
    chunkStarted = Date.now();
    options.onStaged?.({ staged: total, queued });
  };
  const add = async (doc: ReadDocument | FailedDocument) => {
    // Fetching a long URL list takes minutes: Ctrl-C must not wait for it (files are read too fast to matter).
    options.signal?.throwIfAborted();
    if ("reason" in doc) {
      chunk.push([runId, doc.source, null, null, "failed", doc.reason, null]);
    } else {
      chunk.push([runId, doc.source, doc.sha256, doc.text, "pending", null, doc.metadata ? JSON.stringify(doc.metadata) : null]);
      chunkChars += doc.text.length;
    }
    if (chunk.length >= STAGE_CHUNK || chunkChars >= STAGE_CHUNK_CHARS || Date.now() - chunkStarted >= STAGE_CHUNK_MS) await flush();
  };
  for (const entry of walkFiles(inputs, options.cwd)) {
    if ("reason" in entry) {
      await add(entry);
      continue;
    }
    const own = options.readOptionsFor?.(entry.source);
    const read = { format: own?.format ?? options.format, map: own?.map ?? options.map, maxFileBytes };
    for await (const doc of readDocuments(entry.path, entry.source, read)) await add(doc);
  }
  if (options.urlLists?.length) {
    const fetchOptions: FetchUrlOptions = {
      ...options.fetch,
      signal: options.signal,
      maxBytes: options.fetch?.maxBytes ?? maxFileBytes,
      timeoutMs: options.fetch?.timeoutMs ?? readEnv().FRAMEWATCH_URL_TIMEOUT_S * 1000,
    };
    for (const list of options.urlLists) {
      for await (const doc of fetchUrlList(path.resolve(options.cwd ?? process.cwd(), list), list, fetchOptions)) await add(doc);
    }
  }
  await flush();
  await pool.query(`UPDATE "ImportRun" SET "stagedAt" = now() WHERE id = $1 AND "interruptedAt" IS NULL`, [runId]);
  // Nothing to analyse (all unchanged or failed), or the workers were faster than staging.
  if (await isRunComplete(pool, runId)) await enqueueFinish(pool, runId);
  return { runId, total };
}

/** Stages one chunk and queues its new files; returns how many were queued. */
async function stageChunk(pool: pg.Pool, runId: number, chunk: CopyValue[][]): Promise<number> {
  if (chunk.length === 0) return 0;
  const hashes = chunk.map((r) => r[2]).filter((h): h is string => typeof h === "string");
  const { rows } = await pool.query<{ sha256: string }>(`SELECT sha256 FROM "Article" WHERE sha256 = ANY($1::text[]) AND "extractorVersion" = $2`, [
    hashes,
    EXTRACTOR_VERSION,
  ]);
  const current = new Set(rows.map((r) => r.sha256));
  for (const row of chunk) {
    if (typeof row[2] === "string" && current.has(row[2])) {
      row[3] = null;
      row[4] = "unchanged";
      row[6] = null;
    }
  }
  const client = await pool.connect();
  try {
    // Staged files and their jobs commit together: a file is never staged without a job to analyse it.
    await client.query("BEGIN");
    const { rows: last } = await client.query<{ id: number | null }>(`SELECT max(id) AS id FROM "ImportFile" WHERE "runId" = $1`, [runId]);
    await copyRows(client, "ImportFile", STAGE_COLUMNS, chunk);
    const { rows: staged } = await client.query<{ id: number }>(
      `SELECT id FROM "ImportFile" WHERE "runId" = $1 AND status = 'pending' AND id > $2 ORDER BY id`,
      [runId, last[0]?.id ?? 0],
    );
    await enqueueAnalysis(client, runId, staged.map((r) => r.id));
    // Files already done at staging (unchanged, unreadable) count now; the run's total grows as it is staged.
    await countOutcomes(client, runId, chunk.filter((r) => r[4] !== "pending").map((r) => ({ status: String(r[4]) })));
    const { rowCount } = await client.query(
      `UPDATE "ImportRun" SET total = total + $2 WHERE id = $1 AND "finishedAt" IS NULL AND "interruptedAt" IS NULL`,
      [runId, chunk.length],
    );
    // Marked interrupted under us (this process lost its owner session): the run ended with what it had.
    if (rowCount === 0) throw new Error(`import run ${runId} was marked interrupted while it was being staged`);
    await client.query("COMMIT");
    return staged.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
