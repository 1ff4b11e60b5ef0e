import type { FramingLexiconEntry } from "./framing-lexicon-entry";

/**
 * Words that carry a judgement beyond reporting: martyrdom and liberation
 * vocabulary, the group's own religious labels, and condemnation. Their
 * rate shows whose vocabulary an outlet adopts.
 */
export const LOADED_TERM_LEXICON: readonly FramingLexiconEntry[] = [
  {
    id: "loaded.martyr",
    category: "martyr",
    pattern: /\bmartyr(?:s|ed|dom|ing|ize|ized|ised)?\b/gi,
    description: "martyr, martyrs, martyred, martyring, martyrdom",
    examples: ["Three soldiers were martyred.", "The attack, martyring 80 people."],
  },
  {
    id: "loaded.terror",
    category: "terror",
    pattern: /(?<!counter-?)\bterror\b|\bterroriz(?:e|ed|es|ing)\b|\bterroris(?:e|ed|es|ing)\b/gi,
    description: "terror (\"terror group\"), terrorize",
    examples: ["The terror group fled.", "Enough to terrorize the region."],
    counterExamples: ["Counter-terror activities resumed."],
  },
  {
    id: "loaded.terrorist",
    category: "terrorist",
    pattern: /\bterrorists?\b/gi,
    description: "terrorist(s) as a label, adjective or noun",
    examples: ["A terrorist group claimed it.", "Strike terrorists."],
  },
  {
    id: "loaded.terrorism",
    category: "terrorism",
    // "counterterrorism" names an institution, not a judgement of the group.
    pattern: /(?<!counter-?)\bterrorism\b/gi,
    description: "terrorism (not counterterrorism)",
    examples: ["An act of terrorism."],
    counterExamples: ["The counter-terrorism agency met."],
  },
  {
    id: "loaded.liberation",
    category: "liberation",
    pattern: /\bliberat(?:ion|ed|e|ing)\b/gi,
    description: "liberation, liberated",
    examples: ["The full liberation of the province.", "Liberated areas."],
  },
  {
    id: "loaded.heroic",
    category: "heroic",
    pattern: /\bhero(?:ic|es|ism)?\b/gi,
    description: "heroic, heroes, heroism",
    examples: ["Our heroic forces advanced."],
  },
  {
    id: "loaded.crusaders",
    category: "crusaders",
    pattern: /\bcrusaders?\b/gi,
    description: "crusaders (the group's label for Western forces)",
    examples: ["The crusaders will be defeated."],
  },
  {
    id: "loaded.apostates",
    category: "apostates",
    pattern: /\bapostates?\b|\bapostasy\b|\brafid(?:a|ah|is|ites?)\b|\binfidels?\b/gi,
    description: "apostates, infidels, rafida (the group's sectarian labels)",
    examples: ["Fighters killed apostates.", "Killing the rafida."],
  },
  {
    id: "loaded.occupation",
    category: "occupation",
    pattern: /\boccup(?:ation|iers?|ying\s+forces)\b/gi,
    description: "occupation, occupiers",
    examples: ["Resisting the occupation."],
  },
  {
    id: "loaded.massacre",
    category: "massacre",
    pattern: /\bmassacr(?:e|es|ed)\b|\bslaughter(?:ed|ing)?\b|\bbutcher(?:s|ed|y)?\b|\bgenocid(?:e|al)\b/gi,
    description: "massacre, slaughter, butchery, genocide",
    examples: ["A massacre of villagers.", "They slaughtered prisoners."],
  },
  {
    id: "loaded.savage",
    category: "savage",
    pattern: /\bsavage(?:ry|ly)?\b|\bbarbar(?:ic|ism|ity|ians?)\b|\bheinous\b|\bcowardly\b|\bmonstrous\b/gi,
    description: "savage, barbaric, heinous, cowardly",
    examples: ["A barbaric crime.", "This cowardly attack."],
  },
  {
    id: "loaded.caliphate",
    category: "caliphate",
    pattern: /\bcaliphate\b/gi,
    description: "caliphate (the group's own term for its state)",
    examples: ["The caliphate collapsed."],
  },
];
