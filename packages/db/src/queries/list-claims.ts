import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { articleCondition, claimCondition, type Filters } from "./filters";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "./pagination";
import { countClaims } from "./count-claims";
import { claimSource, DEFAULT_FACT_MODE, OUTER_ARTICLE, reviewedArticles, type FactMode, type ReviewState } from "./fact-mode";

export interface ClaimListItem {
  /** FighterClaim id; an analyst's added claim has the negated id of its add decision. */
  id: number;
  articleId: number;
  /** Position in the article's claim list. */
  ordinal: number;
  articleTitle: string;
  /** Outlet id (null = unknown) and name. */
  outletId: number | null;
  outletName: string | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  claimant: string;
  claimantType: string;
  refersTo: string;
  quantityText: string;
  /** "title" when the claim was read in the headline: the sentence offsets then index the title. */
  section: "body" | "title";
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  publishedDate: string | null;
  publishedPrecision: "day" | "month" | "year" | null;
  /** ISO days of the publication interval; null when the article is undated. */
  publishedEarliest: string | null;
  publishedLatest: string | null;
  /** The claim's review state in the mode it was read in ("unreviewed" throughout machine mode). */
  review: ReviewState;
}

/** A claim as the timeline draws it: everything but the sentence. */
export type TimelineClaim = Omit<ClaimListItem, "sentence">;

interface ClaimRow extends Omit<ClaimListItem, "section" | "articleTitle"> {
  title: string | null;
  source: string;
  section: string;
}

/**
 * The claims a timeline places (a number and a dated article) that pass the
 * filters, as SQL on `a` and `f`. In reviewed mode only articles holding a
 * decision can have any: saying so spares walking every other article.
 */
export function plottedClaimCondition(filters: Filters, mode: FactMode = "machine"): Prisma.Sql {
  const reviewed = mode === "reviewed" ? Prisma.sql` AND a."id" IN (${reviewedArticles("claim")})` : Prisma.empty;
  return Prisma.sql`${articleCondition(filters)} AND a."publishedEarliest" IS NOT NULL AND (f."low" IS NOT NULL OR f."high" IS NOT NULL) AND ${claimCondition(filters)}${reviewed}`;
}

const SELECT_CLAIM = (sentence: boolean) => Prisma.sql`
  f."id", f."articleId", f."ordinal", a."title", a."source", a."outletId", o."name" AS "outletName", f."low", f."high", f."qualifier", f."unit",
  f."claimant", f."claimantType", f."refersTo", f."quantityText", f."section", ${sentence ? Prisma.sql`f."sentence"` : Prisma.sql`NULL::text`} AS sentence,
  f."sentenceStart", f."sentenceEnd", f."review", a."publishedDate", a."publishedPrecision"::text AS "publishedPrecision",
  to_char(a."publishedEarliest", 'YYYY-MM-DD') AS "publishedEarliest", to_char(a."publishedLatest", 'YYYY-MM-DD') AS "publishedLatest"`;

function toItem(r: ClaimRow): ClaimListItem {
  const { title, source, ...rest } = r;
  return {
    ...rest,
    articleTitle: title ?? source,
    section: r.section === "title" ? "title" : "body",
    publishedPrecision: r.publishedPrecision,
  };
}

/**
 * Claims the timeline places, in its order (oldest publication first, then
 * article and position), `limit` per page, with the sentence: the list
 * under the chart and `GET /api/claims`. Keyset on (publishedEarliest,
 * articleId, ordinal); `total` comes from the rollups.
 */
export async function listClaims(
  prisma: PrismaClient,
  filters: Filters = {},
  request: PageRequest = {},
  mode: FactMode = DEFAULT_FACT_MODE,
): Promise<Page<ClaimListItem>> {
  const limit = pageSize(request.limit);
  const cursor = decodeCursor(request.cursor, 3);
  const [e, articleId, ordinal] = cursor?.key ?? [];
  const valid = cursor !== null && typeof e === "string" && typeof articleId === "number" && typeof ordinal === "number";
  const after = valid && cursor.dir === "after";
  const keyset = !valid
    ? Prisma.sql`TRUE`
    : after
      ? Prisma.sql`(a."publishedEarliest", a."id") >= (${e}::date, ${articleId}) AND (a."publishedEarliest", a."id", f."ordinal") > (${e}::date, ${articleId}, ${ordinal})`
      : Prisma.sql`(a."publishedEarliest", a."id") <= (${e}::date, ${articleId}) AND (a."publishedEarliest", a."id", f."ordinal") < (${e}::date, ${articleId}, ${ordinal})`;
  const order = valid && !after ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const [rows, counts] = await Promise.all([
    prisma.$queryRaw<ClaimRow[]>`
      SELECT ${SELECT_CLAIM(true)}
        FROM "Article" a CROSS JOIN LATERAL (${claimSource(mode, OUTER_ARTICLE)}) f LEFT JOIN "Outlet" o ON o."id" = a."outletId"
       WHERE ${plottedClaimCondition(filters, mode)} AND ${keyset}
       ORDER BY a."publishedEarliest" ${order}, a."id" ${order}, f."ordinal" ${order}
       LIMIT ${limit + 1}`,
    countClaims(prisma, filters, mode),
  ]);
  return toPage(rows.map(toItem), { limit, cursor: valid ? cursor : null }, counts.plotted, (c) => [c.publishedEarliest, c.articleId, c.ordinal]);
}

/**
 * Every claim the timeline places, without sentences (they travel only with
 * what is on screen: the tooltip asks for one with `getClaim`). Callers only
 * use it when `countClaims(...).plotted` is small (see MAX_CLAIM_MARKS).
 */
export async function listPlottedClaims(prisma: PrismaClient, filters: Filters, max: number, mode: FactMode = DEFAULT_FACT_MODE): Promise<TimelineClaim[]> {
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    SELECT ${SELECT_CLAIM(false)}
      FROM "Article" a CROSS JOIN LATERAL (${claimSource(mode, OUTER_ARTICLE)}) f LEFT JOIN "Outlet" o ON o."id" = a."outletId"
     WHERE ${plottedClaimCondition(filters, mode)}
     ORDER BY a."publishedEarliest", a."id", f."ordinal"
     LIMIT ${max}`;
  return rows.map((r) => {
    const { sentence: _none, ...claim } = toItem(r);
    return claim;
  });
}

/** One claim with its sentence (the timeline's tooltip), or null; a negative id names an added claim, a rejected one is absent outside machine mode. */
export async function getClaim(prisma: PrismaClient, id: number, mode: FactMode = DEFAULT_FACT_MODE): Promise<ClaimListItem | null> {
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    SELECT ${SELECT_CLAIM(true)}
      FROM (${claimSource(mode)}) f JOIN "Article" a ON a."id" = f."articleId" LEFT JOIN "Outlet" o ON o."id" = a."outletId"
     WHERE f."id" = ${id}`;
  return rows[0] ? toItem(rows[0]) : null;
}
