import type { ClaimantType } from "../model/types";
import { CLAIMANT_RULES, THEATRE_RULES, type ClaimantRule } from "./claimant-rules";

export interface ClaimantReading {
  type: ClaimantType;
  /** The rule that decided, or null for "unknown". */
  rule: string | null;
  tier: 1 | 2 | null;
  /** Whether the name itself or its context (appositive) decided. */
  source: "name" | "context" | null;
  /** The deciding rule names no country, so the theatre of the text may override its type. */
  theatreDefault: boolean;
}

/**
 * The rules of a tier as one alternation per flag set: a regex finds the
 * leftmost match of any alternative, and at one position the earlier
 * alternative, which is exactly "the earliest mention wins, then table
 * order" — in one pass over the text instead of one per rule.
 */
interface Combined {
  re: RegExp;
  /** Rules by alternative: group `r<i>` is rules[i]. */
  rules: ClaimantRule[];
}

function combine(rules: readonly ClaimantRule[]): Combined[] {
  const byFlags = new Map<string, ClaimantRule[]>();
  for (const r of rules) byFlags.set(r.flags ?? "", [...(byFlags.get(r.flags ?? "") ?? []), r]);
  return [...byFlags].map(([flags, list]) => ({ re: new RegExp(list.map((r, i) => `(?<r${i}>${r.pattern})`).join("|"), flags), rules: list }));
}

const ORDER = new Map(CLAIMANT_RULES.map((r, i) => [r, i]));
const TIERS = {
  1: combine(CLAIMANT_RULES.filter((r) => r.tier === 1)),
  2: combine(CLAIMANT_RULES.filter((r) => r.tier === 2)),
} as const;
/** Tier 1 without the commentators, for joint claimants ("analysts and US officials"). */
const OFFICIALS = combine(CLAIMANT_RULES.filter((r) => r.tier === 1 && !new Set(["analyst", "media_other", "unknown"]).has(r.type)));

/**
 * Types a claimant from its name and, when the name says nothing, from its
 * context (the appositive: "Falih Al-Khaza’ali, commander of the Brigades of
 * the Martyrs, one of the … Popular Mobilization Units"). Institutions beat
 * bare ranks; within a tier the earliest mention wins.
 */
export function classifyClaimant(name: string, context?: string): ClaimantType {
  return explainClaimant(name, context).type;
}

export function explainClaimant(name: string, context?: string): ClaimantReading {
  // The same speakers and roles come back within and across articles; the rules are pure, so remember readings.
  const key = context ? `${name}\u0000${context}` : name;
  let reading = READINGS.get(key);
  if (!reading) {
    if (READINGS.size > 20_000) READINGS.clear();
    reading = readClaimant(name, context ?? "");
    READINGS.set(key, reading);
  }
  return reading;
}

const READINGS = new Map<string, ClaimantReading>();

function readClaimant(name: string, ctx: string): ClaimantReading {
  for (const tier of [1, 2] as const) {
    for (const [source, text] of [["name", name], ["context", ctx]] as const) {
      if (text === "") continue;
      let hit = earliest(text, TIERS[tier]);
      // "Estimates by analysts and U.S. officials": in a joint claimant, officials outrank commentators.
      if (hit && tier === 1 && COMMENTATORS.has(hit.type) && /\band\b|,/.test(text)) hit = earliest(text, OFFICIALS) ?? hit;
      // "a security source, in the PMU": a generic role in the name yields to the institution its context names.
      if (hit && source === "name" && hit.theatreDefault && ctx !== "") {
        const inContext = earliest(ctx, TIERS[tier]);
        if (inContext && !inContext.theatreDefault && !COMMENTATORS.has(inContext.type)) hit = inContext;
      }
      if (hit) return { type: hit.type, rule: hit.id, tier, source, theatreDefault: hit.theatreDefault === true };
    }
  }
  return { type: "unknown", rule: null, tier: null, source: null, theatreDefault: false };
}

const THEATRES = THEATRE_RULES.map((rule) => ({ rule, re: new RegExp(rule.pattern, "g") }));

/** Cue counts per theatre in a text. */
export function theatreCues(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { rule, re } of THEATRES) {
    re.lastIndex = 0;
    let n = 0;
    for (const _ of text.matchAll(re)) n++;
    if (n > 0) out.set(rule.id, n);
  }
  return out;
}

/**
 * The claimant type of the theatre the text is clearly about, or null when
 * it is Iraq (the default) or unclear. A sentence that names another state's
 * forces and no Iraqi place decides; a sentence with no cues falls back to
 * the article, where another theatre must outnumber Iraq.
 */
export function theatreType(sentence: Map<string, number>, article: Map<string, number>, speaker?: Map<string, number>): ClaimantType | null {
  const pick = (cues: Map<string, number>, strict: boolean): ClaimantType | null => {
    const iraq = cues.get("iraq") ?? 0;
    let best: { id: string; n: number } | null = null;
    for (const [id, n] of cues) if (id !== "iraq" && (!best || n > best.n)) best = { id, n };
    if (!best) return null;
    if (strict ? iraq > 0 : best.n <= iraq) return null;
    return THEATRE_RULES.find((r) => r.id === best!.id)!.type;
  };
  void speaker;
  if (sentence.size > 0) return pick(sentence, true);
  return pick(article, false);
}

/** Types that speak about a conflict rather than for a side in it. */
const COMMENTATORS = new Set<ClaimantType>(["analyst", "media_other", "unknown"]);

function earliest(text: string, sets: readonly Combined[]): ClaimantRule | null {
  let best: { rule: ClaimantRule; index: number } | null = null;
  for (const { re, rules } of sets) {
    const m = re.exec(text);
    if (!m) continue;
    const i = Number(Object.entries(m.groups!).find(([, v]) => v !== undefined)![0].slice(1));
    const rule = rules[i]!;
    if (!best || m.index < best.index || (m.index === best.index && ORDER.get(rule)! < ORDER.get(best.rule)!)) best = { rule, index: m.index };
  }
  return best?.rule ?? null;
}
