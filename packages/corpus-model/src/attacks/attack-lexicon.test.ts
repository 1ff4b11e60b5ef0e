import { describe, expect, it } from "vitest";
import { ACTOR_LEXICON } from "./actor-lexicon";
import { ATTACK_LEXICON, TRIGGER_CUES } from "./attack-lexicon";
import { matchAllOf } from "../text/match-all";
import { CONCRETE_ATTACK, RETRACTED_REPORT, SAME_INCIDENT, SIMILAR_ATTACK, UNEXPLAINED_KILLING } from "./attack-reference-rules";
import { findAttackTriggers } from "./extract-attacks";
import { splitSentences } from "../text";
import { extractAttacks } from "./extract-attacks";

describe("ATTACK_LEXICON", () => {
  it("has unique ids across attack, reference and actor rules", () => {
    const ids = [...ATTACK_LEXICON, SIMILAR_ATTACK, CONCRETE_ATTACK, UNEXPLAINED_KILLING, RETRACTED_REPORT, SAME_INCIDENT, ...ACTOR_LEXICON].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of ATTACK_LEXICON) {
    it(`${rule.id} fires on its examples and not on its counter-examples`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      expect(rule.id.startsWith(`${rule.type}.`)).toBe(true);
      for (const ex of rule.examples) {
        expect(findAttackTriggers(ex).map((h) => h.rule), ex).toContain(rule.id);
      }
      for (const ex of rule.counterExamples) {
        expect(findAttackTriggers(ex).map((h) => h.rule), ex).not.toContain(rule.id);
      }
    });
  }

  it("every trigger of every rule example contains one of TRIGGER_CUES", () => {
    for (const rule of ATTACK_LEXICON) {
      for (const ex of rule.examples) {
        for (const m of matchAllOf(rule.pattern, ex)) expect(TRIGGER_CUES.test(m[0]), `${rule.id}: ${m[0]}`).toBe(true);
      }
    }
  });

  for (const rule of [SIMILAR_ATTACK, CONCRETE_ATTACK, UNEXPLAINED_KILLING, RETRACTED_REPORT]) {
    it(`${rule.id} matches its examples`, () => {
      for (const ex of rule.examples) expect(new RegExp(rule.pattern.source, "i").test(ex), ex).toBe(true);
    });
  }

  for (const rule of [CONCRETE_ATTACK, UNEXPLAINED_KILLING]) {
    it(`${rule.id} codes unknown only on its examples`, () => {
      for (const ex of rule.examples) {
        expect(extractAttacks(ex, splitSentences(ex)).map((a) => a.type), ex).toEqual(["unknown"]);
      }
      for (const ex of rule.counterExamples) {
        expect(extractAttacks(ex, splitSentences(ex)), ex).toEqual([]);
      }
    });
  }

  it(`${SAME_INCIDENT.id} codes an incident by the method its neighbour states, not across another incident`, () => {
    for (const ex of SAME_INCIDENT.examples) {
      const attacks = extractAttacks(ex, splitSentences(ex));
      expect(new Set(attacks.map((a) => a.start)).size, ex).toBe(2);
      expect(attacks.map((a) => a.type), ex).not.toContain("unknown");
    }
    for (const ex of SAME_INCIDENT.counterExamples) {
      expect(extractAttacks(ex, splitSentences(ex)).map((a) => a.type), ex).toContain("unknown");
    }
  });

  it(`${RETRACTED_REPORT.id} drops the triggers of a corrected report only`, () => {
    for (const ex of RETRACTED_REPORT.examples) expect(extractAttacks(ex, splitSentences(ex)), ex).toEqual([]);
    for (const ex of RETRACTED_REPORT.counterExamples) expect(extractAttacks(ex, splitSentences(ex)).length, ex).toBeGreaterThan(0);
  });

  for (const rule of ACTOR_LEXICON) {
    it(`${rule.id} matches its examples`, () => {
      for (const ex of rule.examples) expect(new RegExp(rule.pattern.source, rule.pattern.flags).test(ex), ex).toBe(true);
    });
  }
});
