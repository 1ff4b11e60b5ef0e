import http from "node:http";
import zlib from "node:zlib";

export interface Reply {
  status: number;
  /** Time to the last byte of the body, ms. */
  ms: number;
  /** Body bytes as sent (compressed when the server compresses). */
  wireBytes: number;
  /** Body bytes after decompression: the size of the HTML or JSON itself. */
  bytes: number;
  error: string | null;
}

let sequentialAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** A keep-alive connection pool for `clients` concurrent clients (one socket each). */
export function createAgent(clients: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: clients });
}

/**
 * One request as a browser sends it (gzip accepted, redirects not followed),
 * timed to the last byte. Never throws: failures come back as `error`.
 */
export function sendRequest(
  origin: string,
  req: { method: "GET" | "POST"; url: string; body?: string; cookie?: string },
  timeoutMs: number,
  agent: http.Agent = sequentialAgent,
): Promise<Reply> {
  const started = performance.now();
  return new Promise<Reply>((resolve) => {
    let settled = false;
    const done = (reply: Omit<Reply, "ms">, endedAt = performance.now()) => {
      if (settled) return;
      settled = true;
      resolve({ ...reply, ms: endedAt - started });
    };
    const headers: http.OutgoingHttpHeaders = { "accept-encoding": "gzip", accept: "text/html,application/json,*/*" };
    if (req.cookie) headers.cookie = req.cookie;
    if (req.body !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = Buffer.byteLength(req.body);
    }
    const request = http.request(new URL(req.url, origin), { method: req.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", (e) => done({ status: res.statusCode ?? 0, wireBytes: 0, bytes: 0, error: e.message }));
      res.on("end", () => {
        // Timed at the last byte: decompressing here is the benchmark's work, not the server's.
        const endedAt = performance.now();
        const wire = Buffer.concat(chunks);
        let bytes = wire.length;
        if (res.headers["content-encoding"] === "gzip") {
          try {
            bytes = zlib.gunzipSync(wire).length;
          } catch (e) {
            done({ status: res.statusCode ?? 0, wireBytes: wire.length, bytes: 0, error: `bad gzip: ${(e as Error).message}` }, endedAt);
            return;
          }
        }
        done({ status: res.statusCode ?? 0, wireBytes: wire.length, bytes, error: null }, endedAt);
      });
    });
    request.setTimeout(timeoutMs, () => {
      request.destroy(new Error(`timed out after ${timeoutMs / 1000} s`));
    });
    request.on("error", (e) => done({ status: 0, wireBytes: 0, bytes: 0, error: e.message }));
    if (req.body !== undefined) request.write(req.body);
    request.end();
  });
}

/** Drops kept-alive sockets (between server restarts). */
export function resetConnections(): void {
  sequentialAgent.destroy();
  sequentialAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
}
