/**
 * POST /api/short-links {"path": "/claims", "query": "?scale=linear"} (or
 * {"url": "/claims?scale=linear"}) -> {"id", "path": "/s/<id>", "target"}.
 *
 * A Pages Router API route on purpose: it sees the TCP peer address
 * (`req.socket.remoteAddress`), which App Router handlers do not, and the
 * rate limit needs an address the client cannot choose (X-Forwarded-For is
 * whatever the client sends unless a trusted proxy rewrites it).
 *
 * Needs a signed-in account (any role). The checks live in lib/share/short-links-handler.ts; other methods get
 * 405 from the proxy (src/proxy.ts).
 */
import { authorizeWrite } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { readDashboardEnv } from "@/lib/env";
import { RateLimiter } from "@/lib/http/rate-limiter";
import { shortLinksHandler } from "@/lib/share/short-links-handler";

// Parsed by the handler, with its own limit, instead of by Next's body parser (1 MB, plain-text errors).
export const config = { api: { bodyParser: false } };

/**
 * Sharing is a click now and then: a burst of 20, then one link every 2 s per
 * client address. Kept in this process (see RateLimiter); behind a reverse
 * proxy every client shares the proxy's address, so rate-limit at the proxy there.
 */
const limiter = new RateLimiter({ capacity: 20, refillPerSecond: 0.5, maxClients: 10_000 });

export default shortLinksHandler({
  prisma: db,
  limiter,
  publicOrigin: readDashboardEnv().publicOrigin,
  authorize: (request) => authorizeWrite(request, "viewer"),
});
