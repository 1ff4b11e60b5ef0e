/** A phrase in the body that names the outlet the speaker addressed ("told Arab News"). */
export interface OutletPhrase {
  id: string;
  description: string;
  /** Group 1 is the capitalised run that may name the outlet. */
  pattern: RegExp;
}

const NAME_RUN = String.raw`((?:[Tt]he[ \u00a0]+)?\p{Lu}[\p{L}\p{N}&'’.\-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}&'’.\-]*|\p{N}+|and|of|&))*)`;

export const OUTLET_PHRASES: readonly OutletPhrase[] = [
  { id: "told", description: "\"told X\": the speaker talked to outlet X", pattern: new RegExp(String.raw`\btold[ \u00a0]+${NAME_RUN}`, "gu") },
  {
    id: "interview-with",
    description: "\"in an interview with X\", \"speaking to X\", \"contacted by X\"",
    pattern: new RegExp(String.raw`\b(?:in an?(?: exclusive)? interview with|speaking (?:to|with)|spoke (?:to|with)|contacted by|in (?:comments|a statement) to)[ \u00a0]+${NAME_RUN}`, "gu"),
  },
];

/** Words that make an unknown capitalised name an outlet rather than a person ("Baghdad Post", "Kurdistan 24"). */
export const MEDIA_WORDS =
  /\b(?:News|Times|Post|TV|Television|Agency|Press|Radio|Channel|Daily|Journal|Herald|Monitor|Network|Media|Tribune|Gazette|Observer|Review|Telegraph|Chronicle|Magazine|Weekly|Online|Broadcasting|Insider|Today)\b|\b\p{L}+24$/u;

/** "Source:" values that credit no outlet: an agency pool or an editing desk. */
export const GENERIC_SOURCES =
  /^(?:(?:news|wire|international|foreign|local|various|press)\s+)?(?:agencies|agency|wires?|reports?|media|sources?)$|^(?:edited|compiled|translated|prepared)\s+by\b|^(?:website|web|online|editorial|news)\s+(?:team|desk|staff)$|^(?:staff|unknown|internet|social media|n\/?a|-)$/iu;
