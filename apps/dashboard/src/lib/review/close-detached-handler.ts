import type { PrismaClient } from "@framewatch/db";
import { closeDetachedDecision } from "@framewatch/db/review";
import type { SignedInUser } from "@/lib/auth/authorize";
import { withDatabase } from "@/lib/http/database-unavailable";
import { decisionResponse, readReviewBody } from "./review-write";

/** A decision id and a note of at most 2,000 characters. */
export const MAX_CLOSE_BODY_BYTES = 8 * 1024;
const EXAMPLE = '{"decisionId": 12, "note": "the new analysis reads it right"}';
const KEYS = new Set(["decisionId", "note"]);

/**
 * POST /api/review/detached: an editor closes a detached decision (looked at again, dealt with): a `close`
 * decision is appended that supersedes it (docs/review.md). Authorizes first (401, 403), then 415, 413, 400 (with
 * the `parameter`), 404 (no such decision), 409 (already closed or replaced: `current`), 201 with the close.
 */
export function closeDetachedHandler({ prisma, authorize }: { prisma: () => PrismaClient; authorize: (request: Request) => Promise<SignedInUser | Response> }) {
  return withDatabase(async function POST(request: Request) {
    const user = await authorize(request);
    if (user instanceof Response) return user;
    const body = await readReviewBody(request, MAX_CLOSE_BODY_BYTES, EXAMPLE, KEYS);
    if (body instanceof Response) return body;
    return decisionResponse(await closeDetachedDecision(prisma(), { decisionId: body.decisionId, note: body.note }, { id: user.id, name: user.name, email: user.email }));
  });
}
