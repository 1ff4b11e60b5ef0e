import type { IncomingMessage, ServerResponse } from "node:http";
import type { PrismaClient } from "@framewatch/db";
import { noteDatabaseError } from "@/lib/database-health";
import { checkSameOrigin } from "@/lib/http/check-same-origin";
import { UNAVAILABLE_HEADERS, unavailableBody } from "@/lib/http/database-unavailable";
import { clientKey, type RateLimiter } from "@/lib/http/rate-limiter";
import { BodyError, readJsonBody } from "@/lib/http/read-json-body";
import { toFetchRequest } from "@/lib/http/to-fetch-request";
import type { SignedInUser } from "@/lib/auth/create-authorizer";
import { createShortLink } from "./create-short-link";

/** The largest body read: a real request is under 300 bytes; the state itself is capped at 2 KB. */
export const MAX_BODY_BYTES = 8 * 1024;

export interface ShortLinksHandlerOptions {
  prisma: () => PrismaClient;
  limiter: RateLimiter;
  /** The configured public origin (see env.ts), accepted as a same origin besides the request's Host. */
  publicOrigin: string;
  /** authorizeWrite(request, "viewer") in the app: any signed-in account may shorten a link. */
  authorize: (request: Request) => Promise<SignedInUser | Response>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  // A refused upload may still be arriving: close rather than read it.
  if (status === 413) res.setHeader("connection", "close");
  res.end(JSON.stringify(body));
}

/**
 * The POST /api/short-links handler on plain Node request/response objects.
 * Checks, cheapest first, each with its own JSON error: same origin (403),
 * a signed-in account (401; 403 until its one-time password is replaced), rate limit (429), JSON content type (415), body size (413), body shape and
 * view state against the schema and the database (400, 413).
 */
export function shortLinksHandler({ prisma, limiter, publicOrigin, authorize }: ShortLinksHandlerOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const refused = checkSameOrigin(header, publicOrigin);
    if (refused) return send(res, 403, { error: `Short links can only be created from Framewatch itself: ${refused}.` });

    // Stored links are writes: anyone may copy a view's full URL, but storing one takes an account.
    const user = await authorize(toFetchRequest(req));
    if (user instanceof Response) return send(res, user.status, await user.json());

    const rate = limiter.take(clientKey(req.socket.remoteAddress));
    if (!rate.allowed) {
      return send(res, 429, { error: `Too many short links from this address; try again in ${rate.retryAfterSeconds} s.` }, { "retry-after": String(rate.retryAfterSeconds) });
    }

    let input: unknown;
    try {
      input = await readJsonBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyError) return send(res, error.status, { error: error.message, parameter: "body" });
      throw error;
    }

    try {
      const result = await createShortLink(prisma(), input);
      return send(res, result.status, result.body);
    } catch (error) {
      // Validation never throws; what does is the database being unreachable.
      if (!noteDatabaseError(error)) throw error;
      return send(res, 503, unavailableBody("the short link was not stored"), UNAVAILABLE_HEADERS);
    }
  };
}
