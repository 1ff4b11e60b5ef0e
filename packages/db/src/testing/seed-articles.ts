import { createHash } from "node:crypto";
import { EXTRACTOR_VERSION } from "@framewatch/corpus-model/model";
import { attackConfidence, claimConfidence } from "@framewatch/corpus-model/review";
import type { Prisma, PrismaClient } from "../client";

/**
 * Small factories for tests (unit, integration and e2e): articles with
 * exactly the facts a test needs, written straight to the tables without the
 * extractor. The article's framing JSON is derived from its signals, so
 * every view agrees with itself. Call `refreshRollups` afterwards, as an
 * import does.
 */

export interface ClaimSeed {
  low: number | null;
  high: number | null;
  qualifier?: string;
  unit?: "people" | "percent";
  claimant?: string;
  claimantType?: string;
  refersTo?: string;
  section?: "body" | "title";
  quantityText?: string;
  sentence?: string;
  /** The machine's confidence; by default corpus-model's claimConfidence of a claim with no rules and this claimant type. */
  confidence?: number;
}

export interface AttackSeed {
  type: string;
  triggerText?: string;
  sentence?: string;
  /** The machine's confidence; by default corpus-model's attackConfidence of the type and trigger. */
  confidence?: number;
}

export interface SignalSeed {
  dimension: string;
  category: string;
  rule?: string;
  matchText?: string;
  sentence?: string;
}

export interface ArticleSeed {
  /** Outlet name (created on first use); null = unknown outlet. */
  outlet?: string | null;
  /** The publication interval (ISO days, inclusive); null = undated. */
  published?: { earliest: string; latest: string; precision?: "day" | "month" | "year" } | null;
  title?: string | null;
  source?: string;
  body?: string;
  wordCount?: number;
  sentenceCount?: number;
  groupTerms?: Record<string, number>;
  claims?: ClaimSeed[];
  attacks?: AttackSeed[];
  signals?: SignalSeed[];
}

const JSON_KEY: Record<string, string> = {
  naming: "naming",
  actor_label: "actorLabels",
  sourcing: "sourcing",
  policy_frame: "policyFrames",
  loaded_term: "loadedTerms",
};

/** The framing JSON an analysis would have stored for these signals (counts only; shares and rates are not read back). */
function framingOf(seed: ArticleSeed, wordCount: number, sentenceCount: number): Record<string, unknown> {
  const framing: Record<string, { counts: Record<string, number> }> = {};
  for (const key of Object.values(JSON_KEY)) framing[key] = { counts: {} };
  const threat = { resurgence: 0, defeat: 0, index: 0 };
  for (const s of seed.signals ?? []) {
    if (s.dimension === "threat") {
      if (s.category === "resurgence" || s.category === "defeat") threat[s.category] += 1;
      continue;
    }
    const counts = framing[JSON_KEY[s.dimension] ?? s.dimension]?.counts;
    if (counts) counts[s.category] = (counts[s.category] ?? 0) + 1;
  }
  const hits = threat.resurgence + threat.defeat;
  threat.index = hits > 0 ? (threat.resurgence - threat.defeat) / hits : 0;
  return { wordCount, sentenceCount, ...framing, threat };
}

let serial = 0;

/** Stores one article and its facts; returns its id. */
export async function seedArticle(prisma: PrismaClient, seed: ArticleSeed = {}): Promise<number> {
  const [id] = await seedArticles(prisma, [seed]);
  return id!;
}

