"use client";

import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { DOCUMENT_FIELDS, IMPORT_FORMATS, type DocumentField, type ImportFormat } from "@framewatch/corpus-model/documents";
import { fileOptions } from "@/lib/imports/file-options";
import type { FileOutcome, RunProgress, RunSummary } from "@/lib/imports/import-events-handler";
import { PREVIEW_BYTES, previewUpload, type UploadPreview } from "@/lib/imports/preview-upload";

/** What the picker offers; the server reads anything else as a text file (or a Nexis export by its content). */
const ACCEPT = ".txt,.text,.html,.htm,.jsonl,.ndjson,.json,.csv,.tsv,.tab,.zip";
/** Outcomes listed on the page; the run's page has them all. */
const MAX_LISTED = 2_000;

const FIELD_LABELS: Record<DocumentField, string> = {
  text: "Text",
  title: "Title",
  url: "URL",
  published: "Date",
  outlet: "Outlet",
  byline: "Byline",
  language: "Language",
};

interface Chosen {
  key: string;
  file: File;
  format: ImportFormat | "";
  preview: UploadPreview | null;
  /** Column chosen for each field; prefilled with the detected ones. */
  map: Partial<Record<DocumentField, string>>;
}

type Phase =
  | { step: "choose" }
  | { step: "sending" }
  | { step: "running"; runId: number; progress: RunProgress | null; files: FileOutcome[]; summary: RunSummary | null; error: string | null };

