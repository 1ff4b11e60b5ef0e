/**
 * The dashboard's reads, each cached per corpus version (see lib/cache.ts):
 * pages, embeds, unfurl images and the JSON API share these, so a chart or a
 * list computed for one of them is free for the others until the next import.
 */
import {
  getArticle,
  getAttackMatrix,
  getClaim,
  getClaimsTimeline,
  getCorpusSummary,
  getOutletFraming,
  listArticleAttacks,
  listArticleClaims,
  listArticleSignals,
  listArticles,
  listAttackEvidence,
  listClaims,
  listFramingEvidence,
  listOutlets,
  type ArticleListQuery,
  type FactMode,
  type Filters,
  type PageRequest,
} from "@framewatch/db/queries";
import { cached } from "./cache";
import { db } from "./db";

/** Filters as a cache key: lists in a fixed order, so `outlets=1,3` and `outlets=3,1` share an entry. */
export function filtersKey(f: Filters): string {
  const sorted = (xs: readonly (string | number)[] | undefined) => [...(xs ?? [])].map(String).sort();
  return JSON.stringify([sorted(f.outletIds), f.from ?? null, f.to ?? null, sorted(f.claimantTypes), sorted(f.referents), sorted(f.attackTypes)]);
}

const pageKey = (p: PageRequest) => `${p.limit ?? ""}:${p.cursor ?? ""}`;

export const loadOutlets = () => cached("rollups", "outlets", () => listOutlets(db()));
export const loadSummary = (f: Filters, mode: FactMode = "applied") => cached("rollups", `summary:${mode}:${filtersKey(f)}`, () => getCorpusSummary(db(), f, mode));
export const loadFraming = (f: Filters) => cached("rollups", `framing:${filtersKey(f)}`, () => getOutletFraming(db(), f));
// Claims and attacks in a fact mode (applied by default): every key names the mode; every version includes the newest review decision.
export const loadAttackMatrix = (f: Filters, mode: FactMode = "applied") => cached("rollups", `attacks:${mode}:${filtersKey(f)}`, () => getAttackMatrix(db(), f, mode));
/** Individual claims come from the fact tables, so the timeline is cached per fact version. */
export const loadClaimsTimeline = (f: Filters, groupBy: "claimantType" | "outlet", mode: FactMode = "applied") =>
  cached("facts", `timeline:${mode}:${groupBy}:${filtersKey(f)}`, () => getClaimsTimeline(db(), f, { groupBy, facts: mode }));

export const loadArticles = (f: Filters, q: ArticleListQuery) =>
  cached("facts", `articles:${filtersKey(f)}:${q.q ?? ""}:${q.sort ?? ""}:${pageKey(q)}`, () => listArticles(db(), f, q));
export const loadClaims = (f: Filters, p: PageRequest, mode: FactMode = "applied") =>
  cached("facts", `claims:${mode}:${filtersKey(f)}:${pageKey(p)}`, () => listClaims(db(), f, p, mode));
export const loadClaim = (id: number, mode: FactMode = "applied") => cached("facts", `claim:${mode}:${id}`, () => getClaim(db(), id, mode));
export const loadFramingEvidence = (f: Filters, q: Parameters<typeof listFramingEvidence>[2]) =>
  cached("facts", `framing-evidence:${filtersKey(f)}:${q.dimension}:${q.category ?? ""}:${q.outletId}:${pageKey(q)}`, () => listFramingEvidence(db(), f, q));
export const loadAttackEvidence = (f: Filters, q: Parameters<typeof listAttackEvidence>[2], mode: FactMode = "applied") =>
  cached("facts", `attack-evidence:${mode}:${filtersKey(f)}:${q.type}:${q.outletId}:${pageKey(q)}`, () => listAttackEvidence(db(), f, q, mode));

export const loadArticleClaims = (id: number, p: PageRequest, mode: FactMode) =>
  cached("facts", `article-claims:${mode}:${id}:${pageKey(p)}`, () => listArticleClaims(db(), id, p, mode));
export const loadArticleAttacks = (id: number, p: PageRequest, mode: FactMode) =>
  cached("facts", `article-attacks:${mode}:${id}:${pageKey(p)}`, () => listArticleAttacks(db(), id, p, mode));
export const loadArticleSignals = (id: number, p: PageRequest) => cached("facts", `article-signals:${id}:${pageKey(p)}`, () => listArticleSignals(db(), id, p));
export const loadArticle = (id: number) => cached("facts", `article:${id}`, () => getArticle(db(), id));
