import type { PrismaClient } from "../client";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "../queries/pagination";
import type { ReviewDecisionView } from "./review-types";
import { toDecisionView } from "./to-decision-view";

/** A detached decision with the article it is about, as the second-look list shows it. */
export interface DetachedDecision extends ReviewDecisionView {
  title: string | null;
  outlet: string | null;
}

/**
 * The decisions a re-analysis could not re-attach and nobody has dealt with
 * since (not superseded): "for a second look", most recently detached first
 * (`detachedAt`, then id, descending), in keyset pages of at most 200 along
 * the `(detachedAt, id)` index, so a page reads `limit + 1` index entries
 * (plus the superseded ones it skips) whatever the log's size; all articles,
 * or one. `total` counts them, again from that index (detached decisions
 * are few: one re-analysis's leftovers of human-paced decisions).
 */
export async function listDetachedDecisions(prisma: PrismaClient, request: PageRequest & { articleId?: number } = {}): Promise<Page<DetachedDecision>> {
  const limit = pageSize(request.limit);
  const cursor = decodeCursor(request.cursor, 2);
  const valid = cursor && typeof cursor.key[0] === "number" && typeof cursor.key[1] === "number" ? cursor : null;
  const backwards = valid?.dir === "before";
  const article = request.articleId != null ? Prisma.sql` AND d."articleId" = ${request.articleId}` : Prisma.empty;
  const after = valid
    ? Prisma.sql` AND (d."detachedAt", d."id") ${backwards ? Prisma.raw(">") : Prisma.raw("<")} (${new Date(valid.key[0] as number)}::timestamptz, ${valid.key[1] as number})`
    : Prisma.empty;
  const order = backwards ? Prisma.raw(`ASC`) : Prisma.raw(`DESC`);
  const [ids, counted] = await Promise.all([
    prisma.$queryRaw<{ id: number }[]>`
      SELECT d."id" FROM "ReviewDecision" d
       WHERE d."detachedAt" IS NOT NULL AND d."supersededById" IS NULL${article}${after}
       ORDER BY d."detachedAt" ${order}, d."id" ${order}
       LIMIT ${limit + 1}`,
    prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ReviewDecision" d WHERE d."detachedAt" IS NOT NULL AND d."supersededById" IS NULL${article}`,
  ]);
  const rows = await prisma.reviewDecision.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    include: { article: { select: { title: true, outlet: { select: { name: true } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { article: a, ...decision } = row;
    return [{ ...toDecisionView(decision), title: a.title, outlet: a.outlet?.name ?? null }];
  });
  return toPage(items, { limit, cursor: valid }, counted[0]?.n ?? 0, (d) => [Date.parse(d.detachedAt!), d.id]);
}
