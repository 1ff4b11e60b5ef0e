import type { PrismaClient } from "@framewatch/db";
import { listOutlets } from "@framewatch/db/queries";
import { getReviewProgress, listReviewQueue } from "@framewatch/db/review";
import { withDatabase } from "@/lib/http/database-unavailable";
import { validateListParams } from "@/lib/share/api-params";
import { toFilters } from "@/lib/view-state";
import { readQueueKind, REVIEW_QUEUE_FILTERS } from "./read-queue-kind";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * GET /api/review/queue?kind&outlets&from&to&claimants&attacks&limit&cursor: the facts no one has decided on,
 * least certain first (confidence, kind, id), `limit` 1-200 (default 50), `cursor` a previous answer's `next` or
 * `prev`; with `total` (every page) and `progress` (reviewed / total facts per outlet). Anything else, an unknown
 * outlet or a malformed value is a 400 naming the parameter. Open to every reader, as the facts themselves are.
 */
export function reviewQueueHandler({ prisma }: { prisma: () => PrismaClient }) {
  return withDatabase(async function GET(request: Request) {
    const params = new URL(request.url).searchParams;
    const kind = readQueueKind(params.get("kind"));
    if (kind === undefined) return json({ error: `Invalid value for "kind": "${(params.get("kind") ?? "").slice(0, 40)}" (claim or attack).`, parameter: "kind" }, 400);
    const rest = new URLSearchParams(params);
    rest.delete("kind");
    const outlets = await listOutlets(prisma());
    const checked = validateListParams("claims", rest, { knownOutletIds: outlets.map((o) => o.id), allowed: REVIEW_QUEUE_FILTERS });
    if (!checked.ok) return json({ error: checked.error, parameter: checked.parameter }, checked.status);
    const { outletIds, from, to, claimantTypes, attackTypes } = toFilters(checked.state);
    const [page, progress] = await Promise.all([
      listReviewQueue(prisma(), { kind, outletIds, from, to, claimantTypes, attackTypes }, checked.page),
      getReviewProgress(prisma()),
    ]);
    return json({ ...page, progress });
  });
}
