import { Prisma } from "../generated/prisma/client";

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

/** The articles of one outlet (UNKNOWN_OUTLET_ID: articles with no outlet) that pass the filters: a chart cell's rows. */
export function outletArticleWhere(filters: Filters, outletId: number): Prisma.ArticleWhereInput {
  return { AND: [articleWhere(filters), { outletId: outletId === UNKNOWN_OUTLET_ID ? null : outletId }] };
}

/** The article-level part of the filters (outlets, date range) as a Prisma where clause. */
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

/**
 * The article-level part of the filters as SQL on the alias `a` ("Article"):
 * outlets (0 = unknown), and the publication interval overlapping [from, to].
 * TRUE when nothing is filtered.
 */
export function articleCondition(filters: Filters = {}, alias = "a"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  const parts: Prisma.Sql[] = [];
  const ids = filters.outletIds ?? [];
  if (ids.length > 0) {
    const known = ids.filter((id) => id !== UNKNOWN_OUTLET_ID);
    const or: Prisma.Sql[] = [];
    if (known.length > 0) or.push(Prisma.sql`${a}."outletId" IN (${Prisma.join(known)})`);
    if (ids.includes(UNKNOWN_OUTLET_ID)) or.push(Prisma.sql`${a}."outletId" IS NULL`);
    parts.push(Prisma.sql`(${Prisma.join(or, " OR ")})`);
  }
  let from = day(filters.from);
  let to = day(filters.to);
  if (from && to && from > to) [from, to] = [to, from];
  if (from) parts.push(Prisma.sql`${a}."publishedLatest" >= ${isoDay(from)}::date`);
  if (to) parts.push(Prisma.sql`${a}."publishedEarliest" <= ${isoDay(to)}::date`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** The claim-level filters (claimant types, referents) as SQL on the alias `f` ("FighterClaim" or "RollupClaim"). */
export function claimCondition(filters: Filters = {}, alias = "f"): Prisma.Sql {
  const f = Prisma.raw(`"${alias}"`);
  const parts: Prisma.Sql[] = [];
  if (has(filters.claimantTypes)) parts.push(Prisma.sql`${f}."claimantType" IN (${Prisma.join([...filters.claimantTypes])})`);
  if (has(filters.referents)) parts.push(Prisma.sql`${f}."refersTo" IN (${Prisma.join([...filters.referents])})`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
