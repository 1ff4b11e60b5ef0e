import type { AttackType, ClaimantType, ClaimUnit, DatePrecision, Qualifier, Referent } from "@framewatch/corpus-model";
import type { GoldArticle, GoldAttack, GoldClaim, MachineArticle, MachineClaim } from "@framewatch/corpus-model/eval";
import type { AttackMention, FighterClaim, ReviewDecision } from "../generated/prisma/client";
import { attackFields, claimFields } from "./fact-fields";

/**
 * How far one kind of fact of an article has been reviewed:
 * - `unreviewed`: no decision on any fact of this kind stands;
 * - `incomplete`: some do, but at least one machine fact of this kind has none;
 * - `complete`: every machine fact of this kind has a standing decision (and at least one decision of this kind
 *   stands, so a list nobody looked at is not taken for an empty one).
 * Only a complete list goes into the gold: a partly reviewed list would count the facts nobody looked at as the
 * machine's mistakes (or its successes).
 */
export type ListReview = "unreviewed" | "incomplete" | "complete";

/** What the gold builder reads of one article: the stored row, its facts in order, and its standing decisions. */
export interface StoredReviewedArticle {
  article: {
    id: number;
    source: string;
    sha256: string;
    title: string | null;
    body: string;
    outletName: string | null;
    publishedDate: string | null;
    publishedPrecision: DatePrecision | null;
    extractorVersion: string;
  };
  /** By ordinal. */
  claims: FighterClaim[];
  /** By ordinal. */
  attacks: AttackMention[];
  /** The decisions neither superseded nor detached, by id. */
  standing: ReviewDecision[];
}

export interface ReviewedArticle {
  articleId: number;
  claims: ListReview;
  attacks: ListReview;
  /** The reviewed facts in gold form (docs/gold-format.md); null when neither list is complete. */
  gold: GoldArticle | null;
  /** The stored machine analysis in the shape the scorer reads (what `corpus eval` gets by analysing the file again). */
  machine: MachineArticle;
}

/**
 * Builds the gold an article's reviews make (docs/review.md, "Measuring the machine"): for each complete list,
 * the standing values of accepted and corrected machine facts (at the machine's quantity or trigger) and of added
 * facts (at their anchor); rejected facts are left out. The publication date is not exported: reviews do not
 * correct it, so gold holding the machine's own date would score the date rules perfect.
 */
export function buildReviewedGold(stored: StoredReviewedArticle): ReviewedArticle {
  const { article, claims, attacks, standing } = stored;
  const byClaim = new Map(standing.filter((d) => d.claimId !== null).map((d) => [d.claimId!, d]));
  const byAttack = new Map(standing.filter((d) => d.attackId !== null).map((d) => [d.attackId!, d]));
  const added = standing.filter((d) => (d.action === "add" || d.addedId !== null) && d.action !== "reject");
  const review = (facts: { id: number }[], decided: Map<number, ReviewDecision>, kind: "claim" | "attack"): ListReview => {
    if (!standing.some((d) => d.kind === kind)) return "unreviewed";
    return facts.every((f) => decided.has(f.id)) ? "complete" : "incomplete";
  };
  const claimsReview = review(claims, byClaim, "claim");
  const attacksReview = review(attacks, byAttack, "attack");

  let gold: GoldArticle | null = null;
  if (claimsReview === "complete" || attacksReview === "complete") {
    gold = {
      source: article.source,
      sha256: article.sha256,
      outlet: article.outletName === null ? null : { name: article.outletName },
    };
    if (claimsReview === "complete") {
      const machineClaims = claims.flatMap((c): GoldClaim[] => {
        const values = valuesAfter(byClaim.get(c.id)!);
        if (!values) return [];
        return [
          {
            ...(claimFields(c) as ClaimValues),
            ...values,
            unit: c.unit as ClaimUnit,
            section: c.section === "title" ? "title" : "body",
            text: c.sentence,
            start: c.sentenceStart,
            end: c.sentenceEnd,
            quantity: { start: c.quantityStart, end: c.quantityEnd, text: c.quantityText },
          },
        ];
      });
      const addedClaims = added
        .filter((d) => d.kind === "claim")
        .map((d): GoldClaim => {
          const values = valuesAfter(d) as AddedClaimValues;
          return {
            ...values,
            section: d.section === "title" ? "title" : "body",
            ...sentenceOf(d),
            quantity: { start: d.anchorStart, end: d.anchorEnd, text: d.anchorText },
          };
        });
      gold.fighterClaims = [...machineClaims, ...addedClaims];
    }
    if (attacksReview === "complete") {
      const machineAttacks = attacks.flatMap((t): GoldAttack[] => {
        const values = valuesAfter(byAttack.get(t.id)!);
        if (!values) return [];
        return [
          {
            type: { ...attackFields(t), ...values }.type as AttackType,
            text: t.sentence,
            start: t.sentenceStart,
            end: t.sentenceEnd,
            trigger: { start: t.triggerStart, end: t.triggerEnd, text: t.triggerText },
          },
        ];
      });
      const addedAttacks = added
        .filter((d) => d.kind === "attack")
        .map((d): GoldAttack => ({
          type: (valuesAfter(d) as { type: AttackType }).type,
          ...sentenceOf(d),
          trigger: { start: d.anchorStart, end: d.anchorEnd, text: d.anchorText },
        }));
      gold.attacks = [...machineAttacks, ...addedAttacks];
    }
  }

  return { articleId: article.id, claims: claimsReview, attacks: attacksReview, gold, machine: toMachineArticle(stored) };
}

/** The machine's stored analysis of an article, as the scorer reads it (the same as a contract object of it). */
export function toMachineArticle({ article, claims, attacks }: Pick<StoredReviewedArticle, "article" | "claims" | "attacks">): MachineArticle {
  return {
    source: article.source,
    title: article.title,
    body: article.body,
    outlet: article.outletName === null ? null : { name: article.outletName },
    published: article.publishedDate && article.publishedPrecision ? { date: article.publishedDate, precision: article.publishedPrecision } : null,
    fighterClaims: claims.map(
      (c): MachineClaim => ({
        low: c.low,
        high: c.high,
        qualifier: c.qualifier as Qualifier,
        unit: c.unit as ClaimUnit,
        claimant: c.claimant,
        claimantType: c.claimantType as ClaimantType,
        refersTo: c.refersTo as Referent,
        section: c.section === "title" ? "title" : "body",
        quantity: { start: c.quantityStart, end: c.quantityEnd, text: c.quantityText },
      }),
    ),
    attacks: attacks.map((t) => ({ type: t.type as AttackType })),
    extractorVersion: article.extractorVersion,
  };
}

type ClaimValues = Pick<GoldClaim, "low" | "high" | "qualifier" | "claimant" | "claimantType" | "refersTo">;
/** An added claim's values also hold its unit, as the analyst saved it (ADDED_CLAIM_FIELDS). */
type AddedClaimValues = ClaimValues & Pick<GoldClaim, "unit">;

/** The values a standing decision leaves: its `after`, or null when it rejects the fact. */
function valuesAfter(d: ReviewDecision): Record<string, unknown> | null {
  return d.action === "reject" ? null : ((d.after as Record<string, unknown> | null) ?? null);
}

function sentenceOf(d: ReviewDecision): { text: string; start: number; end: number } {
  return { text: d.sentence, start: d.sentenceStart, end: d.sentenceEnd };
}
