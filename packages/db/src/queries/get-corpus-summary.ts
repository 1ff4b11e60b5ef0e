import type { PrismaClient } from "../client";
import { articleWhere, outletKey, type Filters } from "./filters";

export interface OutletSummary {
  outletId: number;
  key: string;
  name: string;
  articles: number;
  words: number;
  claims: number;
  attacks: number;
  earliest: string | null;
  latest: string | null;
  /** Most used group name and its mentions (null when the outlet never names the group). */
  topName: { term: string; count: number } | null;
  threat: { resurgence: number; defeat: number };
}

export interface CorpusSummary {
  articles: number;
  outlets: number;
  /** Span of the articles' possible publication dates (ISO days), null when none is dated. */
  earliest: string | null;
  latest: string | null;
  undated: number;
  claims: number;
  attackMentions: number;
  framingSignals: number;
  perOutlet: OutletSummary[];
}

const iso = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** Corpus totals and one summary per outlet, for the articles the filters keep. */
export async function getCorpusSummary(prisma: PrismaClient, filters: Filters = {}): Promise<CorpusSummary> {
  const where = articleWhere(filters);
  const [rows, framingSignals] = await Promise.all([
    prisma.article.findMany({
      where,
      select: {
        outletId: true,
        wordCount: true,
        groupTerms: true,
        framing: true,
        publishedEarliest: true,
        publishedLatest: true,
        outlet: { select: { name: true } },
        _count: { select: { claims: true, attacks: true } },
      },
    }),
    prisma.framingSignal.count({ where: { article: where } }),
  ]);
  const per = new Map<number, OutletSummary & { names: Record<string, number> }>();
  let earliest: string | null = null;
  let latest: string | null = null;
  let undated = 0;
  for (const r of rows) {
    const id = r.outletId ?? 0;
    let o = per.get(id);
    if (!o) {
      o = {
        outletId: id,
        key: outletKey(r.outletId),
        name: r.outlet?.name ?? "Outlet unknown",
        articles: 0,
        words: 0,
        claims: 0,
        attacks: 0,
        earliest: null,
        latest: null,
        topName: null,
        threat: { resurgence: 0, defeat: 0 },
        names: {},
      };
      per.set(id, o);
    }
    o.articles += 1;
    o.words += r.wordCount;
    o.claims += r._count.claims;
    o.attacks += r._count.attacks;
    const e = iso(r.publishedEarliest);
    const l = iso(r.publishedLatest);
    if (!e) undated += 1;
    if (e && (!o.earliest || e < o.earliest)) o.earliest = e;
    if (l && (!o.latest || l > o.latest)) o.latest = l;
    if (e && (!earliest || e < earliest)) earliest = e;
    if (l && (!latest || l > latest)) latest = l;
    for (const [term, n] of Object.entries(obj(r.groupTerms))) o.names[term] = (o.names[term] ?? 0) + num(n);
    const t = obj(obj(r.framing).threat);
    o.threat.resurgence += num(t.resurgence);
    o.threat.defeat += num(t.defeat);
  }
  const perOutlet = [...per.values()]
    .sort((a, b) => (a.outletId || Infinity) - (b.outletId || Infinity))
    .map(({ names, ...o }) => {
      const top = Object.entries(names).sort((a, b) => b[1] - a[1])[0];
      return { ...o, topName: top && top[1] > 0 ? { term: top[0], count: top[1] } : null };
    });
  return {
    articles: rows.length,
    outlets: perOutlet.length,
    earliest,
    latest,
    undated,
    claims: perOutlet.reduce((s, o) => s + o.claims, 0),
    attackMentions: perOutlet.reduce((s, o) => s + o.attacks, 0),
    framingSignals,
    perOutlet,
  };
}
