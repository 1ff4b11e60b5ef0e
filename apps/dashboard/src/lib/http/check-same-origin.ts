/** Request headers, as both the Fetch API and Node's IncomingMessage can supply them. */
export type HeaderGetter = (name: string) => string | null | undefined;

/**
 * Whether a state-changing request comes from the dashboard's own pages
 * rather than from another website (CSRF). Returns null when it may proceed,
 * else why not.
 *
 * Browsers send `Sec-Fetch-Site` and, on every cross-origin POST, `Origin`;
 * a page on another site can set neither. A request with neither header is
 * not from a browser (curl, scripts): no one's cookies or network position
 * are borrowed there, so it passes and is left to the rate limit.
 *
 * Own origins: the configured public origin, and the Host the request was
 * sent to (compared by host:port only, so a TLS-terminating proxy in front
 * does not matter). A browser sets Host itself; another site cannot forge it.
 */
export function checkSameOrigin(header: HeaderGetter, publicOrigin: string): string | null {
  const site = header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `cross-site request refused (Sec-Fetch-Site: ${site})`;
  const origin = header("origin");
  if (origin === null || origin === undefined) return null;
  if (origin === publicOrigin) return null;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    // "null" (sandboxed frames, file: pages, some redirects) lands here too.
    return `request from an opaque or invalid origin refused (Origin: ${origin.slice(0, 100)})`;
  }
  const own = header("host");
  if (own && host === own.toLowerCase()) return null;
  return `cross-origin request refused (Origin: ${origin.slice(0, 100)})`;
}
