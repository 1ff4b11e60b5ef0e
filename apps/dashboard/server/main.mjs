#!/usr/bin/env node
/**
 * The dashboard's production server: `node server/main.mjs [--port N]
 * [--hostname H]` instead of `next start`. The same Next.js request handler
 * (`next()`'s programmatic API runs the router server `next start` runs),
 * behind a plain Node HTTP server that first refuses the methods Next.js
 * cannot handle (see refuse-methods.mjs): TRACE, TRACK, CONNECT and method
 * names Node does not know answer 405 instead of a bare 500, a dropped
 * connection or a 400.
 *
 * Requests reach Next.js a few at a time, the rest waiting in arrival
 * order (admit-requests.mjs): FRAMEWATCH_MAX_CONCURRENT_REQUESTS (default
 * 4 per core) and FRAMEWATCH_MAX_QUEUED_REQUESTS (default 1000; beyond, 503).
 *
 * Port and address: the flags, else PORT and HOST as `next start` reads
 * them, else 3000 on 127.0.0.1 (never all interfaces unless asked: HOST=0.0.0.0).
 * SIGTERM / SIGINT: stop accepting connections, let requests in flight
 * finish (at most 10 s), close Next, exit 143 / 130 like `next start`.
 *
 * Plain JavaScript on purpose: it starts before anything is compiled.
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createAdmission } from "./admit-requests.mjs";
import { answerClientError, refuseConnect, refuseUnsupportedMethod } from "./refuse-methods.mjs";

const CLIENT_IP_HEADER = "x-framewatch-client-ip";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } }, strict: true });
// An entry point, like `next start`: the environment it was started with is its configuration.
/* eslint-disable no-restricted-properties */
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? (process.env.HOST || "127.0.0.1");
// Requests handed to Next.js at once, and how many more may wait (see admit-requests.mjs). A few per core keeps
// the cores busy while some requests wait on PostgreSQL.
const concurrent = wholeNumber("FRAMEWATCH_MAX_CONCURRENT_REQUESTS", 4 * os.availableParallelism());
const queue = wholeNumber("FRAMEWATCH_MAX_QUEUED_REQUESTS", 1000);
// As `next start` (next/dist/bin/next) sets them: React and Next pick their production builds from
// NODE_ENV, and Next's server takes its Node.js code paths (Node streams for rendering) on NEXT_RUNTIME.
const env = /** @type {Record<string, string | undefined>} */ (process.env);
env.NODE_ENV ??= "production";
env.NEXT_RUNTIME = "nodejs";
/* eslint-enable no-restricted-properties */
/** @param {string} name @param {number} fallback */
function wholeNumber(name, fallback) {
  // eslint-disable-next-line no-restricted-properties -- an entry point: its environment is its configuration.
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`Invalid ${name} "${raw}": a whole number from 1 up.`);
    process.exit(1);
  }
  return n;
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${values.port}": a whole number from 0 to 65535.`);
  process.exit(1);
}
// The name `next start` gives its process, so `ps` / `pgrep next-server` find the dashboard as before.
process.title = "next-server (framewatch)";

// Imported after NODE_ENV is set: Next reads it while loading.
const { default: next } = await import("next");
const dir = path.join(import.meta.dirname, "..");
const server = http.createServer();
const app = next({ dev: false, dir, hostname, port, httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();

const { admit } = createAdmission({ concurrent, queue });
server.on("request", (req, res) => {
  if (refuseUnsupportedMethod(req, res)) return;
  // The client's address for the sign-in rate limit (CLIENT_IP_HEADER in packages/auth/src/create-auth.ts): the TCP
  // peer, replacing whatever a client sent under that name. X-Forwarded-For is whatever the client says.
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "";
  admit(req, res, () =>
    handle(req, res).catch((error) => {
      // As `next start` does: Next answers its own errors; this is only for a failure of the handler itself.
      console.error(`Failed to handle request for ${req.url}`, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    }),
  );
});
server.on("connect", refuseConnect);
server.on("clientError", answerClientError);

server.on("error", (error) => {
  console.error(`The dashboard could not listen on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(`Dashboard ready on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${shown}`);
});

let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  // Keep-alive connections that never send another request must not hold the exit up.
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  force.unref();
  server.close(() => {
    clearTimeout(force);
    app
      .close()
      .catch((error) => console.error(error))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// Started by `corpus serve` with an IPC channel that carries nothing: it closes when serve dies, however it dies
// (kill -9 included), and the dashboard then stops rather than live on as an orphan holding the port.
if (process.send) {
  if (!process.connected) stop("SIGTERM");
  process.once("disconnect", () => stop("SIGTERM"));
  // The channel only watches the parent; it must not keep this process alive.
  process.channel?.unref();
}
