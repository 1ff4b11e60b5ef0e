import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { bucketCondition } from "../rollups/select-buckets";
import { articleCondition, type Filters } from "./filters";
import { decodeCursor, pageSize, toPage, type Cursor, type CursorKey, type Page, type PageRequest } from "./pagination";

export interface ArticleListItem {
  id: number;
  title: string | null;
  source: string;
  outlet: string | null;
  publishedDate: string | null;
  publishedPrecision: "day" | "month" | "year" | null;
  claims: number;
  attacks: number;
}

/** Orders of the article list; undated (or untitled) articles come last in each. */
export const ARTICLE_SORTS = ["newest", "oldest", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export interface ArticleListQuery extends PageRequest {
  /** Words to find in the title or the source (case-insensitive substring); empty = every article. */
  q?: string | null;
  sort?: ArticleSort;
}

interface Row extends Omit<ArticleListItem, "claims" | "attacks"> {
  sortKey: string | null;
  claims: number;
  attacks: number;
}

/** `%` and `_` are wildcards in LIKE; a search for "100%" means the characters. */
const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the stored articles the filters (outlets, dates) and the
 * search keep, in the chosen order, with fact counts. Keyset pagination on
 * (sort key, id); the sort key may be null (undated, untitled), and those
 * articles follow the others, so each page reads the keyed part and the
 * null part as two index-ordered queries. `total` comes from the rollups
 * unless there is a search.
 */
export async function listArticles(prisma: PrismaClient, filters: Filters = {}, query: ArticleListQuery = {}): Promise<Page<ArticleListItem>> {
  const limit = pageSize(query.limit);
  const sort = query.sort ?? "newest";
  const q = query.q?.trim() ?? "";
  const cursor = decodeCursor(query.cursor, 2);
  const valid = cursor !== null && (cursor.key[0] === null || typeof cursor.key[0] === "string") && typeof cursor.key[1] === "number" ? cursor : null;

  const key = sort === "title" ? Prisma.sql`a."title"` : Prisma.sql`a."publishedEarliest"`;
  const keyText = sort === "title" ? Prisma.sql`a."title"` : Prisma.sql`to_char(a."publishedEarliest", 'YYYY-MM-DD')`;
  const keyParam = (v: string) => (sort === "title" ? Prisma.sql`${v}` : Prisma.sql`${v}::date`);
  const desc = sort === "newest";
  const where = Prisma.sql`${articleCondition(filters)}${q ? Prisma.sql` AND (a."title" ILIKE ${likePattern(q)} OR a."source" ILIKE ${likePattern(q)})` : Prisma.empty}`;

  // Walking backwards ("before" cursor) reads in reverse list order.
  const backwards = valid?.dir === "before";
  const ascending = desc === backwards;
  const dir = ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const cmp = ascending ? Prisma.sql`>` : Prisma.sql`<`;
  const [ck, cid] = (valid?.key ?? [null, null]) as [string | null, number | null];

  const select = (condition: Prisma.Sql, order: Prisma.Sql) => prisma.$queryRaw<Row[]>`
    SELECT a."id", a."title", a."source", o."name" AS outlet, a."publishedDate", a."publishedPrecision"::text AS "publishedPrecision",
           ${keyText} AS "sortKey",
           (SELECT count(*) FROM "FighterClaim" f WHERE f."articleId" = a."id")::int AS claims,
           (SELECT count(*) FROM "AttackMention" m WHERE m."articleId" = a."id")::int AS attacks
      FROM "Article" a LEFT JOIN "Outlet" o ON o."id" = a."outletId"
     WHERE ${where} AND ${condition}
     ORDER BY ${order}
     LIMIT ${limit + 1}`;
  const keyed = (): Promise<Row[]> => {
    const after = valid && ck !== null ? Prisma.sql` AND (${key}, a."id") ${cmp} (${keyParam(ck)}, ${cid})` : Prisma.empty;
    return select(Prisma.sql`${key} IS NOT NULL${after}`, Prisma.sql`${key} ${dir}, a."id" ${dir}`);
  };
  const unkeyed = (): Promise<Row[]> => {
    const after = valid && ck === null ? Prisma.sql` AND a."id" ${cmp} ${cid}` : Prisma.empty;
    return select(Prisma.sql`${key} IS NULL${after}`, Prisma.sql`a."id" ${dir}`);
  };

  // List order: keyed rows, then unkeyed ones. A cursor inside the unkeyed part
  // going forward (or inside the keyed part going back) never leaves it.
  let rows: Row[];
  if (!backwards) {
    rows = valid && ck === null ? [] : await keyed();
    if (rows.length <= limit) rows = [...rows, ...(await unkeyed())];
  } else {
    rows = ck !== null ? [] : await unkeyed();
    if (rows.length <= limit) rows = [...rows, ...(await keyed())];
  }
  const total = q ? await countMatches(prisma, where) : await countArticles(prisma, filters);
  const page = toPage(rows.slice(0, limit + 1), { limit, cursor: valid as Cursor | null }, total, (r): CursorKey => [r.sortKey, r.id]);
  return {
    ...page,
    items: page.items.map(({ sortKey: _key, ...r }) => ({
      ...r,
      publishedPrecision: r.publishedPrecision as ArticleListItem["publishedPrecision"],
    })),
  };
}

async function countMatches(prisma: PrismaClient, where: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Article" a WHERE ${where}`;
  return row?.n ?? 0;
}

/** Articles the outlet/date filters keep, from the rollups. */
export async function countArticles(prisma: PrismaClient, filters: Filters = {}): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT coalesce(sum(b."articles"), 0)::int AS n FROM "RollupBucket" b WHERE ${bucketCondition(filters)}`;
  return row?.n ?? 0;
}
