import { describe, expect, it } from "vitest";
import type { FramingDimension } from "../model/types";
import { splitSentences } from "../text";
import { ACTOR_LABEL_LEXICON } from "./actor-label-lexicon";
import type { FramingLexiconEntry } from "./framing-lexicon-entry";
import { LOADED_TERM_LEXICON } from "./loaded-term-lexicon";
import { matchLexicon } from "./match-lexicon";
import { POLICY_FRAME_LEXICON, POLICY_FRAMES } from "./policy-frame-lexicon";
import { THREAT_LEXICON } from "./threat-lexicon";

const tables: [string, readonly FramingLexiconEntry[], FramingDimension, boolean][] = [
  ["actor labels", ACTOR_LABEL_LEXICON, "actor_label", true],
  ["threat", THREAT_LEXICON, "threat", true],
  ["policy frames", POLICY_FRAME_LEXICON, "policy_frame", false],
  ["loaded terms", LOADED_TERM_LEXICON, "loaded_term", true],
];

describe("framing lexicons", () => {
  it("have unique ids across all tables", () => {
    const ids = tables.flatMap(([, t]) => t.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("cover all 15 policy frames with one table each", () => {
    expect(POLICY_FRAME_LEXICON.map((e) => e.category).sort()).toEqual([...POLICY_FRAMES].sort());
  });

  for (const [name, table, dimension, resolve] of tables) {
    for (const entry of table) {
      it(`${name}: ${entry.id} fires on its examples and not on its counter-examples`, () => {
        expect(entry.examples.length).toBeGreaterThan(0);
        for (const ex of entry.examples) {
          const rules = matchLexicon(ex, splitSentences(ex), table, dimension, resolve).map((s) => s.rule);
          expect(rules, ex).toContain(entry.id);
        }
        for (const ex of entry.counterExamples ?? []) {
          const rules = matchLexicon(ex, splitSentences(ex), table, dimension, resolve).map((s) => s.rule);
          expect(rules, ex).not.toContain(entry.id);
        }
      });
    }
  }
});
