import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { bucketCondition, joinRollupDetail } from "../rollups/select-buckets";
import { articleCondition, UNKNOWN_OUTLET_ID, type Filters } from "./filters";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "./pagination";

export interface FramingEvidenceQuery extends PageRequest {
  /** "naming" | "actor_label" | "sourcing" | "threat" | "policy_frame" | "loaded_term". */
  dimension: string;
  /** Category within the dimension; null/undefined = every category (e.g. both sides of the threat index). */
  category?: string | null;
  /** Outlet id (0 = unknown outlet). */
  outletId: number;
}

export interface EvidenceItem {
  id: number;
  articleId: number;
  /** Position of the fact in its article (part of the list's order). */
  ordinal: number;
  articleTitle: string;
  category: string;
  rule: string;
  /** The matched words (or trigger) and its offsets in the article body. */
  matchText: string;
  matchStart: number;
  matchEnd: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Attack evidence: the mention's review state in the mode it was read in (framing is not reviewable). */
  review?: "unreviewed" | "accepted" | "corrected" | "added";
}

export type EvidenceList = Page<EvidenceItem>;

interface EvidenceRow extends Omit<EvidenceItem, "articleTitle"> {
  title: string | null;
  source: string;
}

/** The facts behind one chart cell: `table` rows of one outlet's articles that pass the filters, in article and text order. */
export async function listEvidence(
  prisma: PrismaClient,
  filters: Filters,
  query: PageRequest & { outletId: number },
  fact: { select: Prisma.Sql; from: Prisma.Sql; where: Prisma.Sql; total: Prisma.Sql },
): Promise<EvidenceList> {
  const limit = pageSize(query.limit);
  const cursor = decodeCursor(query.cursor, 2);
  const [articleId, ordinal] = cursor?.key ?? [];
  const valid = cursor !== null && typeof articleId === "number" && typeof ordinal === "number" ? cursor : null;
  const forward = valid?.dir !== "before";
  const cmp = forward ? Prisma.sql`>` : Prisma.sql`<`;
  const dir = forward ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  // The redundant bound on a.id lets the outlet's (outletId, id) index start at the cursor.
  const keyset = valid
    ? Prisma.sql`a."id" ${cmp}= ${articleId} AND (a."id", x."ordinal") ${cmp} (${articleId}, ${ordinal})`
    : Prisma.sql`TRUE`;
  const outlet = { ...filters, outletIds: [query.outletId === UNKNOWN_OUTLET_ID ? UNKNOWN_OUTLET_ID : query.outletId] };
  const [rows, [count]] = await Promise.all([
    prisma.$queryRaw<EvidenceRow[]>`
      SELECT x."id", x."articleId", x."ordinal", a."title", a."source", ${fact.select}, x."sentence", x."sentenceStart", x."sentenceEnd"
        FROM "Article" a JOIN ${fact.from} x ON x."articleId" = a."id"
       WHERE ${articleCondition(outlet)} AND ${fact.where} AND ${keyset}
       ORDER BY a."id" ${dir}, x."ordinal" ${dir}
       LIMIT ${limit + 1}`,
    prisma.$queryRaw<{ n: number }[]>`
      SELECT coalesce(sum(c."count"), 0)::int AS n
        FROM "RollupBucket" b ${joinRollupDetail("RollupCount")}
       WHERE ${bucketCondition(outlet)} AND ${fact.total}`,
  ]);
  const items = rows.map(({ title, source, ...r }) => ({ ...r, articleTitle: title ?? source }));
  return toPage(items, { limit, cursor: valid }, count?.n ?? 0, (e) => [e.articleId, e.ordinal]);
}

/**
 * The FramingSignal rows behind one chart cell (outlet x dimension x
 * category), a page at a time in article and text order; `total` (from the
 * rollups) counts them all and equals the chart's number.
 */
export async function listFramingEvidence(prisma: PrismaClient, filters: Filters, query: FramingEvidenceQuery): Promise<EvidenceList> {
  const category = query.category ? Prisma.sql` AND x."category" = ${query.category}` : Prisma.empty;
  const totalCategory = query.category ? Prisma.sql` AND c."key" = ${query.category}` : Prisma.empty;
  return listEvidence(prisma, filters, query, {
    select: Prisma.sql`x."category", x."rule", x."matchText", x."matchStart", x."matchEnd"`,
    from: Prisma.sql`"FramingSignal"`,
    where: Prisma.sql`x."dimension" = ${query.dimension}${category}`,
    total: Prisma.sql`c."kind" = ${query.dimension}${totalCategory}`,
  });
}
