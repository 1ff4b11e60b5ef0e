import { STATUS_CODES } from "node:http";
import { allowedMethods } from "../src/lib/http/route-methods.mjs";

/**
 * Methods Next.js cannot take: it turns every request into a WHATWG
 * `Request` before the proxy (src/proxy.ts) runs, and the Fetch standard
 * forbids these three, so the constructor throws and Next answers a bare
 * 500 (CONNECT does not even reach it: Node hands it to a separate event and
 * drops the connection without a word). They are refused here, before Next.
 * Node's HTTP parser already answers 400 to method names it does not know,
 * so every other method reaches the proxy, which answers 405 from the same
 * table (src/lib/http/route-methods.mjs).
 */
const FORBIDDEN_BY_FETCH = new Set(["CONNECT", "TRACE", "TRACK"]);

/**
 * The answer to a method Next.js cannot handle: 405 with the route's `Allow`
 * header, or 404 on a path no route owns (as Next answers it for any method);
 * null for any other method.
 *
 * @param {string | undefined} method
 * @param {string | undefined} target the request target (path and query)
 * @returns {{ status: number; headers: Record<string, string>; body: string } | null}
 */
export function refusal(method, target) {
  if (!method || !FORBIDDEN_BY_FETCH.has(method)) return null;
  let pathname = "/";
  try {
    pathname = new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    // An unparsable target (CONNECT's is "host:port"): judged as the root page.
  }
  const allowed = allowedMethods(pathname);
  const body = JSON.stringify({ error: allowed ? `Method ${method} is not allowed here. Allowed: ${allowed.join(", ")}.` : "Not found." });
  return {
    status: allowed ? 405 : 404,
    body,
    headers: {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      "cache-control": "no-store",
      // As the proxy sets on its own refusals: nothing may run or frame this response.
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      // The request's body (if any) is never read: the connection ends with this answer.
      connection: "close",
      ...(allowed ? { allow: allowed.join(", ") } : {}),
    },
  };
}

/**
 * Answers a TRACE or TRACK request before Next.js sees it; returns whether it did.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function refuseUnsupportedMethod(req, res) {
  const answer = refusal(req.method, req.url);
  if (!answer) return false;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
  return true;
}

/**
 * Answers a CONNECT request (Node's "connect" event: the raw socket, no
 * response object) with the same refusal, then closes the connection.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:stream").Duplex} socket
 */
export function refuseConnect(req, socket) {
  const answer = refusal("CONNECT", req.url);
  if (!answer) return;
  const head = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}`, ...Object.entries(answer.headers).map(([k, v]) => `${k}: ${v}`)];
  socket.on("error", () => {});
  socket.end(`${head.join("\r\n")}\r\n\r\n${answer.body}`);
}
