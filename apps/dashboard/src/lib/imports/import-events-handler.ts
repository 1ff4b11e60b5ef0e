import { secondsLeft, trackImportRate, type createPgPool, type ImportProgress, type ImportSummary } from "@framewatch/db/import";

/** The import pipeline's pg pool (the dashboard depends on pg only through @framewatch/db). */
type Pool = ReturnType<typeof createPgPool>;

/** A file (or record: "feed.csv:row 7") of a run with its outcome, as the upload page lists it. */
export interface FileOutcome {
  source: string;
  status: "imported" | "unchanged" | "reanalysed" | "failed";
  reason: string | null;
  /** The stored article, for a link; null when it failed. */
  articleId: number | null;
}

/** `event: progress`: the run's counters (as `corpus import` follows them), with the rate measured over the last samples. */
export interface RunProgress extends Omit<ImportProgress, "finished"> {
  /** Files with an outcome per second, over the last RATE_WINDOW_MS; null until two samples exist. */
  perSecond: number | null;
  /** Seconds left at that rate, once staged; null when unknown. */
  etaSeconds: number | null;
}

/**
 * `event: summary`, the last one: the counters once the run has finished, and its failures with their reasons (the
 * first MAX_OUTCOMES_LISTED); `unlisted` outcomes were not sent (the run's page pages through them all).
 */
export type RunSummary = Omit<ImportSummary, "kind"> & { unlisted: number };

/**
 * Outcomes one stream lists at most: a stream's size is bounded whatever the run's (an upload of small records can
 * hold a hundred thousand); the run's page (/imports/[id]) lists them all, in pages.
 */
export const MAX_OUTCOMES_LISTED = 1_000;

/** The rate is measured over this long: long enough to smooth batches landing, short enough to follow a slowdown. */
const RATE_WINDOW_MS = 10_000;
/** Outcomes sent per poll at most; the rest come on the next polls. */
const FILES_PER_POLL = 500;
/**
 * The run's latest imported articles looked up when it ends: outcomes the last poll did not see before their rows
 * were deleted are among the last stored.
 */
const CATCH_UP_ARTICLES = 1_000;

interface PollRow {
  run: {
    total: number;
    staged: boolean;
    finished: boolean;
    interrupted: boolean;
    imported: number;
    unchanged: number;
    reanalysed: number;
    failed: number;
    failures: { source: string; reason: string }[] | null;
  } | null;
  files: (FileOutcome & { id: number })[];
  lowest: number | null;
  articles: { id: number; source: string }[];
}

/**
 * One query per poll: the run's counters, the outcomes not sent yet (above the lowest file still pending, minus
 * those already sent: workers finish files out of order), and, once the run has finished (its staging rows are
 * then deleted), the articles it imported, to send what the last poll missed.
 */
const POLL_SQL = `
WITH run AS (
  SELECT total, "stagedAt" IS NOT NULL AS staged, "finishedAt" IS NOT NULL AS finished, "interruptedAt" IS NOT NULL AS interrupted,
         imported, unchanged, reanalysed, failed, CASE WHEN "finishedAt" IS NOT NULL THEN failures END AS failures
    FROM "ImportRun" WHERE id = $1
), files AS (
  SELECT f.id, f.source, f.status::text AS status, f.reason, a.id AS "articleId"
    FROM "ImportFile" f LEFT JOIN "Article" a ON a.sha256 = f.sha256 AND f.status <> 'failed'
   WHERE f."runId" = $1 AND f.id > $2 AND f.status <> 'pending' AND f.id <> ALL($3::int[])
   ORDER BY f.id LIMIT ${FILES_PER_POLL}
)
SELECT (SELECT row_to_json(run) FROM run) AS run,
       (SELECT coalesce(json_agg(files ORDER BY id), '[]'::json) FROM files) AS files,
       (SELECT min(id) FROM "ImportFile" WHERE "runId" = $1 AND status = 'pending') AS lowest,
       (SELECT coalesce(json_agg(a ORDER BY id), '[]'::json) FROM (
          SELECT id, source FROM "Article" WHERE "importRunId" = $1 AND (SELECT finished FROM run)
           ORDER BY id DESC LIMIT ${CATCH_UP_ARTICLES}) a) AS articles`;

export interface ImportEventsOptions {
  pool: () => Pool;
  /** Time between polls; default 1 s. */
  intervalMs?: number;
  /** Outcomes listed per stream; default MAX_OUTCOMES_LISTED. */
  maxOutcomes?: number;
}

/**
 * GET /api/imports/[id]/events: Server-Sent Events following one import run. Every poll (one query) sends
 * `progress` (counters, files per second, ETA) and `files` (outcomes that landed since); when the run has
 * finished, a last `files` and the `summary`, then the stream ends. It also ends when the client goes away
 * (the request's signal) — nothing polls for a page nobody watches. 400 for an id that is not one, 404 for a
 * run that does not exist.
 */
