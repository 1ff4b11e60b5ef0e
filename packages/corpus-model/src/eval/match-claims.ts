import type { Span } from "../model/types";
import type { GoldClaim } from "./gold-article";
import type { MachineClaim } from "./machine-article";

/** A gold claim with the quantity's offsets in the machine's text (see locateGoldAnchor); null when not found there. */
export interface AnchoredGoldClaim {
  claim: GoldClaim;
  quantity: Span | null;
}

/** The fields a strict match must agree on, besides the quantity's place. */
export const STRICT_FIELDS = ["low", "high", "qualifier", "unit", "refersTo"] as const;

/**
 * Pairs gold and machine claims of one article: a pair must read the same
 * section and their quantities' spans must overlap (a quantity lies in one
 * sentence, so they are in the same sentence). Each gold claim pairs with at
 * most one machine claim and the other way round, and as many pairs as
 * possible are made (a maximum bipartite matching), so a number the machine
 * read twice counts once right and once wrong, and "4,500 and 6,000" coded as
 * one range by the reader and two numbers by the machine is one match and one
 * false positive. Among equally many pairs, partners that agree on more
 * fields, then overlap more, are preferred, so strict and per-field counts
 * are read off the same pairs. Returns [goldIndex, machineIndex] pairs, by gold index.
 */
export function matchClaims(gold: readonly AnchoredGoldClaim[], machine: readonly MachineClaim[]): [number, number][] {
  const candidates = gold.map((g) => {
    const q = g.quantity;
    if (!q) return [];
    return machine
      .map((m, mi) => ({ mi, overlap: sameSection(g.claim, m) ? overlap(q, m.quantity) : 0, agree: agreement(g.claim, m) }))
      .filter((c) => c.overlap > 0)
      .sort((a, b) => b.agree - a.agree || b.overlap - a.overlap || a.mi - b.mi)
      .map((c) => c.mi);
  });
  const owner = new Map<number, number>(); // machine index -> gold index
  // Kuhn's augmenting paths: a gold claim takes a free partner, or one whose owner can move to another.
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const mi of candidates[gi]!) {
      if (seen.has(mi)) continue;
      seen.add(mi);
      const current = owner.get(mi);
      if (current === undefined || augment(current, seen)) {
        owner.set(mi, gi);
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) augment(gi, new Set());
  return [...owner].map(([mi, gi]): [number, number] => [gi, mi]).sort((a, b) => a[0] - b[0]);
}

/** Whether a matched pair agrees on every strict field. */
export function agreesStrictly(g: GoldClaim, m: MachineClaim): boolean {
  return STRICT_FIELDS.every((f) => g[f] === m[f]);
}

function agreement(g: GoldClaim, m: MachineClaim): number {
  return (agreesStrictly(g, m) ? 4 : 0) + (g.claimantType === m.claimantType ? 2 : 0) + (g.refersTo === m.refersTo ? 1 : 0);
}

function sameSection(g: GoldClaim, m: MachineClaim): boolean {
  return (g.section ?? "body") === m.section;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
