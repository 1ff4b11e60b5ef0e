import http from "node:http";

export interface RawRequest {
  method: string;
  /** Path and query, sent as given (already percent-encoded where needed). */
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Source address on the loopback network (127.x.y.z): the short-link rate limit is per client address. */
  localAddress?: string;
}

export interface RawReply {
  /** 0 = no answer within the timeout. */
  status: number;
  ms: number;
  error?: string;
}

/**
 * One request over a fresh connection with Node's own client (it sends any
 * method and header as given; redirects are not followed), waiting for the
 * whole body, at most `timeoutMs`.
 */
export function sendRaw(origin: string, req: RawRequest, timeoutMs: number): Promise<RawReply> {
  const url = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (reply: Omit<RawReply, "ms">) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...reply, ms: performance.now() - started });
    };
    const r = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.target,
        headers: { ...(req.body ? { "content-length": String(req.body.length) } : {}), ...req.headers, connection: "close" },
        localAddress: req.localAddress,
        agent: false,
        // Hostile header values and targets are the point; Node would refuse to send some of them otherwise.
        insecureHTTPParser: true,
        // Next.js echoes the target in a redirect's Location and Refresh headers (a dot segment, a trailing
        // slash), so a request near the server's 16 KB limit gets ~2x that back: read it rather than fail.
        maxHeaderSize: 64 * 1024,
      },
      (res) => {
        res.on("data", () => {});
        res.on("end", () => finish({ status: res.statusCode ?? 0 }));
        res.on("error", (e) => finish({ status: res.statusCode ?? 0, error: e.message }));
      },
    );
    const timer = setTimeout(() => {
      r.destroy();
      finish({ status: 0, error: `no complete answer within ${timeoutMs} ms` });
    }, timeoutMs);
    r.on("error", (e) => finish({ status: 0, error: e.message }));
    r.end(req.body);
  });
}
