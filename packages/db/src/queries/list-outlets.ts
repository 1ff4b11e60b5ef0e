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

/** Every outlet (plus "Outlet unknown" when some article has none), in id order, with article counts. */
export async function listOutlets(prisma: PrismaClient): Promise<OutletListItem[]> {
  const [outlets, unknown] = await Promise.all([
    prisma.outlet.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, _count: { select: { articles: true } } } }),
    prisma.article.count({ where: { outletId: null } }),
  ]);
  const items: OutletListItem[] = outlets.map((o, i) => ({ id: o.id, name: o.name, colorIndex: i, articles: o._count.articles }));
  if (unknown > 0) items.push({ id: UNKNOWN_OUTLET_ID, name: "Outlet unknown", colorIndex: items.length, articles: unknown });
  return items;
}
