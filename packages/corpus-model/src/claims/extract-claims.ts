import type { Evidence, FighterClaim } from "../model/types";
import { analyzeSources, creditPosition, type SourceAnalysis } from "../sources";
import { classifyReferent, type ReferentReading } from "./classify-referent";
import { MILITANT_MARKERS } from "./counted-nouns";
import { detectCellContext } from "./detect-cell-context";
import { findCountedNoun, readQuestion } from "./find-counted-noun";
import { findPopulationFigures } from "./find-population-figures";
import { parseQuantities, shareApproximation, type QuantityMatch } from "./parse-quantity";
import { CUSTODY_HEAD, REFERENT_RULES } from "./referent-rules";

/** Words that open a subset of the number before them in the sentence. */
const SUBSET_EVENT_REFERENTS = new Set<FighterClaim["refersTo"]>(["other", "killed", "fled", "crossed", "in_city"]);
const SUBSET_BEFORE = /\b(?:including|among them|among whom|of whom|of them)[ \u00a0]+$/iu;
/** "…, while US officials put the toll at about 250": another source's figure for the count just given. */
const FIGURE_OF_PREVIOUS = /\bthe\s+(?:overall\s+|total\s+|final\s+)?(?:figure|total|tally|count|toll)\s+(?:at\s+|as\s+|to be\s+)?$/i;
/** "4,000 to 5,000, up from 2,500 a year earlier": an earlier value of the same measure. */
const COMPARED_BEFORE = /\b(?:(?:up|down|rising|falling|dropping|climbing)\s+from|compared\s+(?:with|to))\s+$/i;
/** Referent readings that say nothing of their own (a weak cue or none): they yield to the count they restate. */
const WEAK_READINGS = new Set(["default", ...REFERENT_RULES.filter((r) => r.strength === "weak").map((r) => r.id)]);
// The group's names, and the militant nouns a story may use instead ("the militants fired on soldiers").
const MARKERS = [...MILITANT_MARKERS.map((m) => new RegExp(m.pattern)), /\b(?:militants|jihadists|jihadis|insurgents|terrorists|extremists|takfiris)\b/i];

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
  // Where the article first names the group or its militants: a speaker's "them" after it can be the group.
  let firstMarker = Number.POSITIVE_INFINITY;
  for (const re of MARKERS) {
    const m = re.exec(body);
    if (m) firstMarker = Math.min(firstMarker, m.index);
  }
  const textOf = (i: number): string | undefined => {
    const s = sentences[i];
    return s && s.start >= 0 && s.end <= body.length ? body.slice(s.start, s.end) : undefined;
  };
  // Index of the last sentence that yielded a claim: the antecedent of "2,000 of them".
  let lastClaimSentence = -2;
  // Index of the last sentence with a custody claim: detainee stories keep foreign fighters in custody.
  let lastCustodySentence = -3;
  // The last claim's referent and sentence: "the figure" in the next clause restates it.
  let lastReading: { reading: ReferentReading; sentence: number } | null = null;
  sentences.forEach((sentence, index) => {
    if (sentence.start < 0 || sentence.end > body.length || sentence.end <= sentence.start) return;
    const text = body.slice(sentence.start, sentence.end);
    let previous: { accepted: boolean; phraseEnd: number; unit: string } | null = null;
    let previousQ: QuantityMatch | null = null;
    let lastAccepted: { phraseEnd: number; unit: string } | null = null;
    let previousReferent: { referent: FighterClaim["refersTo"]; rule: string } | null = null;
    const recentText = [textOf(index - 3), textOf(index - 2), textOf(index - 1)].filter((t) => t !== undefined).join(" ");
    for (const parsed of parseQuantities(text)) {
      const cellContext = detectCellContext(text, parsed);
      const noun = findCountedNoun(text, parsed, {
        cellContext,
        previous,
        lastAccepted,
        antecedent: lastClaimSentence >= index - 1,
        previousText: textOf(index - 1),
        nextText: textOf(index + 1),
        recentText,
        recentClaim: lastClaimSentence >= 0 && lastClaimSentence >= index - 3,
        groupNamedBefore: firstMarker < sentence.start + parsed.start,
        custodyStory: lastCustodySentence >= index - 2,
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
      // An interview answer ("Perhaps 300.") is read on the question it answers.
      const question = noun.rule === "answer-to-question" ? readQuestion(textOf(index - 1) ?? "") : null;
      if (question) referent = { ...classifyReferent(textOf(index - 1)!, question.q, question.noun), rule: "answered-question" };
      const before = text.slice(Math.max(0, q.start - 40), q.start);
      if (WEAK_READINGS.has(referent.rule)) {
        // "… 400 militants died, while US officials put the toll at about 250": the same count, another figure.
        if (/^(?:postposed:estimate-of-the-number|elliptic-head)$/.test(noun.rule) && FIGURE_OF_PREVIOUS.test(before) && lastReading && lastReading.sentence >= index - 1) {
          referent = { referent: lastReading.reading.referent, rule: "figure-of-previous" };
        } else if (noun.rule === "elliptic-head" && COMPARED_BEFORE.test(before) && previousReferent) {
          // "… 4,000 to 5,000, up from 2,500 a year earlier": the same measure, earlier.
          referent = { referent: previousReferent.referent, rule: "compared-with-previous" };
        } else if (noun.rule === "anaphoric-of-those" && referent.rule === "default" && lastReading) {
          // "… killed 300 militants. Of those, 40 were foreigners": a part shares its set's referent.
          referent = { referent: lastReading.reading.referent, rule: "subset-of-previous" };
        }
      }
      // "10,000 fighters are held in SDF prisons, including about 2,000 foreigners": a subset shares its set's referent.
      // Foreign fighters inside a strength figure stay "joined" (the documented reading); inside
      // a custody or casualty figure they share it ("held", "killed").
      // "… are held in the prisons, and foreigners account for 20 percent of them": a share after its noun, too.
      const shareOfSet = SUBSET_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) || noun.rule === "anaphoric-of-them";
      if (
        previousReferent &&
        shareOfSet &&
        ((referent.rule === "default" && noun.rule !== "anaphoric-of-them") ||
          (referent.rule === "foreign-fighters" && previousReferent.rule !== "default" && SUBSET_EVENT_REFERENTS.has(previousReferent.referent)))
      ) {
        referent = { referent: previousReferent.referent, rule: "subset-of-previous" };
      }
      previousReferent = referent;
      lastReading = { reading: referent, sentence: index };
      // Detainees who escaped still make a custody story ("30 detainees escaped. 8 inmates were recaptured").
      const heldHead = noun.headStart !== null && noun.headEnd !== null && CUSTODY_HEAD.test(text.slice(noun.headStart, noun.headEnd));
      if (/^(?:custody|custody-after|custody-head|transferred)$/.test(referent.rule) || heldHead) lastCustodySentence = index;
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
