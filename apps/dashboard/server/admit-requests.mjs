/**
 * Admission control for the front server: at most `concurrent` requests are
 * handed to Next.js at once; the rest wait in arrival order, and past `queue`
 * waiting ones a request is answered 503 with Retry-After at once.
 *
 * Why: rendering is CPU-bound JavaScript on one thread. Given 200 requests at
 * once, Node interleaves all 200 renders, so each takes as long as all of
 * them and some starve past any client's timeout (issue 10's load run: p99
 * 27 s and 61 timeouts on `/claims`); each render in flight also holds its
 * data, so memory grows with the number of clients (1.4 GB). In arrival
 * order, a request waits for the ones before it and no longer, and memory is
 * bounded by `concurrent`.
 *
 * Build assets (`/_next/static/`, the favicon) are files: they skip the queue,
 * so a page's scripts never wait behind other pages' renders. Import progress
 * streams skip it too (isProgressStream).
 */

/**
 * @typedef {{ concurrent: number; queue: number; retryAfterSeconds?: number }} AdmissionOptions
 * @typedef {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, handle: () => void) => void} Admit
 */

/**
 * An import's progress stream (GET /api/imports/[id]/events): open for as long as the run lasts, one small query a
 * second. In the line it would hold a render slot for minutes, and a few open progress pages would stall the
 * dashboard; it skips the line as build assets do.
 *
 * @param {string | undefined} url
 */
export function isProgressStream(url) {
  return url !== undefined && /^\/api\/imports\/[^/?#]+\/events\/?(?:\?|$)/u.test(url);
}

/** @param {string | undefined} url */
export function isStaticAsset(url) {
  return url !== undefined && (url.startsWith("/_next/static/") || url === "/favicon.ico");
}

/**
 * @param {AdmissionOptions} options
 * @returns {{ admit: Admit; stats: () => { active: number; waiting: number } }}
 */
export function createAdmission({ concurrent, queue, retryAfterSeconds = 2 }) {
  let active = 0;
  /** @type {{ res: import("node:http").ServerResponse; handle: () => void }[]} */
  const waiting = [];

  const next = () => {
    while (active < concurrent && waiting.length > 0) {
      const item = /** @type {(typeof waiting)[number]} */ (waiting.shift());
      // Its client went away while it waited: nobody is left to answer.
      if (item.res.destroyed || item.res.writableEnded) continue;
      start(item.res, item.handle);
    }
  };
  /** @param {import("node:http").ServerResponse} res @param {() => void} handle */
  const start = (res, handle) => {
    active++;
    // 'close' fires once, whether the response finished or the connection broke: the slot is freed either way.
    res.once("close", () => {
      active--;
      next();
    });
    handle();
  };

  /** @type {Admit} */
  const admit = (req, res, handle) => {
    if (isStaticAsset(req.url) || isProgressStream(req.url)) return handle();
    if (active < concurrent) return start(res, handle);
    if (waiting.length >= queue) {
      res.writeHead(503, { "content-type": "application/json", "retry-after": String(retryAfterSeconds), "cache-control": "no-store" });
      res.end(JSON.stringify({ error: "the dashboard is busy: too many requests waiting; retry shortly" }));
      return;
    }
    const item = { res, handle };
    waiting.push(item);
    // A client that gives up while waiting leaves the line at once, so the ones behind it move up.
    res.once("close", () => {
      const i = waiting.indexOf(item);
      if (i !== -1) waiting.splice(i, 1);
    });
  };
  return { admit, stats: () => ({ active, waiting: waiting.length }) };
}
