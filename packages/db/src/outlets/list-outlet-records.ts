import type { PrismaClient } from "../client";

export interface OutletRecord {
  id: number;
  name: string;
  /** Former names that now resolve to this outlet (renamed from, merged in), alphabetical. */
  aliases: string[];
  /** Articles stored under it now: counted from the articles, not the rollups, so a merge can be confirmed exactly. */
  articles: number;
}

export interface OutletRecordPage {
  items: OutletRecord[];
  /** Outlets matching the search, over all pages. */
  total: number;
}

/** Most outlets listed at once. */
export const MAX_OUTLET_PAGE = 500;

/**
 * Outlets for the admin page and `corpus outlet list`: alphabetical, with
 * their former names and article counts, optionally only those whose name
 * or a former name contains `q` (case-insensitive), a page at a time.
 */
export async function listOutletRecords(
  prisma: PrismaClient,
  options: { q?: string; limit?: number; offset?: number } = {},
): Promise<OutletRecordPage> {
  const q = (options.q ?? "").trim();
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? MAX_OUTLET_PAGE)), MAX_OUTLET_PAGE);
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const rows = await prisma.$queryRaw<(OutletRecord & { total: number })[]>`
    WITH matched AS (
      SELECT o."id", o."name" FROM "Outlet" o
       WHERE ${q} = '' OR o."name" ILIKE ${pattern}
          OR EXISTS (SELECT 1 FROM "OutletAlias" a WHERE a."outletId" = o."id" AND a."name" ILIKE ${pattern})
    )
    SELECT m."id", m."name",
           ARRAY(SELECT a."name" FROM "OutletAlias" a WHERE a."outletId" = m."id" ORDER BY lower(a."name"), a."name") AS aliases,
           (SELECT count(*) FROM "Article" a WHERE a."outletId" = m."id")::int AS articles,
           (count(*) OVER ())::int AS total
      FROM matched m
     ORDER BY lower(m."name"), m."name", m."id"
     LIMIT ${limit} OFFSET ${offset}`;
  let total = rows[0]?.total;
  if (total === undefined) {
    // Past the last page (or nothing matches): the count still answers "how many".
    total = offset === 0 ? 0 : (await listOutletRecords(prisma, { q, limit: 1, offset: 0 })).total;
  }
  return { items: rows.map(({ total: _total, ...item }) => item), total };
}
