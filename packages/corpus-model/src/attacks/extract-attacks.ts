import type { AttackMention, AttackType, Evidence } from "../model/types";
import { anyMatcher, firstMatchOf, matchAllOf } from "../text/match-all";
import { ATTACK_LEXICON, HYPOTHETICAL_BEFORE, REJECT_WINDOW, TRIGGER_CUES, type AttackRule } from "./attack-lexicon";
import {
  AGENT_AFTER_ATTACK,
  CASUALTY_TOLL,
  CONCRETE_ATTACK,
  DEATH_REPORTED,
  ELABORATION_WINDOW,
  EXECUTION_MARKS,
  FOLLOW_UP_WINDOW,
  GENERIC_TACTICS,
  FIGURATIVE_ATTACK,
  INCIDENT_OUTCOME,
  INHERIT_WINDOW,
  LAUNCH_VERB_BEFORE,
  MIN_SHARED_TOLL,
  MILITANT_VICTIMS,
  NEW_INCIDENT,
  NOT_AN_UNEXPLAINED_KILLING,
  PLANNED_ATTACK,
  PLANNED_REACH,
  PLANNED_REACH_AFTER,
  RETRACTED_REPORT,
  SAME_INCIDENT,
  SIMILAR_ATTACK,
  UNEXPLAINED_AFTERMATH,
  UNEXPLAINED_KILLING,
} from "./attack-reference-rules";
import { findActor } from "./find-actor";

/** A trigger found in one sentence; offsets relative to the sentence. */
interface Hit {
  type: AttackType;
  rule: string;
  start: number;
  end: number;
}

