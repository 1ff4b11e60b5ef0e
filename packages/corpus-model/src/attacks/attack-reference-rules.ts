/**
 * Sentence-level rules that code an attack from how an incident is referred
 * to rather than from a method word. Kept as data so the UI can show them.
 */
export interface ReferenceRule {
  id: string;
  pattern: RegExp;
  description: string;
  examples: string[];
  counterExamples: string[];
}

/**
 * "A similar attack took place a week earlier": a new incident of the same
 * kind as the last coded one, so it inherits that sentence's types. Only
 * "similar / another / second ..." phrasing inherits; "their attack was
 * thwarted" is the same incident again and is not coded twice, and
 * "a separate attack" is a different incident (see CONCRETE_ATTACK).
 */
export const SIMILAR_ATTACK: ReferenceRule = {
  id: "reference.similar-attack",
  pattern:
    /\b(?:(?:a|an)\s+(?:similar|second|third|identical|like)|another(?:\s+(?:similar|such))?|similar)\s+(?:attacks?|assaults?|incidents?|ambush(?:es)?)\b/gi,
  description: "A similar / another attack: inherits the types of the last coded incident (within INHERIT_WINDOW sentences).",
  examples: ["A similar attack took place in the same area a week earlier.", "Another attack followed two days later."],
  counterExamples: ["A separate attack in the north targeted a patrol."],
};

/** How many sentences back a "similar attack" may look for the incident it resembles. */
export const INHERIT_WINDOW = 4;

/**
 * A concrete incident whose method is not stated -> GTD "unknown": a
 * singular, indefinite or "latest"-type reference to an attack, in a
 * sentence that also reports what it did. Plural or generic mentions
 * ("hit-and-run attacks", "carrying out attacks") never match because the
 * noun must be singular.
 */
export const CONCRETE_ATTACK: ReferenceRule = {
  id: "reference.concrete-attack",
  pattern:
    /\b(?:a|an|one|the\s+(?:latest|deadliest|most\s+recent|last|first|second|third))\s+(?:[\w-]+\s+){0,2}?(?:attack|assault)\b(?!s)/gi,
  description:
    "A single concrete attack (\"a separate attack in Diyala targeted militiamen\") with an outcome verb, no method word and no modal or plan.",
  examples: ["A separate attack in the north targeted a tribal patrol.", "An attack on a checkpoint killed two guards."],
  counterExamples: [
    "Militants carry out hit-and-run attacks.",
    "The cells would plot an attack on civilian targets.",
    "He suffered a heart attack.",
  ],
};

/** What a concrete incident did; one of these must be in the sentence. */
export const INCIDENT_OUTCOME =
  /\b(?:targeted|killed|killing|wounded|wounding|injured|injuring|struck|hit|left\s+\w+\s+(?:dead|wounded|injured)|took\s+place|occurred|happened|was\s+carried\s+out|claimed\s+the\s+lives)\b|\b(?:attack|assault)\s+(?:on|against)\s+(?:a|an|the)\b/i;

/**
 * Hypothetical, planned or figurative attacks that are not incidents.
 * Case-sensitive on purpose: "may" is a modal, "May" a month.
 */
export const NOT_AN_INCIDENT =
  /\b(?:would|could|might|may|will|shall|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|prevent\w*|foil\w*|warn\w*|fear\w*|intend\w*|possible|potential|any|heart|panic|asthma|cyber|verbal|political|media|legal|counter)\b/;
