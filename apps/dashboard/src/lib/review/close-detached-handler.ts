import type { PrismaClient } from "@framewatch/db";
import { closeDetachedDecision } from "@framewatch/db/review";
import type { SignedInUser } from "@/lib/auth/authorize";
import { withDatabase } from "@/lib/http/database-unavailable";
import { BodyError } from "@/lib/http/read-json-body";
import { readJsonRequest } from "@/lib/http/read-json-request";

/** A decision id and a note of at most 2,000 characters. */
export const MAX_CLOSE_BODY_BYTES = 8 * 1024;
const EXAMPLE = '{"decisionId": 12, "note": "the new analysis reads it right"}';
const KEYS = new Set(["decisionId", "note"]);
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * POST /api/review/detached: an editor closes a detached decision (looked at again, dealt with): a `close`
 * decision is appended that supersedes it (docs/review.md). Authorizes first (401, 403), then 415, 413, 400 (with
 * the `parameter`), 404 (no such decision), 409 (already closed or replaced: `current`), 201 with the close.
 */
export function closeDetachedHandler({ prisma, authorize }: { prisma: () => PrismaClient; authorize: (request: Request) => Promise<SignedInUser | Response> }) {
  return withDatabase(async function POST(request: Request) {
    const user = await authorize(request);
    if (user instanceof Response) return user;
    let body: unknown;
    try {
      body = await readJsonRequest(request, MAX_CLOSE_BODY_BYTES, EXAMPLE);
    } catch (error) {
      if (error instanceof BodyError) return json({ error: error.message, parameter: "body" }, error.status);
      throw error;
    }
    if (!body || typeof body !== "object" || Array.isArray(body)) return json({ error: `Body must be a JSON object: ${EXAMPLE}.`, parameter: "body" }, 400);
    const extra = Object.keys(body).find((k) => !KEYS.has(k));
    if (extra !== undefined) return json({ error: `Unknown field "${extra.slice(0, 40)}". Allowed: decisionId, note.`, parameter: extra.slice(0, 40) }, 400);
    const input = body as { decisionId?: unknown; note?: unknown };
    const result = await closeDetachedDecision(prisma(), { decisionId: input.decisionId, note: input.note }, { id: user.id, name: user.name, email: user.email });
    switch (result.status) {
      case "closed":
        return json({ decision: result.decision }, 201);
      case "invalid":
        return json({ error: result.error, parameter: result.field }, 400);
      case "not-found":
        return json({ error: result.error }, 404);
      case "stale":
        return json({ error: result.error, reason: "stale", current: result.current }, 409);
    }
  });
}
