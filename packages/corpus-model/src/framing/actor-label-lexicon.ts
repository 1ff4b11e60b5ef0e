import type { FramingLexiconEntry } from "./framing-lexicon-entry";

/**
 * How the article labels the insurgents. Singular and plural forms share a
 * category (the plural, as the key the dashboard shows). Labels that also
 * name other people are narrowed: "fighter jets" and "tribal fighters" are
 * not insurgent "fighters"; bare "elements" only counts with a hostile
 * modifier or a group name.
 */
export const ACTOR_LABEL_LEXICON: readonly FramingLexiconEntry[] = [
  {
    id: "actor.militants",
    category: "militants",
    pattern: /\bmilitants?\b/gi,
    description: "militant / militants",
    examples: ["A militant was arrested.", "Militants fled."],
  },
  {
    id: "actor.fighters",
    category: "fighters",
    pattern:
      /(?<!\b(?:militia|tribal|Kurdish|Peshmerga|PMU|PMF|Hashd|government|pro-government|SDF|army|Iraqi\s+army)\s)\bfighters?\b(?![- ](?:jets?|planes?|aircraft|pilots?))/gi,
    description: "fighter / fighters, not fighter jets or militia/tribal/Kurdish fighters",
    examples: ["ISIS fighters crossed the border."],
    counterExamples: ["Fighter jets flew overhead.", "Tribal fighters guard the road."],
  },
  {
    id: "actor.terrorists",
    category: "terrorists",
    pattern: /\bterrorists\b|\bterrorist(?=\s+(?:said|says|was|is|who|had|has|were)\b)|\bthe\s+terrorist\b(?!\s+[a-z])/gi,
    description: "terrorists (noun); the adjective \"terrorist group\" is a loaded term, not an actor label",
    examples: ["Forces hunt terrorists in the desert.", "The terrorist was killed."],
    counterExamples: ["A terrorist group claimed it."],
  },
  {
    id: "actor.insurgents",
    category: "insurgents",
    pattern: /\binsurgents?\b/gi,
    description: "insurgent / insurgents",
    examples: ["Insurgents attacked at night."],
  },
  {
    id: "actor.jihadists",
    category: "jihadists",
    pattern: /\bjihadists?\b|\bjihadis\b/gi,
    description: "jihadist(s), jihadis",
    examples: ["Jihadists regrouped.", "The jihadis left."],
  },
  {
    id: "actor.remnants",
    category: "remnants",
    pattern: /\bremnants?\b/gi,
    description: "remnant(s) of the group",
    examples: ["ISIS remnants hide in caves."],
  },
  {
    id: "actor.sleeper-cells",
    category: "sleeper cells",
    pattern: /\bsleeper\s+cells?\b/gi,
    description: "sleeper cell(s)",
    examples: ["Sleeper cells are active."],
  },
  {
    id: "actor.cells",
    category: "cells",
    pattern: /(?<!\bsleeper\s)\bcells\b|\b(?:terrorist|militant|ISIS|ISIL|Daesh|IS|jihadist|extremist)\s+cell\b/g,
    description: "cells (other than sleeper cells); singular only with a group or hostile modifier (\"cell\" alone is also a phone)",
    examples: ["They operate in cells of up to 50.", "A Daesh cell was dismantled."],
    counterExamples: ["Sleeper cells are active."],
  },
  {
    id: "actor.extremists",
    category: "extremists",
    pattern: /\bextremists?\b/gi,
    description: "extremist(s) as a noun",
    examples: ["Extremists recruit online."],
  },
  {
    id: "actor.gunmen",
    category: "gunmen",
    pattern: /\bgunm[ae]n\b/gi,
    description: "gunman / gunmen",
    examples: ["A gunman fired.", "Gunmen escaped."],
  },
  {
    id: "actor.takfiri",
    category: "takfiris",
    pattern: /\btakfiri(?:s|sts?)?\b/gi,
    description: "takfiri(s), takfirists (Arabic-media label for the group)",
    examples: ["Takfiri militias attacked.", "The takfiris withdrew."],
  },
  {
    id: "actor.khawarij",
    category: "khawarij",
    pattern: /\b(?:khawarij|kharijites?)\b/gi,
    description: "khawarij / kharijites (religious label used by Iraqi and Gulf officials)",
    examples: ["The khawarij were expelled."],
  },
  {
    id: "actor.elements",
    category: "elements",
    pattern: /\b(?:terrorist|militant|armed|extremist|hostile|outlaw|criminal)\s+elements?\b/gi,
    description: "elements with a hostile modifier (\"terrorist elements\"); bare \"elements\" is too common to count",
    examples: ["Armed elements fled.", "Terrorist elements were arrested."],
    counterExamples: ["Key elements of the plan."],
  },
  {
    id: "actor.group-elements",
    category: "elements",
    // Case-sensitive group names, as in the terms lexicon.
    pattern: /(?<![\p{L}\p{N}])(?:ISIS|ISIL|IS|Daesh)\s+elements?\b/gu,
    description: "elements named by the group (\"ISIS elements\")",
    examples: ["ISIS elements are trying to regroup."],
  },
  {
    id: "actor.mercenaries",
    category: "mercenaries",
    pattern: /\bmercenar(?:y|ies)\b/gi,
    description: "mercenary / mercenaries",
    examples: ["Foreign mercenaries joined."],
  },
  {
    id: "actor.operatives",
    category: "operatives",
    pattern: /\boperatives?\b/gi,
    description: "operative(s)",
    examples: ["Senior operatives left Mosul."],
  },
  {
    id: "actor.gangs",
    category: "gangs",
    pattern: /\b(?:terrorist|criminal|armed)\s+gangs?\b/gi,
    description: "terrorist/criminal/armed gangs",
    examples: ["Terrorist gangs were routed."],
  },
];
