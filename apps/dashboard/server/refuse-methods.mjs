import { STATUS_CODES } from "node:http";
import { allowedMethods } from "../src/lib/http/route-methods.mjs";

/**
 * Methods Next.js cannot take: it turns every request into a WHATWG
 * `Request` before the proxy (src/proxy.ts) runs, and the Fetch standard
 * forbids these three, so the constructor throws and Next answers a bare
 * 500 (CONNECT does not even reach it: Node hands it to a separate event and
 * drops the connection without a word). They are refused here, before Next.
 * Method names Node's HTTP parser does not know at all never become
 * requests; `answerClientError` refuses them the same way. Every other
 * method reaches the proxy, which answers 405 from the same table
 * (src/lib/http/route-methods.mjs).
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
  return refuse(method, target);
}

/**
 * @param {string} method
 * @param {string | undefined} target
 */
function refuse(method, target) {
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
  socket.on("error", () => {});
  writeRaw(socket, answer);
}

/**
 * Writes an answer on a socket that has no response object (CONNECT, parse errors), then ends it.
 *
 * @param {import("node:stream").Duplex} socket
 * @param {{ status: number; headers: Record<string, string>; body: string }} answer
 */
function writeRaw(socket, answer) {
  const head = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}`, ...Object.entries(answer.headers).map(([k, v]) => `${k}: ${v}`)];
  socket.end(`${head.join("\r\n")}\r\n\r\n${answer.body}`);
}

/** What Node itself answers to the other parse errors (lib/_http_server.js), kept when this listener takes over. */
const PARSE_ERROR_STATUS = { HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 };

/**
 * The server's "clientError" listener: a request Node could not parse. A
 * method name its parser does not know (`FOO / HTTP/1.1`) gets the same 405
 * as TRACE; anything else what Node answers by default (400, 408, 413, 431),
 * then the connection closes.
 *
 * @param {Error & { code?: string; rawPacket?: Buffer }} error
 * @param {import("node:stream").Duplex} socket
 */
export function answerClientError(error, socket) {
  socket.on("error", () => {});
  // A response already started (or the client gone): nothing sensible to add.
  if (!socket.writable || /** @type {import("node:net").Socket} */ (socket).bytesWritten > 0) {
    socket.destroy();
    return;
  }
  if (error.code === "HPE_INVALID_METHOD") {
    const [method = "", target] = (error.rawPacket?.toString("latin1") ?? "").split("\r\n", 1)[0]?.split(" ") ?? [];
    // Echo only a token-shaped name (RFC 9110's tchar), never arbitrary bytes.
    writeRaw(socket, refuse(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/.test(method) ? method : "(unknown)", target));
    return;
  }
  const status = PARSE_ERROR_STATUS[/** @type {keyof typeof PARSE_ERROR_STATUS} */ (error.code)] ?? 400;
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
}
