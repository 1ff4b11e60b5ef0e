import type { PrismaClient } from "../client";
import { UNKNOWN_OUTLET_ID } from "./filters";

export interface OutletListItem {
  /** Outlet id; 0 = articles whose outlet is unknown. */
  id: number;
  name: string;
  /** Stable colour slot: rank in the full outlet list, whatever the filters. */
  colorIndex: number;
  articles: number;
}

/**
 * Every outlet with articles (plus "Outlet unknown" when some article has
 * none), in id order, with article counts from the per-outlet rollups (one
 * row each). An outlet left without articles (its import deleted, but kept
 * for the former names an admin gave it) is not offered: there is nothing
 * to see. Colour slots are ranks among all outlets, so they do not move.
 */
export async function listOutlets(prisma: PrismaClient): Promise<OutletListItem[]> {
  const rows = await prisma.$queryRaw<{ id: number; name: string; articles: number }[]>`
    SELECT o."id", o."name", coalesce(b."articles", 0)::int AS articles
      FROM "Outlet" o LEFT JOIN "RollupBucket" b ON b."level" = 2 AND b."outletId" = o."id"
     ORDER BY o."id"`;
  const [unknown] = await prisma.$queryRaw<{ articles: number }[]>`
    SELECT coalesce(sum("articles"), 0)::int AS articles FROM "RollupBucket" WHERE "level" = 2 AND "outletId" = 0`;
  const items: OutletListItem[] = rows.map((o, i) => ({ id: o.id, name: o.name, colorIndex: i, articles: o.articles })).filter((o) => o.articles > 0);
  if ((unknown?.articles ?? 0) > 0) {
    items.push({ id: UNKNOWN_OUTLET_ID, name: "Outlet unknown", colorIndex: rows.length, articles: unknown!.articles });
  }
  return items;
}
