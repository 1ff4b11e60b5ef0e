import type { Prisma } from "../client";

/**
 * The dashboard's shared filters, as every aggregate query takes them.
 * Empty arrays / nulls mean "no restriction". Outlet id 0 stands for
 * articles whose outlet is unknown.
 */
export interface Filters {
  outletIds?: readonly number[];
  /** ISO day; articles whose publication interval ends before it are out. */
  from?: string | null;
  /** ISO day; articles whose publication interval starts after it are out. */
  to?: string | null;
  claimantTypes?: readonly string[];
  referents?: readonly string[];
  attackTypes?: readonly string[];
}

export const UNKNOWN_OUTLET_ID = 0;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(iso: string | null | undefined): Date | null {
  if (!iso || !ISO_DAY.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The article-level part of the filters (outlets, date range) as a Prisma where clause. */
/** The articles of one outlet (UNKNOWN_OUTLET_ID: articles with no outlet) that pass the filters: a chart cell's rows. */
export function outletArticleWhere(filters: Filters, outletId: number): Prisma.ArticleWhereInput {
  return { AND: [articleWhere(filters), { outletId: outletId === UNKNOWN_OUTLET_ID ? null : outletId }] };
}

export function articleWhere(filters: Filters = {}): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [];
  const ids = filters.outletIds ?? [];
  if (ids.length > 0) {
    const known = ids.filter((id) => id !== UNKNOWN_OUTLET_ID);
    const or: Prisma.ArticleWhereInput[] = [];
    if (known.length > 0) or.push({ outletId: { in: known } });
    if (ids.includes(UNKNOWN_OUTLET_ID)) or.push({ outletId: null });
    and.push({ OR: or });
  }
  const from = day(filters.from);
  const to = day(filters.to);
  // Overlap of the article's possible publication interval with [from, to].
  if (from) and.push({ publishedLatest: { gte: from } });
  if (to) and.push({ publishedEarliest: { lte: to } });
  return and.length > 0 ? { AND: and } : {};
}

/** Outlet key the charts use: the outlet id as a string, "0" for unknown. */
export function outletKey(outletId: number | null): string {
  return String(outletId ?? UNKNOWN_OUTLET_ID);
}

export const has = (list: readonly string[] | undefined): list is readonly string[] => (list?.length ?? 0) > 0;
