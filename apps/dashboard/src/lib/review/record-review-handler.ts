import type { PrismaClient } from "@framewatch/db";
import { recordDecision, type DecisionInput } from "@framewatch/db/review";
import type { SignedInUser } from "@/lib/auth/authorize";
import { withDatabase } from "@/lib/http/database-unavailable";
import { decisionResponse, noStoreJson, readReviewBody } from "./review-write";

/** One decision is a few hundred bytes (an added claim's fields and anchor, a note). */
export const MAX_REVIEW_BODY_BYTES = 8 * 1024;

const EXAMPLE = '{"articleId": 1, "kind": "claim", "action": "accept", "factId": 12, "basedOn": null}';
const KEYS = new Set(["articleId", "kind", "action", "factId", "addedId", "basedOn", "reason", "note", "fields", "anchor"]);

export interface RecordReviewHandlerOptions {
  prisma: () => PrismaClient;
  /** Who may review: the signed-in editor, or the refusal (401/403). The route passes authorizeWrite(request, "editor"). */
  authorize: (request: Request) => Promise<SignedInUser | Response>;
}

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
    const body = await readReviewBody(request, MAX_REVIEW_BODY_BYTES, EXAMPLE, KEYS);
    if (body instanceof Response) return body;
    const input = body as unknown as DecisionInput;
    if (!("basedOn" in input)) return noStoreJson({ error: "basedOn is required: the decision you saw on the fact, or null.", parameter: "basedOn" }, 400);
    return decisionResponse(await recordDecision(prisma(), input, { id: user.id, name: user.name, email: user.email }));
  });
}
