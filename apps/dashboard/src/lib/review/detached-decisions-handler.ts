import type { PrismaClient } from "@framewatch/db";
import { MAX_PAGE_SIZE } from "@framewatch/db/queries";
import { listDetachedDecisions } from "@framewatch/db/review";
import { withDatabase } from "@/lib/http/database-unavailable";
import { takePageParams } from "@/lib/share/api-params";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * GET /api/review/detached?limit&cursor: the decisions a re-analysis could not re-attach, corpus-wide, most
 * recently detached first (`{items, total, limit, next, prev}`; each item a decision as the history shows it, plus
 * its article's `title` and `outlet`). `limit` 1-200 (default 50), `cursor` a previous answer's `next` / `prev`;
 * anything else is a 400 naming the parameter. Open, as an article's history is.
 */
export function detachedDecisionsHandler({ prisma }: { prisma: () => PrismaClient }) {
  return withDatabase(async function GET(request: Request) {
    const paged = takePageParams(new URL(request.url).searchParams, MAX_PAGE_SIZE, 50);
    if (!paged.ok) return json({ error: paged.error, parameter: paged.parameter }, paged.status);
    // `v` (the state version every link may carry) means nothing here but is not wrong.
    const unknown = [...paged.rest.keys()].find((k) => k !== "v");
    if (unknown !== undefined) return json({ error: `Unknown parameter "${unknown.slice(0, 40)}". Allowed: limit, cursor.`, parameter: unknown }, 400);
    return json(await listDetachedDecisions(prisma(), paged.page));
  });
}
