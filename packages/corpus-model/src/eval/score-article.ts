import type { AttackType, Evidence } from "../model/types";
import type { GoldArticle, GoldDate } from "./gold-article";
import { locateGoldAnchor } from "./locate-gold-anchor";
import type { MachineArticle } from "./machine-article";
import { agreesStrictly, matchClaims, STRICT_FIELDS, type AnchoredGoldClaim } from "./match-claims";
import { NO_COUNTS, type Counts, type MeasureId } from "./measures";

/** The outlet name of an article that neither the gold nor the machine gives one. */
export const NO_OUTLET = "(no outlet)";

/** A field of a matched claim on which machine and gold differ. */
export interface FieldDifference {
  field: (typeof STRICT_FIELDS)[number] | "claimantType";
  gold: string | number | null;
  machine: string | number | null;
}

/** Something the machine got wrong in one article, for a reader to look at. */
export type Difference =
  | { kind: "missed-claim"; section: "body" | "title"; quantity: Evidence }
  | { kind: "spurious-claim"; section: "body" | "title"; quantity: Evidence }
  | { kind: "claim-fields"; section: "body" | "title"; quantity: Evidence; fields: FieldDifference[] }
  | { kind: "missed-attack-type"; type: AttackType }
  | { kind: "spurious-attack-type"; type: AttackType }
  | { kind: "date"; gold: GoldDate | null; machine: GoldDate | null };

/** A gold fact whose words are not in the text the machine analysed (the gold describes another text). */
export interface UnanchoredFact {
  kind: "claim" | "attack";
  section: "body" | "title";
  text: string;
  start: number;
  end: number;
}

export interface ArticleScore {
  source: string;
  /** The gold's outlet, else the machine's, else NO_OUTLET. */
  outlet: string;
  extractorVersion: string;
  counts: Record<MeasureId, Counts>;
  differences: Difference[];
  unanchored: UnanchoredFact[];
}

const CLAIM_FIELDS = [...STRICT_FIELDS, "claimantType"] as const;

/**
 * Scores the machine's analysis of one article against its gold. Each
 * measure counts only when the gold annotates it (its list or date is
 * present). A gold claim whose quantity is not in the machine's text cannot
 * be matched: it counts as missed and is listed as unanchored.
 */
export function scoreArticle(gold: GoldArticle, machine: MachineArticle): ArticleScore {
  const counts: Record<MeasureId, Counts> = {
    claimsLoose: NO_COUNTS,
    claimsStrict: NO_COUNTS,
    claimantType: NO_COUNTS,
    refersTo: NO_COUNTS,
    attackTypes: NO_COUNTS,
    date: NO_COUNTS,
    datePrecision: NO_COUNTS,
  };
  const differences: Difference[] = [];
  const unanchored: UnanchoredFact[] = [];
  const sectionText = (section: "body" | "title") => (section === "title" ? (machine.title ?? "") : machine.body);

  if (gold.fighterClaims) {
    const anchored: AnchoredGoldClaim[] = gold.fighterClaims.map((claim) => {
      const section = claim.section ?? "body";
      const sentence = claim.text === undefined ? undefined : { text: claim.text, start: claim.start };
      const quantity = locateGoldAnchor(sectionText(section), { ...claim.quantity, sentence });
      if (!quantity) unanchored.push({ kind: "claim", section, ...claim.quantity });
      return { claim, quantity };
    });
    const machineClaims = machine.fighterClaims;
    const pairs = matchClaims(anchored, machineClaims);
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedMachine = new Set(pairs.map(([, m]) => m));
    const agreeing = (agrees: (g: number, m: number) => boolean): Counts => {
      const tp = pairs.filter(([g, m]) => agrees(g, m)).length;
      return { tp, fp: machineClaims.length - tp, fn: anchored.length - tp, articles: 1 };
    };
    const g = (i: number) => anchored[i]!.claim;
    const m = (i: number) => machineClaims[i]!;
    counts.claimsLoose = agreeing(() => true);
    counts.claimsStrict = agreeing((gi, mi) => agreesStrictly(g(gi), m(mi)));
    counts.claimantType = agreeing((gi, mi) => g(gi).claimantType === m(mi).claimantType);
    counts.refersTo = agreeing((gi, mi) => g(gi).refersTo === m(mi).refersTo);

    anchored.forEach((a, gi) => {
      if (!matchedGold.has(gi)) differences.push({ kind: "missed-claim", section: a.claim.section ?? "body", quantity: a.claim.quantity });
    });
    machineClaims.forEach((c, mi) => {
      if (!matchedMachine.has(mi)) differences.push({ kind: "spurious-claim", section: c.section, quantity: c.quantity });
    });
    for (const [gi, mi] of pairs) {
      const fields = CLAIM_FIELDS.filter((f) => g(gi)[f] !== m(mi)[f]).map((field) => ({ field, gold: g(gi)[field], machine: m(mi)[field] }));
      if (fields.length > 0) differences.push({ kind: "claim-fields", section: m(mi).section, quantity: m(mi).quantity, fields });
    }
  }

  if (gold.attacks) {
    const goldTypes = new Set(gold.attacks.map((a) => a.type));
    const machineTypes = new Set(machine.attacks.map((a) => a.type));
    const tp = [...goldTypes].filter((t) => machineTypes.has(t)).length;
    counts.attackTypes = { tp, fp: machineTypes.size - tp, fn: goldTypes.size - tp, articles: 1 };
    for (const type of goldTypes) if (!machineTypes.has(type)) differences.push({ kind: "missed-attack-type", type });
    for (const type of machineTypes) if (!goldTypes.has(type)) differences.push({ kind: "spurious-attack-type", type });
    for (const a of gold.attacks) {
      const sentence = a.text === undefined ? undefined : { text: a.text, start: a.start };
      if (!locateGoldAnchor(machine.body, { ...a.trigger, sentence })) unanchored.push({ kind: "attack", section: "body", ...a.trigger });
    }
  }

  if (gold.published !== undefined) {
    const expected = gold.published;
    const found = machine.published ? { date: machine.published.date, precision: machine.published.precision } : null;
    counts.date = compareDates(expected, found, (a, b) => a.date === b.date && a.precision === b.precision);
    counts.datePrecision = compareDates(expected, found, (a, b) => a.precision === b.precision);
    if (counts.date.tp === 0 && (expected || found)) differences.push({ kind: "date", gold: expected, machine: found });
  }

  return {
    source: machine.source,
    outlet: (gold.outlet === undefined ? machine.outlet?.name : gold.outlet?.name) ?? NO_OUTLET,
    extractorVersion: machine.extractorVersion,
    counts,
    differences,
    unanchored,
  };
}

/** One date per article: right is a true positive; a wrong one is both a false positive and a false negative. */
function compareDates(gold: GoldDate | null, machine: GoldDate | null, same: (a: GoldDate, b: GoldDate) => boolean): Counts {
  if (gold && machine && same(gold, machine)) return { tp: 1, fp: 0, fn: 0, articles: 1 };
  return { tp: 0, fp: machine ? 1 : 0, fn: gold ? 1 : 0, articles: 1 };
}
