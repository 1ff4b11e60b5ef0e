/**
 * Reporting verbs and the little grammar around them. Kept as data so the
 * UI can say which verb made a sentence attributed.
 */
export interface ReportingVerbRule {
  id: string;
  /** Regex source of the verb forms. */
  pattern: string;
  /** Can the speaker follow the verb ("…, said Hisham al-Hashimi")? */
  inverts: boolean;
  description: string;
}

export const REPORTING_VERBS: readonly ReportingVerbRule[] = [
  { id: "say", pattern: "said|says|say|saying", inverts: true, description: "say" },
  { id: "tell", pattern: "told|tells|tell", inverts: false, description: "X told Y" },
  { id: "add", pattern: "added|adds|stressed|stresses|noted|notes|explained|explains|continued|insisted|insists|predicted|warned|warns|cautioned|argued|argues|asserted|acknowledged|admitted|conceded|maintained|maintains|wrote|writes|stated|states|declared|emphasi[sz]ed|pointed out|recalled|concluded|clarified|affirmed|indicated|revealed|alleged|alleges", inverts: true, description: "other speech verbs" },
  { id: "found", pattern: "found(?=\\s+that\\b|[.”\"]*$)|finds(?=\\s+that\\b)", inverts: false, description: "'a study found that …', '…, the author found.' (not 'troops found a cache')" },
  { id: "plural-present", pattern: "argue|warn|insist|maintain|stress|acknowledge|admit|allege|contend|contends|contended|assert", inverts: false, description: "present-tense verbs of plural subjects ('Turkish officials argue', 'analysts warn')" },
  { id: "estimate", pattern: "estimated|estimates|estimate|believes|believe|believed|reckons|reckoned|assessed|assesses|assess|calculated|calculates|put the number|put the figure", inverts: false, description: "X estimates/believes: the subject asserts a figure" },
  { id: "report", pattern: "reported|reports|announced|announces|claimed|claims|confirmed|confirms|revealed|disclosed|suggested|suggests|suggest|is adamant|was adamant", inverts: false, description: "reports and announcements" },
];

/** Pronouns that refer back to an earlier speaker. */
export const SPEAKER_PRONOUNS = /^(?:he|she|they|it|we)$/i;

/** Leading words that are not part of a speaker's name ("But", "Last weekend"). */
export const LEADING_ADVERBIAL =
  /^(?:But|And|However|Meanwhile|Still|Yet|So|Also|Now|Instead|Already|Later|Earlier|Last|This|On|In|At|After|Before|During|Since|Within|While|When|Although|Though|As|Separately|Additionally|Moreover|Furthermore|Recently|Previously|Today|Yesterday|Longer|Then|Even|Indeed|Overall|Meantime|Elsewhere)\b/;

/** Finite verbs that end a subject noun phrase ("The Iraqi military … are hesitant … but estimate"). */
export const FINITE_VERB = /\s(?:is|are|was|were|have|has|had|will|would|could|can|may|might|do|does|did|also|who|which|whose|that|remains?|appears?|seems?)\b/;

/** Words that end a speaker's name after an inverted verb ("said Col. Saad Mohammed as he drove"). */
export const NAME_END = /\s(?:as|in|on|at|during|while|when|after|before|from|to|who|which|that|adding|speaking|according|via|last|this|earlier|on)\b/;

/** Role nouns that make a lowercase phrase a plausible speaker ("a senior officer"). */
export const ROLE_NOUN =
  /\b(?:officials?|officers?|commanders?|sources?|spokes(?:man|woman|person|people)|analysts?|experts?|leaders?|soldiers?|residents?|witnesses|ministers?|ministry|authorities|forces|coalition|government|military|army|police|agency|agencies|abductee|man|woman|fighters?|militants?|people|statement|report|monitors|observers|researchers?|troops|chief|head|director|governor|mayor|sheikh|official|lawmakers?|members?|diplomats?|envoy|representatives?|activists?|journalists?|reporters?|colonel|general|captain|lieutenant|brigadier|adviser|advisor|residents|locals|villagers|survivors?|mokhtars?|mukhtars?|veterans?)\b/i;
