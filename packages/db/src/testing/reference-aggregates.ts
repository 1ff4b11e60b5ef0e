import type { PrismaClient } from "../client";
import type { ClaimMonth } from "../queries/bin-claim-months";
import type { ClaimCounts } from "../queries/count-claims";
import { articleWhere, has, outletKey, type Filters } from "../queries/filters";

/**
 * What the rollup-backed queries must return, computed the slow, obvious
 * way: load every kept article with all its facts and add them up in
 * JavaScript. Tests only (small databases).
 */

const iso = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export async function loadKeptArticles(prisma: PrismaClient, filters: Filters) {
  return prisma.article.findMany({
    where: articleWhere(filters),
    orderBy: { id: "asc" },
    select: {
      id: true,
      outletId: true,
      outlet: { select: { name: true } },
      wordCount: true,
      framing: true,
      groupTerms: true,
      publishedEarliest: true,
      publishedLatest: true,
      claims: { select: { claimantType: true, refersTo: true, unit: true, low: true, high: true } },
      attacks: { select: { type: true } },
      signals: { select: { dimension: true, category: true } },
    },
  });
}

type Kept = Awaited<ReturnType<typeof loadKeptArticles>>;

/** Per outlet: articles, words, sentences, and counts per (dimension or "attack" or "group_term", category). */
export function referenceOutletTotals(articles: Kept) {
  const out = new Map<number, { key: string; name: string; articles: number; words: number; sentences: number; undated: number; claims: number; attacks: number; signals: number; earliest: string | null; latest: string | null; counts: Record<string, number>; articlesWith: Record<string, number> }>();
  for (const a of articles) {
    const id = a.outletId ?? 0;
    let o = out.get(id);
    if (!o) {
      o = { key: outletKey(a.outletId), name: a.outlet?.name ?? "Outlet unknown", articles: 0, words: 0, sentences: 0, undated: 0, claims: 0, attacks: 0, signals: 0, earliest: null, latest: null, counts: {}, articlesWith: {} };
      out.set(id, o);
    }
    o.articles += 1;
    o.words += a.wordCount;
    o.sentences += num(obj(a.framing).sentenceCount);
    o.claims += a.claims.length;
    o.attacks += a.attacks.length;
    o.signals += a.signals.length;
    const e = iso(a.publishedEarliest);
    const l = iso(a.publishedLatest);
    if (!e) o.undated += 1;
    if (e && (!o.earliest || e < o.earliest)) o.earliest = e;
    if (l && (!o.latest || l > o.latest)) o.latest = l;
    const seen = new Set<string>();
    const add = (k: string, n: number) => {
      o!.counts[k] = (o!.counts[k] ?? 0) + n;
      if (!seen.has(k) && n > 0) {
        seen.add(k);
        o!.articlesWith[k] = (o!.articlesWith[k] ?? 0) + 1;
      }
    };
    for (const s of a.signals) add(`${s.dimension}|${s.category}`, 1);
    for (const m of a.attacks) add(`attack|${m.type}`, 1);
    for (const [term, n] of Object.entries(obj(a.groupTerms))) if (num(n) > 0) add(`group_term|${term}`, num(n));
  }
  return out;
}

/** Claim counts as `countClaims` defines them. */
export function referenceClaimCounts(articles: Kept, filters: Filters): ClaimCounts {
  const counts: ClaimCounts = { inArticles: 0, hiddenByReferent: 0, hiddenByClaimantType: 0, kept: 0, plotted: 0 };
  for (const a of articles) {
    for (const c of a.claims) {
      counts.inArticles += 1;
      const refHidden = has(filters.referents) && !filters.referents.includes(c.refersTo);
      const typeHidden = has(filters.claimantTypes) && !filters.claimantTypes.includes(c.claimantType);
      if (refHidden) counts.hiddenByReferent += 1;
      if (typeHidden) counts.hiddenByClaimantType += 1;
      if (refHidden || typeHidden) continue;
      counts.kept += 1;
      if (a.publishedEarliest && (c.low !== null || c.high !== null)) counts.plotted += 1;
    }
  }
  return counts;
}

const DAY = 86_400_000;

/** Placeable claims per (group, unit, month of the interval's middle), as `listClaimMonths` returns them. */
export function referenceClaimMonths(articles: Kept, filters: Filters, groupBy: "claimantType" | "outlet"): ClaimMonth[] {
  const out = new Map<string, ClaimMonth>();
  for (const a of articles) {
    if (!a.publishedEarliest || !a.publishedLatest) continue;
    const days = Math.round((a.publishedLatest.getTime() - a.publishedEarliest.getTime()) / DAY);
    const mid = new Date(a.publishedEarliest.getTime() + Math.floor(days / 2) * DAY);
    const month = `${mid.toISOString().slice(0, 7)}-01`;
    for (const c of a.claims) {
      if (c.low === null && c.high === null) continue;
      if (has(filters.referents) && !filters.referents.includes(c.refersTo)) continue;
      if (has(filters.claimantTypes) && !filters.claimantTypes.includes(c.claimantType)) continue;
      const group = groupBy === "outlet" ? String(a.outletId ?? 0) : c.claimantType;
      const k = `${group}|${c.unit}|${month}`;
      const m = out.get(k) ?? { group, unit: c.unit, month, count: 0, min: null, max: null, sum: 0, sumLog: 0, positive: 0 };
      const lo = c.low ?? c.high!;
      const hi = c.high ?? c.low!;
      const linear = c.low !== null && c.high !== null ? (c.low + c.high) / 2 : lo;
      const geometric = c.low !== null && c.high !== null && c.low > 0 && c.high > 0 ? Math.sqrt(c.low * c.high) : linear;
      m.count += 1;
      m.min = m.min === null ? lo : Math.min(m.min, lo);
      m.max = m.max === null ? hi : Math.max(m.max, hi);
      m.sum += linear;
      if (geometric > 0) {
        m.sumLog += Math.log(geometric);
        m.positive += 1;
      }
      out.set(k, m);
    }
  }
  return [...out.values()].sort((x, y) => `${x.group}|${x.unit}|${x.month}`.localeCompare(`${y.group}|${y.unit}|${y.month}`));
}