export function createImportEventsHandler(options: ImportEventsOptions) {
  const interval = options.intervalMs ?? 1_000;
  const maxOutcomes = options.maxOutcomes ?? MAX_OUTCOMES_LISTED;
  return async function handle(request: Request, id: string): Promise<Response> {
    const runId = /^[1-9]\d{0,9}$/u.test(id) ? Number(id) : NaN;
    if (!Number.isSafeInteger(runId) || runId > 2_147_483_647) {
      return Response.json({ error: `Not an import run id: ${JSON.stringify(id.slice(0, 40))}.` }, { status: 400 });
    }
    const pool = options.pool();
    const first = await poll(pool, runId, 0, []);
    if (!first.run) return Response.json({ error: `There is no import run ${runId}.` }, { status: 404 });

    const encoder = new TextEncoder();
    const signal = request.signal;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: string, data: unknown) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        const sentFiles = new Set<number>();
        const sentArticles = new Set<number>();
        const sentFailures = new Set<string>();
        const rate = trackImportRate(RATE_WINDOW_MS, 1);
        let row: PollRow = first;
        let floor = 0;
        let listed = 0;
        try {
          for (;;) {
            const run = row.run;
            if (!run) break;
            const fresh = row.files.filter((f) => !sentFiles.has(f.id));
            for (const f of fresh) {
              sentFiles.add(f.id);
              if (f.articleId !== null) sentArticles.add(f.articleId);
            }
            // Files under the lowest one still pending are never asked for again: the set stays the size of the work in flight.
            if (row.lowest !== null && row.lowest - 1 > floor) floor = row.lowest - 1;
            for (const fid of sentFiles) if (fid <= floor) sentFiles.delete(fid);
            const done = run.imported + run.unchanged + run.reanalysed + run.failed;
            const perSecond = rate.add(Date.now(), done);
            const progress: RunProgress = {
              runId,
              total: run.total,
              staged: run.staged,
              done,
              imported: run.imported,
              unchanged: run.unchanged,
              reanalysed: run.reanalysed,
              failed: run.failed,
              perSecond: perSecond === null ? null : Math.round(perSecond * 10) / 10,
              etaSeconds: run.staged ? secondsLeft(run.total - done, perSecond) : null,
            };
            send("progress", progress);
            const outcomes: FileOutcome[] = fresh.map(({ source, status, reason, articleId }) => ({ source, status, reason, articleId }));
            for (const f of fresh) if (f.status === "failed") sentFailures.add(f.source);
            if (run.finished) {
              // What landed after the last poll, or before the stream began, whose staging rows are gone now.
              for (const a of row.articles) if (!sentArticles.has(a.id)) outcomes.push({ source: a.source, status: "imported", reason: null, articleId: a.id });
              for (const f of run.failures ?? []) if (!sentFailures.has(f.source)) outcomes.push({ source: f.source, status: "failed", reason: f.reason, articleId: null });
            }
            const listing = outcomes.slice(0, Math.max(0, maxOutcomes - listed));
            listed += listing.length;
            if (listing.length > 0) send("files", listing);
            if (run.finished && fresh.length < FILES_PER_POLL) {
              const summary: RunSummary = {
                runId,
                interrupted: run.interrupted,
                total: run.total,
                imported: run.imported,
                unchanged: run.unchanged,
                reanalysed: run.reanalysed,
                failed: run.failed,
                failures: (run.failures ?? []).slice(0, maxOutcomes),
                unlisted: Math.max(0, run.total - listed),
              };
              send("summary", summary);
              break;
            }
            if (signal.aborted) break;
            if (fresh.length < FILES_PER_POLL) await waitFor(interval, signal);
            if (signal.aborted) break;
            row = await poll(pool, runId, floor, [...sentFiles]);
          }
        } catch (error) {
          // The page shows this and falls back to the run's page; the connection is not left hanging.
          if (!signal.aborted) send("error", { error: `Progress unavailable: ${(error as Error).message.split("\n")[0]}` });
        }
        try {
          controller.close();
        } catch {
          // Already cancelled by the client.
        }
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        // Proxies (nginx) would otherwise hold the events back until the buffer fills.
        "x-accel-buffering": "no",
      },
    });
  };
}

async function poll(pool: Pool, runId: number, after: number, sentFiles: number[]): Promise<PollRow> {
  const { rows } = await pool.query<PollRow>(POLL_SQL, [runId, after, sentFiles]);
  return rows[0]!;
}

/** Sleeps `ms`, or less when the client goes away. */
function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
