import type { ClaimantType } from "../model/types";
import { CLAIMANT_RULES, type ClaimantRule } from "./claimant-rules";

export interface ClaimantReading {
  type: ClaimantType;
  /** The rule that decided, or null for "unknown". */
  rule: string | null;
  tier: 1 | 2 | null;
  /** Whether the name itself or its context (appositive) decided. */
  source: "name" | "context" | null;
}

const COMPILED = CLAIMANT_RULES.map((rule) => ({ rule, re: new RegExp(rule.pattern, (rule.flags ?? "") + "g") }));

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
  const ctx = context ?? "";
  for (const tier of [1, 2] as const) {
    for (const [source, text] of [["name", name], ["context", ctx]] as const) {
      if (text === "") continue;
      const hit = earliest(text, tier);
      if (hit) return { type: hit.type, rule: hit.id, tier, source };
    }
  }
  return { type: "unknown", rule: null, tier: null, source: null };
}

function earliest(text: string, tier: 1 | 2): ClaimantRule | null {
  let best: { rule: ClaimantRule; index: number } | null = null;
  for (const { rule, re } of COMPILED) {
    if (rule.tier !== tier) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { rule, index: m.index };
  }
  return best?.rule ?? null;
}
