import { checkLiteralHost, filteredDispatcher, REFUSED_CODE, type AddressFilter } from "./guard-public-address";
import { tooLarge } from "./read-article-file";
import { USER_AGENT } from "./user-agent";
import { firstLine } from "../first-line";

/** Redirects followed for one URL; more is a loop or a chain no article needs. */
export const MAX_REDIRECTS = 5;

/** Content types read as a page: HTML and plain text. Anything else (a PDF, an image, a feed) is refused by its type. */
const PAGE_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface FetchPageOptions {
  /** FRAMEWATCH_MAX_FILE_MB: a body past it is not read further. */
  maxBytes: number;
  /** For each request (the first and every redirect): connecting, the response and its whole body. */
  timeoutMs: number;
  maxRedirects?: number;
  /** Called before each request, the first and every redirect's: waits for the host's turn (HostSchedule). */
  beforeRequest?: (url: URL) => Promise<void>;
  /** Gives up at once (the import stopped). */
  signal?: AbortSignal;
  /**
   * Only connect to addresses this accepts (the dashboard: isPublicAddress, against SSRF), judged on the address
   * each connection resolves to and on every redirect hop (guard-public-address.ts). Unset: any address.
   */
  allowAddress?: AddressFilter;
}

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  bytes: Buffer;
  /** The response's Content-Type header, if any (its charset decides how the bytes are decoded). */
  contentType: string | null;
}

/** A URL whose page is not read, with a reason a person can act on. */
export class PageFetchError extends Error {}

/**
 * Fetches one web page with Node's fetch: http and https only, redirects followed by hand (so each hop is
 * checked for its scheme, counted, and waits for its host's turn), HTML or plain text only, at most `maxBytes`
 * read (the body is read as a stream and dropped past the limit, never buffered whole first), every request
 * bounded by `timeoutMs`. Throws PageFetchError with the reason otherwise.
 */
export async function fetchPage(url: URL, options: FetchPageOptions): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const seen = new Set<string>();
  let current = url;
  for (let redirects = 0; ; redirects++) {
    checkScheme(current, redirects > 0);
    if (options.allowAddress) checkLiteralHost(current, options.allowAddress);
    seen.add(current.href);
    await options.beforeRequest?.(current);
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: "manual",
        // Node's fetch takes undici's dispatcher option; the DOM RequestInit type does not list it.
        ...(options.allowAddress ? ({ dispatcher: await filteredDispatcher(options.allowAddress) } as object) : {}),
        signal,
        headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1" },
      });
    } catch (error) {
      throw new PageFetchError(describeFetchError(error, timeout, options.timeoutMs));
    }
    if (REDIRECTS.has(response.status)) {
      await discard(response);
      const location = response.headers.get("location");
      if (!location) throw new PageFetchError(`HTTP ${response.status} redirect without a Location header`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new PageFetchError(`HTTP ${response.status} redirect to an invalid URL: ${JSON.stringify(location.slice(0, 200))}`);
      }
      if (seen.has(next.href)) throw new PageFetchError(`redirect loop: back to ${next.href} after ${redirects + 1} redirect${redirects === 0 ? "" : "s"}`);
      if (redirects >= maxRedirects) throw new PageFetchError(`too many redirects: more than ${maxRedirects}`);
      current = next;
      continue;
    }
    if (!response.ok) {
      await discard(response);
      throw new PageFetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    }
    const contentType = response.headers.get("content-type");
    const type = contentType?.split(";")[0]?.trim().toLowerCase();
    // No Content-Type at all: the bytes are checked as a file's are (binary content is refused there).
    if (type && !PAGE_TYPES.has(type)) {
      await discard(response);
      throw new PageFetchError(`not a web page: Content-Type ${type} (only HTML and plain text are read)`);
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await discard(response);
      throw new PageFetchError(tooLarge(declared, options.maxBytes));
    }
    const bytes = await readBody(response, options.maxBytes, timeout, options.timeoutMs);
    return { url: current.href, bytes, contentType };
  }
}

function checkScheme(url: URL, redirected: boolean): void {
  if (url.protocol === "http:" || url.protocol === "https:") return;
  throw new PageFetchError(`${redirected ? "redirected to a URL that is" : "not fetched:"} not http or https (${url.protocol}): only web pages are fetched`);
}

/** Reads a body up to `maxBytes`: the stream is cancelled at the first chunk past it (a server may send without end). */
async function readBody(response: Response, maxBytes: number, timeout: AbortSignal, timeoutMs: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new PageFetchError(
          `too large: over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (FRAMEWATCH_MAX_FILE_MB); stopped reading after ${length} bytes`,
        );
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof PageFetchError) throw error;
    await reader.cancel().catch(() => {});
    throw new PageFetchError(describeFetchError(error, timeout, timeoutMs, "while reading the page"));
  }
  return Buffer.concat(parts, length);
}

/** Lets the connection go without reading a body nobody wants. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

/** Why a request failed, in words: fetch reports "fetch failed" and hides the reason in its cause. */
export function describeFetchError(error: unknown, timeout: AbortSignal, timeoutMs: number, during = ""): string {
  const at = during ? ` ${during}` : "";
  if (timeout.aborted) return `timed out after ${formatSeconds(timeoutMs)}${at} (FRAMEWATCH_URL_TIMEOUT_S)`;
  if ((error as Error | null)?.name === "AbortError") return "stopped: the import was interrupted";
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case REFUSED_CODE:
      return firstLine(cause);
    case "ENOTFOUND":
      return `host not found${at} (DNS: no such name)`;
    case "EAI_AGAIN":
      return `host name lookup failed${at} (DNS temporarily unavailable; is this machine online?)`;
    case "ECONNREFUSED":
      return `connection refused${at}`;
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return `connection closed by the server${at}`;
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return `timed out connecting${at}`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `host unreachable${at} (${code})`;
    default: {
      if (typeof code === "string" && /CERT|SSL|TLS/u.test(code)) return `TLS certificate problem${at} (${code})`;
      const message = firstLine(cause);
      return `cannot fetch${at} (${code ?? message})`;
    }
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