const mb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Number((bytes / 1024 / 1024).toFixed(1))} MB`);

/** Reads a file's first bytes and previews it as the server will read it. */
async function previewFile(file: File, format: ImportFormat | ""): Promise<UploadPreview> {
  const head = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  return previewUpload(file.name, head, file.size > PREVIEW_BYTES, format || undefined);
}

/**
 * The upload page's form: files (picker or drop), pasted URLs, a preview and column mapping for record files,
 * then the run's progress and per-file outcomes as the server streams them (/api/imports/[id]/events).
 */
export function UploadForm({ maxFileBytes, maxTotalBytes }: { maxFileBytes: number; maxTotalBytes: number }) {
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [urls, setUrls] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "choose" });
  const [dragging, setDragging] = useState(false);
  const ids = useId();

  const addFiles = async (list: FileList | File[]) => {
    const added = await Promise.all(
      [...list].map(async (file, i): Promise<Chosen> => {
        const preview = await previewFile(file, "");
        return { key: `${Date.now()}-${i}-${file.name}`, file, format: "", preview, map: preview.kind === "table" ? { ...preview.detected } : {} };
      }),
    );
    setChosen((c) => [...c, ...added]);
    setError(null);
  };

  const setFormat = async (key: string, format: ImportFormat | "") => {
    const item = chosen.find((c) => c.key === key);
    if (!item) return;
    const preview = await previewFile(item.file, format);
    setChosen((c) => c.map((x) => (x.key === key ? { ...x, format, preview, map: preview.kind === "table" ? { ...preview.detected } : {} } : x)));
  };

  const total = chosen.reduce((n, c) => n + c.file.size, 0);
  const tooLarge = chosen.filter((c) => c.file.size > maxFileBytes);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (chosen.length === 0 && urls.trim() === "") return setError("Add files or paste URLs to import.");
    if (tooLarge.length > 0) return setError(`${tooLarge.map((c) => c.file.name).join(", ")}: over the ${mb(maxFileBytes)} limit per file.`);
    if (total > maxTotalBytes) return setError(`These files add up to ${mb(total)}, over the ${mb(maxTotalBytes)} limit of one upload: send them in parts.`);
    const form = new FormData();
    for (const c of chosen) form.append("files", c.file, c.file.name);
    form.append(
      "options",
      JSON.stringify(chosen.map((c) => fileOptions(c.format, c.map, c.preview?.kind === "table" ? c.preview.detected : {}))),
    );
    if (urls.trim() !== "") form.append("urls", urls);
    setPhase({ step: "sending" });
    try {
      const res = await fetch("/api/imports/upload", { method: "POST", body: form });
      const body = (await res.json().catch(() => ({}))) as { runId?: number; error?: string };
      if (res.status !== 202 || typeof body.runId !== "number") {
        setPhase({ step: "choose" });
        return setError(body.error ?? `The upload was refused (HTTP ${res.status}).`);
      }
      setPhase({ step: "running", runId: body.runId, progress: null, files: [], summary: null, error: null });
    } catch (e) {
      setPhase({ step: "choose" });
      setError(`The upload did not reach the server: ${(e as Error).message}`);
    }
  };

  const runId = phase.step === "running" ? phase.runId : null;
  useEffect(() => {
    if (runId === null) return;
    const source = new EventSource(`/api/imports/${runId}/events`);
    const update = (f: (p: Extract<Phase, { step: "running" }>) => Extract<Phase, { step: "running" }>) =>
      setPhase((p) => (p.step === "running" ? f(p) : p));
    source.addEventListener("progress", (e) => update((p) => ({ ...p, progress: JSON.parse((e as MessageEvent<string>).data) as RunProgress })));
    source.addEventListener("files", (e) =>
      update((p) => ({ ...p, files: [...p.files, ...(JSON.parse((e as MessageEvent<string>).data) as FileOutcome[])].slice(0, MAX_LISTED) })),
    );
    source.addEventListener("summary", (e) => {
      // The stream ends here; without closing, EventSource would reconnect and replay it.
      source.close();
      update((p) => ({ ...p, summary: JSON.parse((e as MessageEvent<string>).data) as RunSummary }));
    });
    source.addEventListener("error", (e) => {
      const data = (e as MessageEvent<string>).data;
      if (data) {
        source.close();
        update((p) => ({ ...p, error: (JSON.parse(data) as { error: string }).error }));
      }
    });
    return () => source.close();
  }, [runId]);

  if (phase.step === "running") return <RunView phase={phase} />;

  return (
    <form onSubmit={submit} className="upload-form" aria-busy={phase.step === "sending" || undefined}>
      <div
        className={`drop-zone${dragging ? " is-dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles(e.dataTransfer.files);
        }}
      >
        <label htmlFor={`${ids}-files`}>
          <strong>Drop files here</strong> or choose them: text, HTML, JSON Lines, JSON, CSV, TSV, Nexis exports, or a zip of these
          (at most {mb(maxFileBytes)} each, {mb(maxTotalBytes)} in all).
        </label>
        <input
          id={`${ids}-files`}
          type="file"
          multiple
          accept={ACCEPT}
          data-testid="upload-files"
          onChange={(e) => {
            if (e.target.files) void addFiles(e.target.files);
            // The same file can be chosen again after removing it.
            e.target.value = "";
          }}
        />
      </div>

      {chosen.length > 0 && (
        <ul className="upload-files" aria-label="Files to import">
          {chosen.map((c) => (
            <li key={c.key} data-testid="upload-file">
              <div className="upload-file-head">
                <strong>{c.file.name}</strong> <span className="muted">{mb(c.file.size)}</span>
                {c.file.size > maxFileBytes && <span className="badge">too large</span>}
                <label>
                  Read as{" "}
                  <select value={c.format} onChange={(e) => void setFormat(c.key, e.target.value as ImportFormat | "")}>
                    <option value="">detected from the name</option>
                    {IMPORT_FORMATS.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" onClick={() => setChosen((list) => list.filter((x) => x.key !== c.key))} aria-label={`Remove ${c.file.name}`}>
                  Remove
                </button>
              </div>
              <FilePreview item={c} onMap={(field, column) => setChosen((list) => list.map((x) => (x.key === c.key ? { ...x, map: { ...x.map, [field]: column } } : x)))} />
            </li>
          ))}
        </ul>
      )}

      <label htmlFor={`${ids}-urls`} className="upload-urls-label">
        Or paste web page addresses, one per line (each page is fetched and read as an HTML file)
      </label>
      <textarea id={`${ids}-urls`} name="urls" rows={4} value={urls} onChange={(e) => setUrls(e.target.value)} placeholder="https://www.example.org/news/article" data-testid="upload-urls" />

      {error && (
        <p role="alert" className="upload-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={phase.step === "sending"} data-testid="upload-submit">
        {phase.step === "sending" ? "Uploading and staging…" : "Import"}
      </button>
    </form>
  );
}

/** The first rows of a record file and a column choice for each field, prefilled as the server would detect them. */
function FilePreview({ item, onMap }: { item: Chosen; onMap: (field: DocumentField, column: string) => void }) {
  const ids = useId();
  const p = item.preview;
  if (!p) return null;
  if (p.kind === "whole") {
    return <p className="muted">{p.fileKind === "zip" ? "A zip archive: each file inside is read by its own name." : "Read whole: one article (or the documents of a Nexis export)."}</p>;
  }
  if (p.kind === "error") return <p className="upload-error">Cannot preview as {p.format}: {p.reason}</p>;
  return (
    <div className="upload-preview">
      <fieldset className="upload-mapping">
        <legend>Columns</legend>
        {DOCUMENT_FIELDS.map((field) => (
          <label key={field} htmlFor={`${ids}-${field}`}>
            {FIELD_LABELS[field]}
            <select id={`${ids}-${field}`} value={item.map[field] ?? ""} onChange={(e) => onMap(field, e.target.value)} data-testid={`map-${field}`}>
              {/* A field detected by its name is always read from it: the server has no way to leave it out. */}
              {!p.detected[field] && <option value="">{field === "text" ? "— choose the text column —" : "—"}</option>}
              {p.columns.map((col) => (
                <option key={col} value={col}>
                  {col}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {!item.map.text && <p className="upload-error">No text column found: choose the column that holds each article&apos;s text.</p>}
      <div className="table-scroll">
        <table className="data-table-plain">
          <caption>
            First {p.rows.length} {p.rows.length === 1 ? "record" : "records"} ({p.format}
            {p.partial ? ", from the start of the file" : ""})
          </caption>
          <thead>
            <tr>
              {p.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const formatEta = (s: number) => (s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`);

/** A running (then finished) import: the progress bar with rate and ETA, then every outcome as it lands. */
function RunView({ phase }: { phase: Extract<Phase, { step: "running" }> }) {
  const { runId, progress, files, summary, error } = phase;
  return (
    <section className="upload-run" aria-labelledby="upload-run-title">
      <h2 id="upload-run-title">Import run {runId}</h2>
      <div aria-live="polite" data-testid="upload-progress">
        {progress ? (
          <>
            <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Files done">
              {progress.done} of {progress.total}
            </progress>
            <p>
              {progress.done} of {progress.total}
              {progress.staged ? "" : "+"} done: {progress.imported} imported, {progress.unchanged} unchanged, {progress.failed} failed
              {progress.perSecond !== null && progress.perSecond > 0 && ` · ${progress.perSecond} articles/s`}
              {progress.etaSeconds !== null && !summary && ` · about ${formatEta(progress.etaSeconds)} left`}
            </p>
          </>
        ) : (
          <p>Waiting for the first progress…</p>
        )}
      </div>
      {summary && (
        <p role="status" data-testid="upload-summary">
          {summary.interrupted ? "Stopped early" : "Finished"}: {summary.imported} imported, {summary.unchanged} unchanged, {summary.failed} failed of {summary.total}.{" "}
          {summary.unlisted > 0 && `${summary.unlisted.toLocaleString("en-US")} more outcomes are not listed below. `}
          <Link href={`/imports/${runId}`}>The run&apos;s full result</Link>
        </p>
      )}
      {error && (
        <p role="alert" className="upload-error">
          {error} <Link href={`/imports/${runId}`}>See the run</Link>
        </p>
      )}
      {files.length > 0 && (
        <div className="table-scroll">
          <table className="data-table-plain" data-testid="upload-outcomes">
            <caption>Files</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Outcome</th>
                <th scope="col">Reason</th>
                <th scope="col">Article</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f, i) => (
                <tr key={i}>
                  <td>{f.source}</td>
                  <td>{f.status}</td>
                  <td>{f.reason ?? ""}</td>
                  <td>{f.articleId !== null ? <Link href={`/articles/${f.articleId}`}>article {f.articleId}</Link> : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {files.length >= MAX_LISTED && (
            <p className="muted">
              The first {MAX_LISTED} are listed; <Link href={`/imports/${runId}`}>the run&apos;s page</Link> has them all.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
