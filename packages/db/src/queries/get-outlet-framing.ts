import { ACTOR_LABEL_LEXICON, LOADED_TERM_LEXICON, POLICY_FRAMES } from "@framewatch/corpus-model/framing";
import { CLAIMANT_TYPES, GROUP_TERMS } from "@framewatch/corpus-model/model";
import type { PrismaClient } from "../client";
import { bucketCondition, joinRollupDetail } from "../rollups/select-buckets";
import { has, outletKey, type Filters } from "./filters";

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

function zeros(keys: string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

export const FRAMING_CATEGORIES = {
  naming: [...GROUP_TERMS] as string[],
  actorLabels: unique(ACTOR_LABEL_LEXICON.map((e) => e.category)),
  sourcing: [...CLAIMANT_TYPES] as string[],
  policyFrames: [...POLICY_FRAMES] as string[],
  loadedTerms: unique(LOADED_TERM_LEXICON.map((e) => e.category)),
};

/**
 * Framing indicators per outlet for the articles the filters keep. Counts
 * are summed over the outlet's articles; the chart builders divide by the
 * summed denominators (words, sentences, mentions, attributions). Read from
 * the rollups (one row per outlet, month or cell and category), never from
 * the articles: the cost follows outlets x months, not the corpus.
 */
export async function getOutletFraming(prisma: PrismaClient, filters: Filters = {}): Promise<OutletFramingResult> {
  const where = bucketCondition(filters);
  const [totals, counts] = await Promise.all([
    prisma.$queryRaw<{ outletId: number; name: string | null; articles: number; words: number; sentences: number }[]>`
      SELECT b."outletId", o."name", sum(b."articles")::int AS articles, sum(b."words")::float8 AS words, sum(b."sentences")::float8 AS sentences
        FROM "RollupBucket" b LEFT JOIN "Outlet" o ON o."id" = b."outletId"
       WHERE ${where}
       GROUP BY b."outletId", o."name"
      HAVING sum(b."articles") > 0`,
    prisma.$queryRaw<{ outletId: number; kind: string; key: string; count: number }[]>`
      SELECT b."outletId", c."kind", c."key", sum(c."count")::int AS count
        FROM "RollupBucket" b ${joinRollupDetail("RollupCount")}
       WHERE ${where} AND c."kind" IN ('naming', 'actor_label', 'sourcing', 'threat', 'policy_frame', 'loaded_term')
       GROUP BY 1, 2, 3`,
  ]);
  const claimantKeep = has(filters.claimantTypes) ? (k: string) => filters.claimantTypes!.includes(k) : undefined;
  const byOutlet = new Map<number, OutletFraming>();
  for (const t of totals) {
    byOutlet.set(t.outletId, {
      outletId: t.outletId,
      key: outletKey(t.outletId),
      name: t.name ?? "Outlet unknown",
      articles: t.articles,
      words: t.words,
      sentences: t.sentences,
      naming: zeros(FRAMING_CATEGORIES.naming),
      actorLabels: zeros(FRAMING_CATEGORIES.actorLabels),
      sourcing: {},
      sourcingTotal: 0,
      threat: { resurgence: 0, defeat: 0 },
      policyFrames: zeros(FRAMING_CATEGORIES.policyFrames),
      loadedTerms: zeros(FRAMING_CATEGORIES.loadedTerms),
    });
  }
  for (const c of counts) {
    const o = byOutlet.get(c.outletId);
    if (!o || c.count === 0) continue;
    switch (c.kind) {
      case "naming":
        o.naming[c.key] = (o.naming[c.key] ?? 0) + c.count;
        break;
      case "actor_label":
        o.actorLabels[c.key] = (o.actorLabels[c.key] ?? 0) + c.count;
        break;
      case "sourcing":
        if (claimantKeep && !claimantKeep(c.key)) break;
        o.sourcing[c.key] = (o.sourcing[c.key] ?? 0) + c.count;
        o.sourcingTotal += c.count;
        break;
      case "threat":
        if (c.key === "resurgence" || c.key === "defeat") o.threat[c.key] += c.count;
        break;
      case "policy_frame":
        o.policyFrames[c.key] = (o.policyFrames[c.key] ?? 0) + c.count;
        break;
      case "loaded_term":
        o.loadedTerms[c.key] = (o.loadedTerms[c.key] ?? 0) + c.count;
        break;
    }
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
