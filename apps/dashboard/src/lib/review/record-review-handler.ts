import type { PrismaClient } from "@framewatch/db";
import { recordDecision, type DecisionInput } from "@framewatch/db/review";
import type { SignedInUser } from "@/lib/auth/authorize";
import { withDatabase } from "@/lib/http/database-unavailable";
import { BodyError } from "@/lib/http/read-json-body";
import { readJsonRequest } from "@/lib/http/read-json-request";

/** One decision is a few hundred bytes (an added claim's fields and anchor, a note). */
export const MAX_REVIEW_BODY_BYTES = 8 * 1024;

const EXAMPLE = '{"articleId": 1, "kind": "claim", "action": "accept", "factId": 12, "basedOn": null}';
const KEYS = new Set(["articleId", "kind", "action", "factId", "addedId", "basedOn", "reason", "note", "fields", "anchor"]);

export interface RecordReviewHandlerOptions {
  prisma: () => PrismaClient;
  /** Who may review: the signed-in editor, or the refusal (401/403). The route passes authorizeWrite(request, "editor"). */
  authorize: (request: Request) => Promise<SignedInUser | Response>;
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * POST /api/reviews: records one decision (accept, reject with a reason, correct fields, add a missed fact).
 * Authorizes first, before the body is read; then 415 (not JSON), 413 (too large), 400 (malformed, with the
 * field), 404 (no such article or added fact), 409 (someone decided since `basedOn`, or the fact was re-analysed:
 * the standing decision comes back), 201 with the stored decision.
 */
export function recordReviewHandler({ prisma, authorize }: RecordReviewHandlerOptions) {
  return withDatabase(async function POST(request: Request) {
    const user = await authorize(request);
    if (user instanceof Response) return user;
    let body: unknown;
    try {
      body = await readJsonRequest(request, MAX_REVIEW_BODY_BYTES, EXAMPLE);
    } catch (error) {
      if (error instanceof BodyError) return json({ error: error.message, parameter: "body" }, error.status);
      throw error;
    }
    if (!body || typeof body !== "object" || Array.isArray(body)) return json({ error: `Body must be a JSON object: ${EXAMPLE}.`, parameter: "body" }, 400);
    const extra = Object.keys(body).find((k) => !KEYS.has(k));
    if (extra !== undefined) return json({ error: `Unknown field "${extra.slice(0, 40)}". Allowed: ${[...KEYS].join(", ")}.`, parameter: extra.slice(0, 40) }, 400);
    const input = body as DecisionInput;
    if (!("basedOn" in input)) return json({ error: "basedOn is required: the decision you saw on the fact, or null.", parameter: "basedOn" }, 400);
    const result = await recordDecision(prisma(), input, { id: user.id, name: user.name, email: user.email });
    switch (result.status) {
      case "recorded":
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
