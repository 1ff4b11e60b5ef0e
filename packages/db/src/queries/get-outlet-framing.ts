import { ACTOR_LABEL_LEXICON, LOADED_TERM_LEXICON, POLICY_FRAMES } from "@framewatch/corpus-model/framing";
import { CLAIMANT_TYPES, GROUP_TERMS } from "@framewatch/corpus-model/model";
import type { PrismaClient } from "../client";
import { articleWhere, has, outletKey, type Filters } from "./filters";

/** Raw framing counts summed over one outlet's articles (never averaged ratios). */
export interface OutletFraming {
  /** Outlet id (0 = unknown). */
  outletId: number;
  /** `outletKey(outletId)`. */
  key: string;
  name: string;
  articles: number;
  /** Denominator of actor-label and loaded-term rates. */
  words: number;
  /** Denominator of policy-frame shares. */
  sentences: number;
  naming: Record<string, number>;
  actorLabels: Record<string, number>;
  /** Attributions per claimant type (restricted to the claimant-type filter when set). */
  sourcing: Record<string, number>;
  /** Attributions behind `sourcing` (its sum). */
  sourcingTotal: number;
  threat: { resurgence: number; defeat: number };
  policyFrames: Record<string, number>;
  loadedTerms: Record<string, number>;
}

export interface OutletFramingResult {
  outlets: OutletFraming[];
  /** Category orders (lexicon order), so every outlet lines up column by column. */
  categories: {
    naming: string[];
    actorLabels: string[];
    sourcing: string[];
    policyFrames: string[];
    loadedTerms: string[];
  };
}

const unique = (xs: Iterable<string>): string[] => [...new Set(xs)];

export const FRAMING_CATEGORIES = {
  naming: [...GROUP_TERMS] as string[],
  actorLabels: unique(ACTOR_LABEL_LEXICON.map((e) => e.category)),
  sourcing: [...CLAIMANT_TYPES] as string[],
  policyFrames: [...POLICY_FRAMES] as string[],
  loadedTerms: unique(LOADED_TERM_LEXICON.map((e) => e.category)),
};

type Json = unknown;
const obj = (v: Json): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function addCounts(into: Record<string, number>, counts: unknown, keep?: (k: string) => boolean): number {
  let sum = 0;
  for (const [k, v] of Object.entries(obj(counts))) {
    if (keep && !keep(k)) continue;
    const n = num(v);
    into[k] = (into[k] ?? 0) + n;
    sum += n;
  }
  return sum;
}

function zeros(keys: string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

/**
 * Framing indicators per outlet for the articles the filters keep. Counts
 * are summed over the outlet's articles; the chart builders divide by the
 * summed denominators (words, sentences, mentions, attributions).
 */
export async function getOutletFraming(prisma: PrismaClient, filters: Filters = {}): Promise<OutletFramingResult> {
  const rows = await prisma.article.findMany({
    where: articleWhere(filters),
    select: { outletId: true, wordCount: true, framing: true, outlet: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const claimantKeep = has(filters.claimantTypes) ? (k: string) => filters.claimantTypes!.includes(k) : undefined;
  const byOutlet = new Map<number, OutletFraming>();
  for (const r of rows) {
    const id = r.outletId ?? 0;
    let o = byOutlet.get(id);
    if (!o) {
      o = {
        outletId: id,
        key: outletKey(r.outletId),
        name: r.outlet?.name ?? "Outlet unknown",
        articles: 0,
        words: 0,
        sentences: 0,
        naming: zeros(FRAMING_CATEGORIES.naming),
        actorLabels: zeros(FRAMING_CATEGORIES.actorLabels),
        sourcing: {},
        sourcingTotal: 0,
        threat: { resurgence: 0, defeat: 0 },
        policyFrames: zeros(FRAMING_CATEGORIES.policyFrames),
        loadedTerms: zeros(FRAMING_CATEGORIES.loadedTerms),
      };
      byOutlet.set(id, o);
    }
    const f = obj(r.framing);
    o.articles += 1;
    o.words += num(f.wordCount) || r.wordCount;
    o.sentences += num(f.sentenceCount);
    addCounts(o.naming, obj(f.naming).counts);
    addCounts(o.actorLabels, obj(f.actorLabels).counts);
    o.sourcingTotal += addCounts(o.sourcing, obj(f.sourcing).counts, claimantKeep);
    const t = obj(f.threat);
    o.threat.resurgence += num(t.resurgence);
    o.threat.defeat += num(t.defeat);
    addCounts(o.policyFrames, obj(f.policyFrames).counts);
    addCounts(o.loadedTerms, obj(f.loadedTerms).counts);
  }
  const outlets = [...byOutlet.values()].sort((a, b) => (a.outletId || Infinity) - (b.outletId || Infinity));
  const extra = (known: string[], seen: (o: OutletFraming) => Record<string, number>) =>
    unique([...known, ...outlets.flatMap((o) => Object.keys(seen(o)))]);
  const sourcingAll = extra(FRAMING_CATEGORIES.sourcing, (o) => o.sourcing);
  return {
    outlets,
    categories: {
      naming: extra(FRAMING_CATEGORIES.naming, (o) => o.naming),
      actorLabels: extra(FRAMING_CATEGORIES.actorLabels, (o) => o.actorLabels),
      sourcing: claimantKeep ? sourcingAll.filter(claimantKeep) : sourcingAll,
      policyFrames: extra(FRAMING_CATEGORIES.policyFrames, (o) => o.policyFrames),
      loadedTerms: extra(FRAMING_CATEGORIES.loadedTerms, (o) => o.loadedTerms),
    },
  };
}
