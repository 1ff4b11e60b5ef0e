import { describe, expect, it } from "vitest";
import { ACTOR_LEXICON } from "./actor-lexicon";
import { ATTACK_LEXICON } from "./attack-lexicon";
import { CONCRETE_ATTACK, RETRACTED_REPORT, SIMILAR_ATTACK, UNEXPLAINED_KILLING } from "./attack-reference-rules";
import { findAttackTriggers } from "./extract-attacks";
import { splitSentences } from "../text";
import { extractAttacks } from "./extract-attacks";

describe("ATTACK_LEXICON", () => {
  it("has unique ids across attack, reference and actor rules", () => {
    const ids = [...ATTACK_LEXICON, SIMILAR_ATTACK, CONCRETE_ATTACK, UNEXPLAINED_KILLING, RETRACTED_REPORT, ...ACTOR_LEXICON].map((r) => r.id);
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