function ruleHits(rule: AttackRule, sentence: string): Hit[] {
  if (rule.requires && !rule.requires.test(sentence)) return [];
  const hits: Hit[] = [];
  for (const m of matchAllOf(rule.pattern, sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (rule.rejectNear || rule.requiresNear) {
      const near = sentence.slice(Math.max(0, start - REJECT_WINDOW), end + REJECT_WINDOW);
      if (rule.rejectNear?.test(near)) continue;
      if (rule.requiresNear && !rule.requiresNear.test(near)) continue;
    }
    const before = sentence.slice(Math.max(0, start - REJECT_WINDOW), start);
    if (rule.rejectBefore?.test(before) || HYPOTHETICAL_BEFORE.test(before)) continue;
    if (rule.rejectAfter?.test(sentence.slice(end, end + REJECT_WINDOW))) continue;
    if (rule.actor) {
      const side = findActor(sentence, start, end);
      if (rule.actor === "not_state" && (side === "state" || side === "neutral")) continue;
      if (rule.actor === "militant" && side !== "militant") continue;
    }
    hits.push({ type: rule.type, rule: rule.id, start, end });
  }
  return hits;
}

// Most sentences contain no trigger word at all: one combined scan rules them out before the per-rule scans and guards.
const ANY_TRIGGER = anyMatcher(ATTACK_LEXICON.map((r) => r.pattern));

/** Hits outside the part of the sentence that reports something the article then corrects. */
function withoutRetracted(sentence: string, hits: Hit[]): Hit[] {
  if (hits.length === 0) return hits;
  const spans = matchAllOf(RETRACTED_REPORT.pattern, sentence).map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return hits;
  return hits.filter((h) => !spans.some(([from, to]) => h.start >= from && h.start < to));
}

/** The method-word triggers of one sentence, after guards and `yieldsTo`. */
export function findAttackTriggers(sentence: string): Hit[] {
  if (!TRIGGER_CUES.test(sentence) || !ANY_TRIGGER(sentence)) return [];
  const found = ATTACK_LEXICON.flatMap((rule) => ruleHits(rule, sentence).map((hit) => ({ hit, rule })));
  const kept = new Set(withoutRetracted(sentence, found.map((f) => f.hit)));
  const all = found.filter((f) => kept.has(f.hit));
  const types = new Set(all.map((a) => a.hit.type));
  return all
    .filter(({ rule }) => !(rule.yieldsTo ?? []).some((t) => t !== rule.type && types.has(t)))
    .map((a) => a.hit)
    .sort((a, b) => a.start - b.start);
}

/** A single attack that happened, not a plan, a figure of speech or the state's own assault. */
function isConcreteAttack(sentence: string, start: number, end: number): boolean {
  const around = sentence.slice(Math.max(0, start - PLANNED_REACH), end + PLANNED_REACH_AFTER);
  if (PLANNED_ATTACK.test(around) || FIGURATIVE_ATTACK.test(sentence.slice(start, end))) return false;
  if (MILITANT_VICTIMS.test(sentence)) return false;
  const agentNamed =
    AGENT_AFTER_ATTACK.test(sentence.slice(end, end + 40)) || LAUNCH_VERB_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
  if (agentNamed) {
    const side = findActor(sentence, start, end);
    if (side === "state" || side === "neutral") return false;
  }
  return true;
}

const BODIES = /\b(?:bod(?:y|ies)|corpses?)\b/i;

/**
 * A concrete incident of unknown method in this sentence, if any.
 * `afterIncident`: one of the UNEXPLAINED_AFTERMATH sentences before was coded,
 * so bodies found here are that incident's aftermath.
 */
function concreteUnknown(sentence: string, afterIncident: boolean): Hit | null {
  if (INCIDENT_OUTCOME.test(sentence)) {
    for (const m of matchAllOf(CONCRETE_ATTACK.pattern, sentence)) {
      const end = m.index + m[0].length;
      if (isConcreteAttack(sentence, m.index, end)) return { type: "unknown", rule: CONCRETE_ATTACK.id, start: m.index, end };
    }
  }
  const deathReported = DEATH_REPORTED.test(sentence) || (EXECUTION_MARKS.test(sentence) && BODIES.test(sentence));
  if (!afterIncident && deathReported && !NOT_AN_UNEXPLAINED_KILLING.test(sentence)) {
    const m = firstMatchOf(UNEXPLAINED_KILLING.pattern, sentence);
    if (m) return { type: "unknown", rule: UNEXPLAINED_KILLING.id, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

const methodTypes = (hits: Hit[]): AttackType[] => [...new Set(hits.filter((h) => h.type !== "unknown").map((h) => h.type))];

/**
 * The method types of the incident an unknown-method sentence tells, when a
 * neighbouring sentence states them (SAME_INCIDENT); null when none does.
 */
function methodOfSameIncident(
  texts: string[],
  direct: Hit[][],
  tollsAt: (index: number) => Set<number>,
  index: number,
): AttackType[] | null {
  for (let next = index + 1; next <= Math.min(texts.length - 1, index + ELABORATION_WINDOW); next++) {
    if (NEW_INCIDENT.test(texts[next]!)) break;
    const types = methodTypes(direct[next]!);
    if (types.length === 0) continue;
    if (GENERIC_TACTICS.test(texts[next]!)) break;
    return types;
  }
  if (!NEW_INCIDENT.test(texts[index]!)) {
    for (let prev = index - 1; prev >= Math.max(0, index - FOLLOW_UP_WINDOW); prev--) {
      const types = methodTypes(direct[prev]!);
      if (types.length > 0 && !GENERIC_TACTICS.test(texts[prev]!)) return types;
    }
  }
  const tolls = tollsAt(index);
  if (tolls.size === 0) return null;
  for (let other = 0; other < texts.length; other++) {
    if (other === index) continue;
    const types = methodTypes(direct[other]!);
    if (types.length > 0 && [...tollsAt(other)].some((t) => tolls.has(t))) return types;
  }
  return null;
}

/** The death or injury tolls a sentence gives (at least MIN_SHARED_TOLL). */
function tollsOf(text: string): Set<number> {
  const tolls = new Set<number>();
  if (!/\d/.test(text)) return tolls;
  for (const m of matchAllOf(CASUALTY_TOLL, text)) {
    const n = Number(m[1] ?? m[2]);
    if (n >= MIN_SHARED_TOLL) tolls.add(n);
  }
  return tolls;
}

/**
 * The GTD attack types each sentence mentions, one entry per sentence and
 * type, with the first trigger of that type as evidence:
 *  1. method words (attack-lexicon.ts) with their guards;
 *  2. otherwise "a similar / another attack" inherits the types of the last
 *     coded sentence within INHERIT_WINDOW sentences;
 *  3. otherwise a single concrete attack with an outcome and no method, or
 *     a killing with the marks of an execution, is "unknown";
 *  4. an unknown-method sentence whose incident a neighbouring sentence
 *     tells with its method takes that method instead (SAME_INCIDENT).
 * Triggers inside a report the article itself corrects are dropped.
 * Generic or planned attacks without a method match none of these.
 */
export function extractAttacks(body: string, sentences: Evidence[]): AttackMention[] {
  const texts = sentences.map((s) => body.slice(s.start, s.end));
  const direct = texts.map(findAttackTriggers);
  /** Hits per sentence index after steps 1-3. */
  const coded: Hit[][] = [];

  texts.forEach((text, index) => {
    let hits = direct[index]!;

    if (hits.length === 0) {
      const similar = firstMatchOf(SIMILAR_ATTACK.pattern, text);
      if (similar) {
        for (let back = index - 1; back >= Math.max(0, index - INHERIT_WINDOW); back--) {
          const prior = coded[back]!;
          if (prior.length > 0) {
            hits = [...new Set(prior.map((h) => h.type))].map((type) => ({
              type,
              rule: SIMILAR_ATTACK.id,
              start: similar.index,
              end: similar.index + similar[0].length,
            }));
            break;
          }
        }
      }
    }

    if (hits.length === 0) {
      const afterIncident = coded.slice(Math.max(0, index - UNEXPLAINED_AFTERMATH), index).some((prior) => prior.length > 0);
      const unknown = concreteUnknown(text, afterIncident);
      if (unknown) hits = withoutRetracted(text, [unknown]);
    }
    coded[index] = hits;
  });

  // Each sentence's tolls are read at most once, so matching tolls stays linear in the sentences read.
  const tolls: (Set<number> | undefined)[] = [];
  const tollsAt = (i: number) => (tolls[i] ??= tollsOf(texts[i]!));
  const out: AttackMention[] = [];
  coded.forEach((hits, index) => {
    const first = hits[0];
    if (first && methodTypes(hits).length === 0) {
      const types = methodOfSameIncident(texts, direct, tollsAt, index);
      if (types) hits = types.map((type) => ({ type, rule: SAME_INCIDENT.id, start: first.start, end: first.end }));
    }
    const sentence = sentences[index]!;
    const seen = new Set<AttackType>();
    for (const hit of hits) {
      if (seen.has(hit.type)) continue;
      seen.add(hit.type);
      const start = sentence.start + hit.start;
      const end = sentence.start + hit.end;
      out.push({
        type: hit.type,
        text: texts[index]!,
        start: sentence.start,
        end: sentence.end,
        trigger: { start, end, text: body.slice(start, end) },
      });
    }
  });
  return out;
}
