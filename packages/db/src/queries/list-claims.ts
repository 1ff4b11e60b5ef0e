import type { PrismaClient } from "../client";
import { articleWhere, has, type Filters } from "./filters";

export interface ClaimListItem {
  id: number;
  articleId: number;
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
}

export interface ClaimList {
  claims: ClaimListItem[];
  /** Claims in the articles the outlet/date filters keep, before the claim-level filters. */
  inArticles: number;
  /** Of those, how many the referent / claimant-type filter hides (a claim may be hidden by both). */
  hiddenByReferent: number;
  hiddenByClaimantType: number;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** Fighter-number claims for the filters, oldest publication first, with what the claim filters hid. */
export async function listClaims(prisma: PrismaClient, filters: Filters = {}): Promise<ClaimList> {
  const article = articleWhere(filters);
  const refWhere = has(filters.referents) ? { refersTo: { in: [...filters.referents] } } : {};
  const typeWhere = has(filters.claimantTypes) ? { claimantType: { in: [...filters.claimantTypes] } } : {};
  const [rows, inArticles, hiddenByReferent, hiddenByClaimantType] = await Promise.all([
    prisma.fighterClaim.findMany({
      where: { article, ...refWhere, ...typeWhere },
      include: {
        article: {
          select: {
            title: true,
            source: true,
            outletId: true,
            outlet: { select: { name: true } },
            publishedDate: true,
            publishedPrecision: true,
            publishedEarliest: true,
            publishedLatest: true,
          },
        },
      },
      orderBy: [{ article: { publishedEarliest: { sort: "asc", nulls: "last" } } }, { articleId: "asc" }, { ordinal: "asc" }],
    }),
    prisma.fighterClaim.count({ where: { article } }),
    has(filters.referents) ? prisma.fighterClaim.count({ where: { article, NOT: refWhere } }) : Promise.resolve(0),
    has(filters.claimantTypes) ? prisma.fighterClaim.count({ where: { article, NOT: typeWhere } }) : Promise.resolve(0),
  ]);
  return {
    inArticles,
    hiddenByReferent,
    hiddenByClaimantType,
    claims: rows.map((r) => ({
      id: r.id,
      articleId: r.articleId,
      articleTitle: r.article.title ?? r.article.source,
      outletId: r.article.outletId,
      outletName: r.article.outlet?.name ?? null,
      low: r.low,
      high: r.high,
      qualifier: r.qualifier,
      unit: r.unit,
      claimant: r.claimant,
      claimantType: r.claimantType,
      refersTo: r.refersTo,
      quantityText: r.quantityText,
      section: r.section === "title" ? "title" : "body",
      sentence: r.sentence,
      sentenceStart: r.sentenceStart,
      sentenceEnd: r.sentenceEnd,
      publishedDate: r.article.publishedDate,
      publishedPrecision: r.article.publishedPrecision,
      publishedEarliest: iso(r.article.publishedEarliest),
      publishedLatest: iso(r.article.publishedLatest),
    })),
  };
}
