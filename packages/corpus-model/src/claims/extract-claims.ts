import type { Evidence, FighterClaim } from "../model/types";
import { analyzeSources, creditPosition, type SourceAnalysis } from "../sources";
import { classifyReferent } from "./classify-referent";
import { findCountedNoun } from "./find-counted-noun";
import { findPopulationFigures } from "./find-population-figures";
import { parseQuantities, shareApproximation, type QuantityMatch } from "./parse-quantity";
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
  const populationFigures = findPopulationFigures(body);
  const textOf = (i: number): string | undefined => {
    const s = sentences[i];
    return s && s.start >= 0 && s.end <= body.length ? body.slice(s.start, s.end) : undefined;
  };
  // Index of the last sentence that yielded a claim: the antecedent of "2,000 of them".
  let lastClaimSentence = -2;
  // Index of the last sentence with a custody claim: detainee stories keep foreign fighters in custody.
  let lastCustodySentence = -3;
  sentences.forEach((sentence, index) => {
    if (sentence.start < 0 || sentence.end > body.length || sentence.end <= sentence.start) return;
    const text = body.slice(sentence.start, sentence.end);
    let previous: { accepted: boolean; phraseEnd: number; unit: string } | null = null;
    let previousQ: QuantityMatch | null = null;
    let lastAccepted: { phraseEnd: number; unit: string } | null = null;
    let previousReferent: { referent: FighterClaim["refersTo"]; rule: string } | null = null;
    for (const parsed of parseQuantities(text)) {
      const cellContext = CELL_BEFORE.test(text.slice(Math.max(0, parsed.start - 40), parsed.start));
      const noun = findCountedNoun(text, parsed, {
        cellContext,
        previous,
        lastAccepted,
        antecedent: lastClaimSentence >= index - 1,
        previousText: textOf(index - 1),
        nextText: textOf(index + 1),
        populationFigures,
        // A scraped excerpt that stops mid-sentence: its last word may be cut short.
        cutAtEnd: index === sentences.length - 1 && /[A-Za-z]$/.test(text),
      });
      previous = { accepted: noun.accepted, phraseEnd: Math.max(noun.phraseEnd, parsed.end), unit: parsed.unit };
      const q: QuantityMatch = noun.rule === "elliptic-head" ? shareApproximation(parsed, previousQ, text) : parsed;
      previousQ = noun.accepted ? q : null;
      if (!noun.accepted) continue;
      lastAccepted = previous;
      lastClaimSentence = index;
      let referent = classifyReferent(text, q, noun, { custodyBefore: lastCustodySentence >= index - 2 && lastCustodySentence < index });
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
      if (/^(?:custody|custody-after|custody-head|transferred)$/.test(referent.rule)) lastCustodySentence = index;
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
