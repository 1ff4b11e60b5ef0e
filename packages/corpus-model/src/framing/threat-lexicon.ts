import type { FramingLexiconEntry } from "./framing-lexicon-entry";

/**
 * Threat stance: language presenting the group as coming back
 * ("resurgence") versus beaten or contained ("defeat"). Overlapping hits
 * resolve to the longest, so "not a viable threat" is defeat, not threat.
 */
export const THREAT_LEXICON: readonly FramingLexiconEntry[] = [
  // resurgence
  {
    id: "threat.resurgence",
    category: "resurgence",
    pattern: /\bresurg(?:ence|ent|ing)\b/gi,
    description: "resurgence / resurgent",
    examples: ["Officials fear a resurgence."],
  },
  {
    id: "threat.regroup",
    category: "resurgence",
    pattern: /\bregroup(?:s|ed|ing)?\b|\brebuild(?:s|ing)?\s+(?:its|their)\s+(?:ranks|capacity|networks?|forces)\b|\breconstitut\w*\b/gi,
    description: "regroup, rebuild its ranks/capacity, reconstitute",
    examples: ["Cells regroup in the desert.", "The group is rebuilding its ranks."],
  },
  {
    id: "threat.comeback",
    category: "resurgence",
    pattern: /\bcomeback\b|\b(?:could|can|will|may|might)\s+come\s+back\b|\bcoming\s+back\b|\bmaking\s+a\s+return\b/gi,
    description: "comeback, could come back",
    examples: ["The group could come back at any minute.", "It is plotting a comeback."],
  },
  {
    id: "threat.resurface",
    category: "resurgence",
    pattern: /\bresurfac(?:e|es|ed|ing)\b|\bre-?emerg(?:e|es|ed|ing|ence)\b/gi,
    description: "resurface, re-emerge",
    examples: ["They may resurface.", "A re-emergence is possible."],
  },
  {
    id: "threat.escalate",
    category: "resurgence",
    pattern: /\bescalat(?:e|es|ed|ing|ion)\b|\bstepped\s+up\s+(?:its|their)\s+attacks\b|\bon\s+the\s+rise\b|\bemboldened\b/gi,
    description: "escalate, stepped up attacks, on the rise, emboldened",
    examples: ["Attacks have escalated.", "Militants are emboldened."],
  },
  {
    id: "threat.not-giving-up",
    category: "resurgence",
    pattern: /\bnot\s+giving\s+up\b|\brelentless\b|\bstill\s+(?:active|operating|strong|capable|a\s+reality)\b/gi,
    description: "not giving up, relentless, still active",
    examples: ["The group is not giving up.", "Cells are still active."],
  },
  {
    id: "threat.threat",
    category: "resurgence",
    pattern: /\bthreat(?:s|en(?:s|ed|ing)?)?\b/gi,
    description: "threat, threatens (negated forms are defeat entries and win as longer matches)",
    examples: ["The threat remains."],
  },
  {
    id: "threat.sleeper-cells-active",
    category: "resurgence",
    pattern: /\bsleeper\s+cells?\s+(?:are|remain|is)\s+(?:still\s+)?active\b|\bactive\s+sleeper\s+cells?\b/gi,
    description: "sleeper cells active",
    examples: ["Sleeper cells remain active.", "Active sleeper cells hide there."],
  },
  // defeat / control
  {
    id: "threat.defeated",
    category: "defeat",
    pattern: /\bdefeat(?:ed|ing|s)?\b|\bvictory\s+over\b|\bcrushed\b/gi,
    description: "defeat(ed), victory over, crushed",
    examples: ["Once defeated, it stays defeated.", "They announced victory over the group."],
  },
  {
    id: "threat.routed",
    category: "defeat",
    pattern: /\brout(?:ed|ing)\b|\bousted\b|\bousting\b|\bran\s+(?:\w+\s+){1,2}out\b|\bdriven\s+out\b/gi,
    description: "routed, ousted, driven out",
    examples: ["Its presence has been routed.", "Troops ran the militants out of town."],
  },
  {
    id: "threat.liberation",
    category: "defeat",
    pattern: /\bliberat(?:ion|ed|e|ing)\b/gi,
    description: "liberation, liberated",
    examples: ["The city was liberated."],
  },
  {
    id: "threat.collapse",
    category: "defeat",
    pattern: /\bcollaps(?:e|ed|es|ing)\b|\bdownfall\b|\bfinal\s+stand\b|\blast\s+stand\b|\bfall\b(?=\s+of\b)/gi,
    description: "collapse, downfall, last stand",
    examples: ["The caliphate collapsed.", "After the group's downfall."],
  },
  {
    id: "threat.eliminated",
    category: "defeat",
    pattern: /\beliminat(?:e|ed|es|ing|ion)\b|\bwip(?:ed|ing)\s+out\b|\beradicat\w*\b/gi,
    description: "eliminate(d), wiped out, eradicated",
    examples: ["Operations to eliminate remnants."],
  },
  {
    id: "threat.under-control",
    category: "defeat",
    pattern: /\bunder\s+(?:full\s+)?control\b|\bmop(?:ping)?\s+up\b|\bcontained\b/gi,
    description: "under control, mop up, contained",
    examples: ["The area is under control.", "The army will mop up pockets."],
  },
  {
    id: "threat.remnants",
    category: "defeat",
    pattern: /\bremnants?\b|\bresidual\b|\bpockets\s+of\b/gi,
    description: "remnants, residual, pockets of: language of a spent force",
    examples: ["ISIS remnants hide.", "Pockets of fighters remain."],
  },
  {
    id: "threat.weakened",
    category: "defeat",
    pattern: /\bweaken(?:ed|ing)?\b|\bdegrad(?:e|ed|ing)\b|\bdwindl(?:e|ed|ing)\b|\bdecline\b|\bdesperate\b/gi,
    description: "weakened, degraded, dwindling, decline, desperate",
    examples: ["A weakened revolt.", "A decline in recruits."],
  },
  {
    id: "threat.not-a-threat",
    category: "defeat",
    pattern: /\b(?:no\s+longer|not)\s+(?:a|an)\s+(?:\w+\s+)?threat\b|\bthreat\s+(?:has\s+)?(?:receded|diminished|eased)\b/gi,
    description: "no longer / not a (viable) threat",
    examples: ["It is not a viable threat.", "The threat has receded."],
  },
];