/** Stores articles and their facts (one statement per table for the facts); returns their ids in order. */
export async function seedArticles(prisma: PrismaClient, seeds: readonly ArticleSeed[]): Promise<number[]> {
  const outletIds = new Map<string, number>();
  for (const name of new Set(seeds.map((s) => s.outlet).filter((n): n is string => typeof n === "string"))) {
    const outlet = await prisma.outlet.upsert({ where: { name }, create: { name }, update: {} });
    outletIds.set(name, outlet.id);
  }
  const ids: number[] = [];
  const claims: Prisma.FighterClaimCreateManyInput[] = [];
  const attacks: Prisma.AttackMentionCreateManyInput[] = [];
  const signals: Prisma.FramingSignalCreateManyInput[] = [];
  for (const seed of seeds) {
    serial += 1;
    const source = seed.source ?? `seed/${process.pid}-${Date.now()}-${serial}.txt`;
    // Each fact without a sentence of its own gets one that contains its words, appended to the body,
    // so every offset points at real text and the reader highlights what the fact says.
    let body = seed.body ?? `Seeded article ${serial}. It exists for a test.`;
    const place = (words: string, sentence: string | undefined) => {
      const text = sentence ?? `${words} appears in seeded sentence ${serial}.${body.length}.`;
      let start = body.indexOf(text);
      if (start < 0) {
        body = `${body} ${text}`;
        start = body.length - text.length;
      }
      const inner = text.indexOf(words);
      const at = inner >= 0 ? start + inner : start;
      return { text, start, end: start + text.length, match: { start: at, end: at + (inner >= 0 ? words.length : Math.min(words.length, text.length)) } };
    };
    const claimSpans = (seed.claims ?? []).map((c) => place(c.quantityText ?? String(c.low ?? c.high ?? "some"), c.sentence));
    const attackSpans = (seed.attacks ?? []).map((a) => place(a.triggerText ?? a.type, a.sentence));
    const signalSpans = (seed.signals ?? []).map((g) => place(g.matchText ?? g.category, g.sentence));
    const wordCount = seed.wordCount ?? body.split(/\s+/).filter(Boolean).length;
    const sentenceCount = seed.sentenceCount ?? Math.max(1, body.split(/[.!?]\s/).length);
    const p = seed.published ?? null;
    const article = await prisma.article.create({
      data: {
        source,
        sha256: createHash("sha256").update(`${source}\n${serial}\n${Math.random()}`).digest("hex"),
        raw: body,
        title: seed.title === undefined ? `Seeded article ${serial}` : seed.title,
        body,
        outletId: seed.outlet ? outletIds.get(seed.outlet)! : null,
        publishedDate: p ? (p.precision === "year" ? p.earliest.slice(0, 4) : p.precision === "month" ? p.earliest.slice(0, 7) : p.earliest) : null,
        publishedPrecision: p ? (p.precision ?? (p.earliest === p.latest ? "day" : "month")) : null,
        publishedEarliest: p ? new Date(`${p.earliest}T00:00:00Z`) : null,
        publishedLatest: p ? new Date(`${p.latest}T00:00:00Z`) : null,
        publishedEvidence: p ? "seeded" : null,
        wordCount,
        groupTerms: seed.groupTerms ?? {},
        framing: framingOf(seed, wordCount, sentenceCount) as object,
        extractorVersion: EXTRACTOR_VERSION,
      },
      select: { id: true },
    });
    ids.push(article.id);
    (seed.claims ?? []).forEach((c, ordinal) => {
      const at = claimSpans[ordinal]!;
      claims.push({
        articleId: article.id,
        ordinal,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier ?? (c.low === c.high ? "exact" : c.low === null ? "fewer_than" : c.high === null ? "at_least" : "between"),
        unit: c.unit ?? "people",
        claimant: c.claimant ?? "an official",
        claimantType: c.claimantType ?? "unknown",
        refersTo: c.refersTo ?? "remaining",
        section: c.section ?? "body",
        quantityText: c.quantityText ?? String(c.low ?? c.high ?? "some"),
        quantityStart: at.match.start,
        quantityEnd: at.match.end,
        sentence: at.text,
        sentenceStart: at.start,
        sentenceEnd: at.end,
        confidence: c.confidence ?? claimConfidence({ rules: [], claimantType: c.claimantType ?? "unknown" }),
      });
    });
    (seed.attacks ?? []).forEach((a, ordinal) => {
      const at = attackSpans[ordinal]!;
      attacks.push({
        articleId: article.id,
        ordinal,
        type: a.type,
        triggerText: a.triggerText ?? a.type,
        triggerStart: at.match.start,
        triggerEnd: at.match.end,
        sentence: at.text,
        sentenceStart: at.start,
        sentenceEnd: at.end,
        confidence: a.confidence ?? attackConfidence({ type: a.type, triggerText: a.triggerText ?? a.type }),
      });
    });
    (seed.signals ?? []).forEach((g, ordinal) => {
      const at = signalSpans[ordinal]!;
      signals.push({
        articleId: article.id,
        ordinal,
        dimension: g.dimension,
        category: g.category,
        rule: g.rule ?? `${g.dimension}.${g.category}`,
        matchText: g.matchText ?? g.category,
        matchStart: at.match.start,
        matchEnd: at.match.end,
        sentence: at.text,
        sentenceStart: at.start,
        sentenceEnd: at.end,
      });
    });
  }
  if (claims.length > 0) await prisma.fighterClaim.createMany({ data: claims });
  if (attacks.length > 0) await prisma.attackMention.createMany({ data: attacks });
  if (signals.length > 0) await prisma.framingSignal.createMany({ data: signals });
  return ids;
}
