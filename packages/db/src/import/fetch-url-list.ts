import { documentSha256 } from "./document-sha256";
import { decodePage, pageCharset } from "./decode-page";
import { fetchPage, PageFetchError } from "./fetch-page";
import { HostSchedule } from "./host-schedule";
import type { FailedDocument, ReadDocument } from "./read-documents";
import { UnreadableFileError } from "./read-article-file";
import { readUrlList, type ListedUrl } from "./read-url-list";
import { firstLine } from "../first-line";

/** How URL lists are fetched; the defaults suit real sites, tests lower them. */
export interface FetchUrlOptions {
  /** FRAMEWATCH_MAX_FILE_MB, in bytes: the largest page read. */
  maxBytes: number;
  /** FRAMEWATCH_URL_TIMEOUT_S, in ms: one request (connecting, the response and its body). */
  timeoutMs: number;
  /** Least time between two requests to one host (default 1 s). */
  hostIntervalMs?: number;
  /** Pages fetched at once, across hosts (default 4). */
  concurrency?: number;
  maxRedirects?: number;
  /** Stops fetching (Ctrl-C): requests in flight and waits for a host's turn end at once. */
  signal?: AbortSignal;
  /** Only connect to addresses this accepts (the dashboard's imports: isPublicAddress; see fetchPage). */
  allowAddress?: (address: string) => boolean;
}

export const DEFAULT_HOST_INTERVAL_MS = 1_000;
export const DEFAULT_FETCH_CONCURRENCY = 4;
/** URLs read ahead of the fetches, so that while one host waits for its turn the others' URLs are fetched. */
const LOOKAHEAD = 256;

/**
 * Fetches the pages a URL list names and yields each as a document to stage: its HTML or text, with its URL
 * (after redirects) as supplied metadata, so the outlet comes from the domain and the reader links the page.
 * Its identity is documentSha256 of the text and that URL: the same unchanged page listed again is unchanged.
 * A URL that cannot be fetched or read is yielded as failed with its reason, and the rest go on.
 *
 * Politeness and memory: at most `concurrency` pages are in flight or waiting to be staged, each at most
 * `maxBytes`; one request per host per `hostIntervalMs`, redirects included. The list is read as it goes,
 * `LOOKAHEAD` lines ahead, and the next URL fetched is the one whose host's turn comes first, so a list grouped by
 * site still keeps several sites busy. Pages are yielded as they arrive, not in list order.
 */
export async function* fetchUrlList(path: string, source: string, options: FetchUrlOptions): AsyncGenerator<ReadDocument | FailedDocument> {
  const concurrency = options.concurrency ?? DEFAULT_FETCH_CONCURRENCY;
  const schedule = new HostSchedule(options.hostIntervalMs ?? DEFAULT_HOST_INTERVAL_MS);
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const list = readUrlList(path, source);
  const pending: ListedUrl[] = [];
  const done: (ReadDocument | FailedDocument)[] = [];
  let exhausted = false;
  let active = 0;
  let wake: (() => void) | null = null;

  const fetchOne = async (entry: ListedUrl): Promise<ReadDocument | FailedDocument> => {
    try {
      const page = await fetchPage(entry.url, {
        maxBytes: options.maxBytes,
        timeoutMs: options.timeoutMs,
        maxRedirects: options.maxRedirects,
        allowAddress: options.allowAddress,
        signal: stop.signal,
        beforeRequest: (url) => schedule.take(url.hostname, stop.signal),
      });
      const text = decodePage(page.bytes, pageCharset(page.contentType, page.bytes));
      const metadata = { url: page.url };
      return { source: entry.source, sha256: documentSha256({ text, metadata }), text, metadata };
    } catch (error) {
      if (error instanceof PageFetchError || error instanceof UnreadableFileError) return { source: entry.source, reason: error.message };
      return { source: entry.source, reason: `cannot fetch: ${firstLine(error)}` };
    }
  };

  try {
    for (;;) {
      while (!exhausted && pending.length < LOOKAHEAD) {
        const next = await list.next();
        if (next.done) exhausted = true;
        else if ("reason" in next.value) yield next.value;
        else pending.push(next.value);
      }
      // Start fetches while a slot is free: the slot counts pages fetched but not yet yielded, so memory stays bounded.
      while (pending.length > 0 && active + done.length < concurrency) {
        let first = 0;
        for (let i = 1; i < pending.length; i++) if (schedule.readyAt(pending[i]!.url.hostname) < schedule.readyAt(pending[first]!.url.hostname)) first = i;
        const [entry] = pending.splice(first, 1);
        active++;
        // fetchOne never rejects; it books its host's turn before its first await, so the next pick sees it.
        void fetchOne(entry!).then((result) => {
          active--;
          done.push(result);
          const w = wake;
          wake = null;
          w?.();
        });
      }
      if (done.length > 0) {
        yield done.shift()!;
        continue;
      }
      if (exhausted && pending.length === 0 && active === 0) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // The reader stopped early (an error staging, Ctrl-C): no request outlives it.
    options.signal?.removeEventListener("abort", onAbort);
    stop.abort();
    await list.return(undefined);
  }
}
