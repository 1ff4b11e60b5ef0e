import type { AttackMention, AttackType, Evidence } from "../model/types";
import { anyMatcher, firstMatchOf, matchAllOf } from "../text/match-all";
import { ATTACK_LEXICON, REJECT_WINDOW, type AttackRule } from "./attack-lexicon";
import {
  CONCRETE_ATTACK,
  INCIDENT_OUTCOME,
  INHERIT_WINDOW,
  NOT_AN_INCIDENT,
  SIMILAR_ATTACK,
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
    if (rule.rejectNear) {
      const near = sentence.slice(Math.max(0, start - REJECT_WINDOW), end + REJECT_WINDOW);
      if (rule.rejectNear.test(near)) continue;
    }
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

/** The method-word triggers of one sentence, after guards and `yieldsTo`. */
export function findAttackTriggers(sentence: string): Hit[] {
  if (!ANY_TRIGGER(sentence)) return [];
  const all = ATTACK_LEXICON.flatMap((rule) => ruleHits(rule, sentence).map((h) => ({ hit: h, rule })));
  const types = new Set(all.map((a) => a.hit.type));
  return all
    .filter(({ rule }) => !(rule.yieldsTo ?? []).some((t) => t !== rule.type && types.has(t)))
    .map((a) => a.hit)
    .sort((a, b) => a.start - b.start);
}

function concreteUnknown(sentence: string): Hit | null {
  if (NOT_AN_INCIDENT.test(sentence) || !INCIDENT_OUTCOME.test(sentence)) return null;
  const m = firstMatchOf(CONCRETE_ATTACK.pattern, sentence);
  if (!m) return null;
  return { type: "unknown", rule: CONCRETE_ATTACK.id, start: m.index, end: m.index + m[0].length };
}

/**
 * The GTD attack types each sentence mentions, one entry per sentence and
 * type, with the first trigger of that type as evidence. Sentences are
 * coded in order:
 *  1. method words (attack-lexicon.ts) with their guards;
 *  2. otherwise "a similar / another attack" inherits the types of the last
 *     coded sentence within INHERIT_WINDOW sentences;
 *  3. otherwise a single concrete attack with an outcome and no method is
 *     "unknown".
 * Generic or planned attacks without a method match none of these.
 */
export function extractAttacks(body: string, sentences: Evidence[]): AttackMention[] {
  const out: AttackMention[] = [];
  /** Types coded per sentence index, for inheritance. */
  const coded: AttackType[][] = [];

  sentences.forEach((sentence, index) => {
    const text = body.slice(sentence.start, sentence.end);
    let hits = findAttackTriggers(text);

    if (hits.length === 0) {
      const similar = firstMatchOf(SIMILAR_ATTACK.pattern, text);
      if (similar) {
        for (let back = index - 1; back >= Math.max(0, index - INHERIT_WINDOW); back--) {
          const prior = coded[back];
          if (prior && prior.length > 0) {
            hits = prior.map((type) => ({
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
      const unknown = concreteUnknown(text);
      if (unknown) hits = [unknown];
    }

    const seen = new Set<AttackType>();
    for (const hit of hits) {
      if (seen.has(hit.type)) continue;
      seen.add(hit.type);
      const start = sentence.start + hit.start;
      const end = sentence.start + hit.end;
      out.push({
        type: hit.type,
        text,
        start: sentence.start,
        end: sentence.end,
        trigger: { start, end, text: body.slice(start, end) },
      });
    }
    coded[index] = [...seen];
  });
  return out;
}
