import type { IncomingMessage } from "node:http";

/**
 * The method, URL and headers of a Node request as a Fetch API Request (no
 * body), for code written against Request, such as authorizeWrite, called
 * from a Pages Router API route.
 */
export function toFetchRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // Only the path matters to the callers; the host part just makes the URL absolute.
  return new Request(new URL(req.url ?? "/", "http://localhost"), { method: req.method ?? "GET", headers });
}
