import type { GroupTerm } from "../model/types";

/** One way of naming the group that `countGroupTerms` counts. */
export interface GroupTermRule {
  id: string;
  term: GroupTerm;
  /**
   * Global, case-sensitive pattern. Boundaries are "not a letter or digit"
   * rather than `\b`, so "ISIS-claimed", "anti-ISIS" and "ISIS’s" count while
   * "ISISfoo" does not, and curly quotes / Arabic script next to a name do
   * not break the match.
   */
  pattern: RegExp;
  description: string;
  /** Sentences on which the rule fires (enumerated by the tests). */
  examples: string[];
  /** Sentences on which it must not fire. */
  counterExamples: string[];
}

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

/**
 * The contract's five names. Order matters only for documentation: the
 * patterns cannot overlap (a match of one is never inside a match of
 * another) because each requires non-letters on both sides.
 */
export const GROUP_TERM_LEXICON: readonly GroupTermRule[] = [
  {
    id: "term.islamic-state",
    term: "Islamic State",
    // The long forms ("Islamic State of Iraq and Syria", "... and the Levant",
    // "... and al-Sham", "Islamic State in Iraq and Syria") are one mention
    // of the phrase: the optional tail only widens the evidence span.
    pattern: new RegExp(
      `${L}Islamic\\s+State(?:\\s+(?:of|in)\\s+Iraq(?:\\s+and\\s+(?:the\\s+Levant|Syria|(?:the\\s+)?(?:al-)?Sham|Greater\\s+Syria))?)?${R}`,
      "gu",
    ),
    description: "The phrase \"Islamic State\" (case-sensitive), its long forms counted once.",
    examples: [
      "The Islamic State claimed the ambush.",
      "Fighters of the Islamic State of Iraq and the Levant regrouped.",
      "So-called Islamic State-claimed cells remain.",
    ],
    counterExamples: ["An Islamic state was proclaimed.", "ISLAMIC STATE CELLS"],
  },
  {
    id: "term.isis",
    term: "ISIS",
    pattern: new RegExp(`${L}ISIS${R}`, "gu"),
    description: "The acronym ISIS as a whole word; hyphenated compounds (ISIS-claimed, anti-ISIS) count.",
    examples: ["An ISIS-claimed bombing hit the market.", "The anti-ISIS coalition met.", "ISIS’s emir died."],
    counterExamples: ["The ISISfoo token is not a name.", "Isis is a goddess."],
  },
  {
    id: "term.isil",
    term: "ISIL",
    pattern: new RegExp(`${L}ISIL${R}`, "gu"),
    description: "The acronym ISIL as a whole word.",
    examples: ["ISIL fighters fled.", "The coalition against ISIL expanded."],
    counterExamples: ["ISILs is not a word here."],
  },
  {
    id: "term.daesh",
    term: "Daesh",
    pattern: new RegExp(`${L}Daesh${R}`, "gu"),
    description: "The Arabic acronym Daesh as a whole word (case-sensitive; DAESH in capitals is not counted).",
    examples: ["Daesh's leaders fled.", "Post-Daesh reconstruction began."],
    counterExamples: ["The daesh spelling is not counted."],
  },
  {
    id: "term.is",
    term: "IS",
    // "IS" is also the copula in all-caps text ("WHAT IS NEXT"), so the
    // matcher drops it on shouted lines; see is-shouted-context.ts.
    pattern: new RegExp(`${L}IS${R}`, "gu"),
    description:
      "The abbreviation IS as a standalone capitalised word, except on all-caps lines (headlines) where it is usually the verb.",
    examples: ["IS fighters attacked the village.", "The IS-held town fell.", "Remnants of IS are active."],
    counterExamples: ["WHAT IS NEXT FOR IRAQ", "ISIS fighters", "This is it."],
  },
];
