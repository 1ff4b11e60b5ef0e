import type { RecordDecisionResult, ReviewDecisionView } from "@framewatch/db/review";
import { BodyError } from "@/lib/http/read-json-body";
import { readJsonRequest } from "@/lib/http/read-json-request";

/** A JSON answer no cache keeps (a write's outcome). */
export const noStoreJson = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });
const json = noStoreJson;

/**
 * The JSON object a review write sends, or the refusal: 415 (not JSON), 413 (over `maxBytes`), 400 naming the
 * `parameter` (not an object, or a field outside `keys`). Shared by recording and closing decisions, which answer
 * their clients alike.
 */
export async function readReviewBody(request: Request, maxBytes: number, example: string, keys: ReadonlySet<string>): Promise<Record<string, unknown> | Response> {
  let body: unknown;
  try {
    body = await readJsonRequest(request, maxBytes, example);
  } catch (error) {
    if (error instanceof BodyError) return json({ error: error.message, parameter: "body" }, error.status);
    throw error;
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return json({ error: `Body must be a JSON object: ${example}.`, parameter: "body" }, 400);
  const extra = Object.keys(body).find((k) => !keys.has(k));
  if (extra !== undefined) return json({ error: `Unknown field "${extra.slice(0, 40)}". Allowed: ${[...keys].join(", ")}.`, parameter: extra.slice(0, 40) }, 400);
  return body as Record<string, unknown>;
}

/** A stored decision 201; invalid 400 with the field; 404; stale 409 with the decision that stands now. */
export function decisionResponse(result: Exclude<RecordDecisionResult, { status: "recorded" }> | { status: "recorded" | "closed"; decision: ReviewDecisionView }): Response {
  switch (result.status) {
    case "recorded":
    case "closed":
      return json({ decision: result.decision }, 201);
    case "invalid":
      return json({ error: result.error, parameter: result.field }, 400);
    case "not-found":
      return json({ error: result.error }, 404);
    case "stale":
      return json({ error: result.error, reason: "stale", current: result.current }, 409);
  }
}
