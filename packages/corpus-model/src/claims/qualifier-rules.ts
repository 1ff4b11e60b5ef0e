import type { Qualifier } from "../model/types";

/**
 * Words written before a number that say how the number bounds the count.
 * Matched case-insensitively against the text immediately before the number
 * (pattern is anchored at the end by the parser). Longer phrases come first
 * so "no more than" is not read as "more than".
 */
export interface QualifierRule {
  id: string;
  /** Source of a regex matching the phrase; the parser adds `\s*$`. */
  pattern: string;
  qualifier: Qualifier;
  description: string;
}

export const PREFIX_QUALIFIER_RULES: readonly QualifierRule[] = [
  { id: "not-exceed", pattern: "\\b(?:(?:does|do|did|will|would|could) not|doesn['’]t|don['’]t|didn['’]t|won['’]t|not|never) exceed(?:ing)?", qualifier: "at_most", description: "'their number does not exceed 2,000' (common in translated Arabic copy)" },
  { id: "exceeds", pattern: "\\bexceed(?:s|ed)?", qualifier: "more_than", description: "'the number exceeds 2,000'" },
  { id: "no-more-than", pattern: "\\b(?:no|not|never) more than", qualifier: "at_most", description: "'no more than 25 percent' caps the count" },
  { id: "at-most", pattern: "\\bat (?:the )?most", qualifier: "at_most", description: "'at most 300'" },
  { id: "a-maximum-of", pattern: "\\ba maximum of", qualifier: "at_most", description: "'a maximum of 50'" },
  { id: "no-fewer-than", pattern: "\\bno (?:fewer|less) than", qualifier: "at_least", description: "'no fewer than 700' is a floor" },
  { id: "not-less-than", pattern: "\\bnot (?:fewer|less) than", qualifier: "at_least", description: "'not less than 700'" },
  { id: "at-least", pattern: "\\bat least", qualifier: "at_least", description: "'at least 700'" },
  { id: "a-minimum-of", pattern: "\\ba minimum of", qualifier: "at_least", description: "'a minimum of 500'" },
  { id: "as-few-as", pattern: "\\bas (?:few|small|little|low) as", qualifier: "at_least", description: "'groups as small as two': the smallest size, a floor" },
  { id: "up-to", pattern: "\\bup to", qualifier: "up_to", description: "'up to 50'" },
  { id: "as-many-as", pattern: "\\bas (?:many|much|high|large|big) as", qualifier: "up_to", description: "'as many as 3,000'" },
  { id: "just-under", pattern: "\\b(?:just|slightly|a little) (?:under|below|short of)", qualifier: "fewer_than", description: "'just under 1,000'" },
  { id: "fewer-than", pattern: "\\b(?:fewer|less) than", qualifier: "fewer_than", description: "'fewer than 1,000'" },
  { id: "under", pattern: "\\b(?:under|below)", qualifier: "fewer_than", description: "'under 1,000 fighters'" },
  { id: "more-than", pattern: "\\b(?:more|greater) than", qualifier: "more_than", description: "'more than 2,000'" },
  { id: "in-excess-of", pattern: "\\b(?:in excess of|upwards of|upward of)", qualifier: "more_than", description: "'upwards of 2,000'" },
  { id: "over", pattern: "(?<!\\b(?:hand(?:ed|s|ing)?|t(?:ook|ake[ns]?|aking)|turn(?:ed|s|ing)?|won|wins?|fought|fights?|fighting|pass(?:ed|es|ing)?|presid(?:ed|es|ing)|ran|runs?|running|watch(?:ed|es|ing)?|rolled|swept)\\s)\\b(?:(?:just|well|slightly) )?(?:over|above|exceeding)", qualifier: "more_than", description: "'over 2,000'; not the particle of 'handed over 150', 'took over 20'" },
  { id: "an-estimated", pattern: "\\b(?:an|the) estimated", qualifier: "about", description: "'an estimated 5,000' is an approximation" },
  { id: "estimated", pattern: "\\bestimated", qualifier: "about", description: "'estimated 5,000'" },
  { id: "order-of", pattern: "\\b(?:on|in) the order of|\\bin the (?:region|neighbou?rhood|vicinity) of|\\bsomething like|\\bsomewhere (?:around|near|close to)", qualifier: "about", description: "'on the order of 2,000', 'in the region of 800': approximations" },
  { id: "approximately", pattern: "\\b(?:approximately|approx\\.?|roughly|around|about|nearly|almost|close to|closer to|nearer to|some|circa|ca\\.|an approximate|perhaps|maybe|possibly)", qualifier: "about", description: "approximators: 'nearly', 'around', 'some', 'roughly'…; 'put the figure at closer to 1,000' corrects another count with an approximation" },
];

/**
 * Phrases written after a number ("1,000 or more"). A bound written after
 * the number also overrides an approximator before it: "around 3,000 or
 * fewer" is capped at 3,000 (`overridesAbout`).
 */
export interface SuffixQualifierRule extends QualifierRule {
  /** The suffix wins over an "about"-type prefix ("roughly 500 or more" is a floor). */
  overridesAbout?: boolean;
}

export const SUFFIX_QUALIFIER_RULES: readonly SuffixQualifierRule[] = [
  { id: "or-more", pattern: "^\\s*(?:or|and) (?:more|above|upwards)\\b", qualifier: "at_least", overridesAbout: true, description: "'1,000 or more'" },
  { id: "plus", pattern: "^(?:-plus\\b|\\+)", qualifier: "at_least", description: "'1,000-plus', '1,000+'" },
  { id: "or-so", pattern: "^\\s*or so\\b", qualifier: "about", description: "'1,000 or so'" },
  { id: "odd", pattern: "^-odd\\b", qualifier: "about", description: "'1,000-odd'" },
  { id: "or-fewer", pattern: "^\\s*or (?:fewer|less)\\b", qualifier: "at_most", overridesAbout: true, description: "'50 or fewer', 'around 3,000 or fewer'" },
];

/**
 * Words near a number that call it a floor without a prefix: "lost 50,000
 * men, which it said was a conservative estimate", "by conservative
 * estimates, 3,000 fighters". They turn an exact or approximate figure into
 * `at_least`. `before`/`after` are the character windows searched on each
 * side of the number (the number's own clause, roughly).
 */
export interface ContextQualifierRule {
  id: string;
  /** Regex source, case-insensitive. */
  pattern: string;
  qualifier: Qualifier;
  before: number;
  after: number;
  description: string;
}

export const CONTEXT_QUALIFIER_RULES: readonly ContextQualifierRule[] = [
  {
    id: "conservative-estimate",
    pattern: "\\bconservative(?:ly)?[”\"’']?\\s+(?:estimate[sd]?|figures?|counts?|tall(?:y|ies)|assessments?|numbers?)\\b",
    qualifier: "at_least",
    before: 60,
    after: 90,
    description: "'a conservative estimate' / 'conservatively estimated': the figure is a floor",
  },
];
