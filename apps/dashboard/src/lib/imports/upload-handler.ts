import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { DOCUMENT_FIELDS, IMPORT_FORMATS, type FieldMap, type ImportFormat } from "@framewatch/corpus-model/documents";
import {
  createOwnedImportRun,
  isPublicAddress,
  stageImportRun,
  watchImportRun,
  type createPgPool,
  type FetchUrlOptions,
  type OwnedImportRun,
  type ReadOptions,
} from "@framewatch/db/import";
import type { SignedInUser } from "@/lib/auth/authorize";
import { sanitiseFileName } from "./sanitise-file-name";

/** The import pipeline's pg pool (the dashboard depends on pg only through @framewatch/db). */
type Pool = ReturnType<typeof createPgPool>;

/** The name the pasted URLs are staged under: failures read "pasted URLs:3" (its line). Reserved among file names. */
export const PASTED_URLS = "pasted URLs";
/** Files in one upload; more is a folder dragged in by mistake, better sent as a zip. */
export const MAX_UPLOAD_FILES = 500;

export interface UploadHandlerOptions {
  /** authorizeWrite(request, "editor") in the route; tests pass a real function of their own. */
  authorize: (request: Request) => Promise<SignedInUser | Response>;
  pool: () => Pool;
  /** FRAMEWATCH_MAX_FILE_MB, as the command line: one file larger is refused. */
  maxFileBytes: number;
  /** FRAMEWATCH_UPLOAD_MAX_MB: the whole request body. */
  maxTotalBytes: number;
  /** FRAMEWATCH_URL_ALLOW_PRIVATE: pasted URLs may reach loopback, private and link-local addresses. */
  allowPrivateUrls: boolean;
  /** Lower fetch limits for tests (one request per host per second otherwise). */
  fetch?: Partial<FetchUrlOptions>;
  /** How often the run is checked until it ends (the process owns it until then); default 1 s. */
  watchIntervalMs?: number;
}

/** One file's reading options, sent as the `options` part: a JSON array in the order of the `files` parts. */
const fileOptionsSchema = z.array(
  z
    .object({
      format: z.enum(IMPORT_FORMATS).optional(),
      map: z.partialRecord(z.enum(DOCUMENT_FIELDS), z.string().trim().min(1).max(200)).optional(),
    })
    .strict()
    .nullable(),
);

/** The body was refused; the status and a message the upload page shows. */
class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const json = (status: number, body: unknown) =>
  Response.json(body, {
    status,
    // A refused upload may still be arriving: close rather than read the rest.
    headers: { "cache-control": "no-store", ...(status === 413 ? { connection: "close" } : {}) },
  });

const mb = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/**
 * POST /api/imports/upload: an editor's files (and pasted URLs) imported through the same pipeline as
 * `corpus import`. Checks, cheapest first: the session and role (authorize), the content type (415), the size
 * (413: the declared length, then the bytes as they arrive, then each file; nothing is stored before these
 * pass), the parts (400). The files are written under sanitised names into a temporary folder, staged into a run
 * started by the user (createOwnedImportRun + stageImportRun, each file with its own format and column map),
 * and the folder removed. Answers 202 { runId, total } once staged; the queue workers of `corpus serve` analyse
 * them. This process keeps owning the run until it ends, so a command started meanwhile does not take it for an
 * abandoned one (markInterruptedImportRuns).
 */
