import type { Evidence, FighterClaim } from "../model/types";
import { analyzeSources, creditPosition, type SourceAnalysis } from "../sources";
import { classifyReferent } from "./classify-referent";
import { findCountedNoun } from "./find-counted-noun";
import { parseQuantities } from "./parse-quantity";
import { CELL_BEFORE } from "./referent-rules";

/** Words that open a subset of the number before them in the sentence. */
const SUBSET_EVENT_REFERENTS = new Set<FighterClaim["refersTo"]>(["other", "killed", "fled", "crossed", "in_city"]);
const SUBSET_BEFORE = /\b(?:including|among them|among whom|of whom|of them)[ \u00a0]+$/iu;

/** A claim with the ids of the rules that produced it, for the UI's "why was this counted". */
export interface ExplainedClaim {
  claim: FighterClaim;
  /** Quantity rules, the counted-noun rule, the referent rule and the claimant source. */
  rules: string[];
}

/**
 * Extracts fighter-number claims: in each sentence, every quantity whose
 * counted noun is a militant-side person noun, with its bounds, qualifier,
 * unit, referent and claimant. The claimant is whoever the article's
 * source model credits with the number's position (see creditPosition):
 * the quotation's speaker, the innermost reporting frame, else the outlet's
 * own voice. Pass `sources` when the article's sources are already read.
 */
export function extractClaims(body: string, sentences: Evidence[], sources?: SourceAnalysis): FighterClaim[] {
  return extractClaimsExplained(body, sentences, sources).map((x) => x.claim);
}

export function extractClaimsExplained(body: string, sentences: Evidence[], sources: SourceAnalysis = analyzeSources(body, sentences)): ExplainedClaim[] {

  const out: ExplainedClaim[] = [];
  // Index of the last sentence that yielded a claim: the antecedent of "2,000 of them".
  let lastClaimSentence = -2;
  sentences.forEach((sentence, index) => {
    if (sentence.start < 0 || sentence.end > body.length || sentence.end <= sentence.start) return;
    const text = body.slice(sentence.start, sentence.end);
    let previous: { accepted: boolean; phraseEnd: number; unit: string } | null = null;
    let previousReferent: { referent: FighterClaim["refersTo"]; rule: string } | null = null;
    for (const q of parseQuantities(text)) {
      const cellContext = CELL_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start));
      const noun = findCountedNoun(text, q, { cellContext, previous, antecedent: lastClaimSentence >= index - 1 });
      previous = { accepted: noun.accepted, phraseEnd: Math.max(noun.phraseEnd, q.end), unit: q.unit };
      if (!noun.accepted) continue;
      lastClaimSentence = index;
      let referent = classifyReferent(text, q, noun);
      // "10,000 fighters are held in SDF prisons, including about 2,000 foreigners": a subset shares its set's referent.
      // Foreign fighters inside a strength figure stay "joined" (the documented reading); inside
      // a custody or casualty figure they share it ("held", "killed").
      if (
        previousReferent &&
        SUBSET_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) &&
        (referent.rule === "default" || (referent.rule === "foreign-fighters" && previousReferent.rule !== "default" && SUBSET_EVENT_REFERENTS.has(previousReferent.referent)))
      ) {
        referent = { referent: previousReferent.referent, rule: "subset-of-previous" };
      }
      previousReferent = referent;
      const credit = creditPosition(sources, index, sentence.start + q.numberStart);
      const quantity: Evidence = {
        start: sentence.start + q.start,
        end: sentence.start + q.end,
        text: text.slice(q.start, q.end),
      };
      const rules = [...q.rules, `noun:${noun.rule}`, `referent:${referent.rule}`, `claimant:${credit.rule}`, `type:${credit.source.why}`];
      const claim: FighterClaim = {
        low: q.low,
        high: q.high,
        qualifier: q.qualifier,
        unit: q.unit,
        claimant: credit.claimant,
        claimantType: credit.claimantType,
        refersTo: referent.referent,
        section: "body",
        text,
        start: sentence.start,
        end: sentence.end,
        quantity,
        claimantEvidence: credit.evidence ? { ...credit.evidence } : null,
        rules,
      };
      out.push({
        claim,
        rules,
      });
    }
  });
  return out;
}