export function createUploadHandler(options: UploadHandlerOptions) {
  const background = new Set<Promise<void>>();

  async function handle(request: Request): Promise<Response> {
    const user = await options.authorize(request);
    if (user instanceof Response) return user;

    let upload: ParsedUpload;
    try {
      upload = await readUpload(request, options);
    } catch (error) {
      if (error instanceof UploadError) return json(error.status, { error: error.message });
      throw error;
    }
    if (upload.files.length === 0 && upload.urls.length === 0) return json(400, { error: "Nothing to import: add files or paste URLs." });

    const folder = await fs.mkdtemp(path.join(os.tmpdir(), "framewatch-upload-"));
    let owned: OwnedImportRun | null = null;
    try {
      const taken = new Set([PASTED_URLS.toLowerCase()]);
      const inputs: string[] = [];
      const perFile = new Map<string, ReadOptions>();
      for (const file of upload.files) {
        const name = sanitiseFileName(file.file.name, taken);
        // "wx": the name is new in a folder only this request writes; never follows or overwrites anything.
        await fs.writeFile(path.join(folder, name), new Uint8Array(await file.file.arrayBuffer()), { flag: "wx" });
        inputs.push(name);
        if (file.options) perFile.set(name, file.options);
      }
      const urlLists: string[] = [];
      if (upload.urls.length > 0) {
        await fs.writeFile(path.join(folder, PASTED_URLS), `${upload.urls.join("\n")}\n`, { flag: "wx" });
        urlLists.push(PASTED_URLS);
      }
      const pool = options.pool();
      owned = await createOwnedImportRun(pool, { label: `${user.name} <${user.email}>`, userId: user.id });
      const { runId, total } = await stageImportRun(pool, inputs, {
        cwd: folder,
        runId: owned.runId,
        maxFileBytes: options.maxFileBytes,
        readOptionsFor: (source) => perFile.get(source),
        urlLists,
        fetch: { ...options.fetch, allowAddress: options.allowPrivateUrls ? undefined : (options.fetch?.allowAddress ?? isPublicAddress) },
        signal: request.signal,
      });
      keepUntilFinished(pool, owned);
      owned = null;
      return json(202, { runId, total });
    } catch (error) {
      if (owned) {
        // What was staged stays and is finished by the queue; the run is marked as stopped early.
        await owned.interrupt().catch(() => {});
        await owned.release();
      }
      throw error;
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  }

  function keepUntilFinished(pool: Pool, owned: OwnedImportRun) {
    const watching = watchImportRun(pool, owned.runId, { intervalMs: options.watchIntervalMs ?? 1_000 })
      .then(() => undefined)
      // The pool closed under it (shutdown): the next start marks the run interrupted, as for a killed command.
      .catch(() => undefined)
      .finally(() => owned.release());
    background.add(watching);
    void watching.finally(() => background.delete(watching));
  }

  return Object.assign(handle, {
    /** Resolves when every run this handler started has ended and been let go (tests wait for it before closing). */
    idle: async () => {
      while (background.size > 0) await Promise.all([...background]);
    },
  });
}

interface ParsedUpload {
  files: { file: File; options: ReadOptions | null }[];
  urls: string[];
}

/** Reads and checks the multipart body; throws UploadError (413, 415, 400) before anything is written. */
async function readUpload(request: Request, options: UploadHandlerOptions): Promise<ParsedUpload> {
  const type = request.headers.get("content-type") ?? "";
  if (type.split(";")[0]!.trim().toLowerCase() !== "multipart/form-data") {
    throw new UploadError(415, "Content-Type must be multipart/form-data (files in `files` parts, pasted URLs in `urls`).");
  }
  const tooLarge = `Upload too large: at most ${mb(options.maxTotalBytes)} in one upload (FRAMEWATCH_UPLOAD_MAX_MB). Send fewer files at a time, or import large sets with \`corpus import\`.`;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > options.maxTotalBytes) throw new UploadError(413, tooLarge);
  const body = await readCapped(request, options.maxTotalBytes, tooLarge);

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch (error) {
    throw new UploadError(400, `Not a readable multipart/form-data body: ${(error as Error).message}`);
  }
  const files = form.getAll("files").filter((v): v is File => typeof v !== "string");
  if (files.length > MAX_UPLOAD_FILES) throw new UploadError(413, `Too many files: at most ${MAX_UPLOAD_FILES} in one upload (send a zip instead).`);
  for (const file of files) {
    if (file.size > options.maxFileBytes) {
      throw new UploadError(413, `${JSON.stringify(file.name)} is too large: ${mb(file.size)}, over the ${mb(options.maxFileBytes)} limit per file (FRAMEWATCH_MAX_FILE_MB).`);
    }
  }
  let perFile: z.infer<typeof fileOptionsSchema> = [];
  const rawOptions = form.get("options");
  if (typeof rawOptions === "string" && rawOptions.trim() !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawOptions);
    } catch {
      throw new UploadError(400, "The options part is not JSON: send an array with { format, map } for each file, in order.");
    }
    const checked = fileOptionsSchema.safeParse(parsed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new UploadError(400, `Bad options for file ${Number(issue?.path[0] ?? 0) + 1}: ${issue?.path.slice(1).join(".") || "value"}: ${issue?.message}`);
    }
    if (checked.data.length > files.length) throw new UploadError(400, `Options for ${checked.data.length} files, but ${files.length} were sent.`);
    perFile = checked.data;
  }
  const urlsPart = form.get("urls");
  const urls = typeof urlsPart === "string" ? urlsPart.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")) : [];
  return {
    files: files.map((file, i) => {
      const o = perFile[i];
      return { file, options: o ? { format: o.format as ImportFormat | undefined, map: o.map as FieldMap | undefined } : null };
    }),
    urls,
  };
}

/** The body's bytes, refused with 413 as soon as they pass `limit` (a chunked body declares no length). */
async function readCapped(request: Request, limit: number, message: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new UploadError(413, message);
    }
    parts.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
