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
  { id: "add", pattern: "added|adds|stressed|stresses|noted|notes|explained|explains|continued|insisted|insists|predicted|warned|warns|cautioned|argued|argues|asserted|acknowledged|admitted|conceded|maintained(?=\\s+that\\b)|maintains(?=\\s+that\\b)|wrote|writes|stated|states|declared|emphasi[sz]ed|pointed out|recalled|concluded(?=\\s+(?:that|the same)\\b|[,.:])|clarified|affirmed|indicated|revealed|alleged|alleges|reiterated|underscored|documented|has documented|recorded|counted|tallied|renewed (?:its|their|his|her) (?:warning|call|concern)s?|repeated (?:its|their|his|her) (?:warning|call|estimate)s?", inverts: true, description: "other speech verbs" },
  { id: "found", pattern: "found(?=\\s+that\\b|[.”\"]*$)|finds(?=\\s+that\\b)", inverts: false, description: "'a study found that …', '…, the author found.' (not 'troops found a cache')" },
  { id: "plural-present", pattern: "argue|warn|insist|maintain(?=\\s+that\\b)|stress|acknowledge|admit|allege|contend|contends|contended|assert", inverts: false, description: "present-tense verbs of plural subjects ('Turkish officials argue', 'analysts warn')" },
  { id: "estimate", pattern: "estimated|estimates|estimate|believes|believe|believed|reckons|reckoned|assessed|assesses|assess|calculated|calculates|puts? (?:the|their|its)(?:\\s+[\\w-]+(?:'s|’s))?(?:\\s+(?:core|overall|total|combined|fighting|current|actual|real))? (?:number|figure|total|strength|tally|size|count)|putting (?:the|their|its) (?:number|figure|total|strength)|pegged|pegs (?:the|their|its)", inverts: false, description: "X estimates/believes: the subject asserts a figure" },
  { id: "indicate", pattern: "indicate|indicates|show|shows|showed|reveal|reveals|suggest", inverts: false, description: "what reports and data say ('new reports reveal', 'Pentagon data show')" },
  { id: "report", pattern: "reported|reports|announced|announces|claimed|claims|confirmed|confirms|revealed|disclosed|suggested|suggests|is adamant|was adamant", inverts: false, description: "reports and announcements" },
];

/** Pronouns that refer back to an earlier speaker. */
export const SPEAKER_PRONOUNS = /^(?:he|she|they|it|we)$/i;

/** Leading words that are not part of a speaker's name ("But", "Last weekend"). */
export const LEADING_ADVERBIAL =
  /^(?:But|And|However|Meanwhile|Still|Yet|So|Also|Now|Instead|Already|Later|Earlier|Last|This|On|In|At|After|Before|During|Since|Within|While|When|Although|Though|As|Separately|Additionally|Moreover|Furthermore|Recently|Previously|Today|Yesterday|Longer|Then|Even|Indeed|Overall|Meantime|Elsewhere|Speaking|Asked|Talking|Writing|Commenting|Responding|Referring|Addressing|Regarding|Citing|Quoting|Following|Despite|Amid|Under|Besides|Like|Unlike|Given|For|From|With|By|Through|Over|Throughout)\b/;

/** Finite verbs that end a subject noun phrase ("The Iraqi military … are hesitant … but estimate"). */
export const FINITE_VERB = /\s(?:is|are|was|were|have|has|had|will|would|could|can|may|might|do|does|did|also|who|which|whose|that|remains?|appears?|seems?)\b/;

/** Words that end a speaker's name after an inverted verb ("said Col. Saad Mohammed as he drove"). */
export const NAME_END = /\s(?:as|in|on|at|during|while|when|after|before|from|to|who|which|that|adding|speaking|according|via|last|this|earlier|on)\b/;

/** Role nouns that make a lowercase phrase a plausible speaker ("a senior officer"). */
export const ROLE_NOUN =
  /\b(?:officials?|officers?|commanders?|sources?|spokes(?:man|woman|person|people)|analysts?|experts?|leaders?|soldiers?|residents?|witnesses|ministers?|ministry|authorities|forces|coalition|government|military|army|police|agency|agencies|abductee|man|woman|fighters?|militants?|people|statement|report|monitors|observers|researchers?|troops|chief|head|director|governor|mayor|sheikh|official|lawmakers?|members?|diplomats?|envoy|representatives?|activists?|journalists?|reporters?|colonel|general|captain|lieutenant|brigadier|adviser|advisor|residents|locals|villagers|survivors?|mokhtars?|mukhtars?|veterans?)\b/i;

/**
 * Passives that report a figure without naming who holds it ("is believed to
 * have", "was estimated at", "are thought to number"). Such a figure is
 * credited to nobody (`unknown`) unless the sentence names a source.
 */
export const PASSIVE_REPORTING =
  "\\b(?:is|are|was|were|been|being|be)\\s+(?:(?:now|also|still|widely|generally|currently|variously|previously|once)\\s+)?(?:believed|thought|estimated|said|reported|understood|assessed|reckoned|feared|expected|claimed|alleged|rumou?red|suspected|put|pegged|placed)\\s+(?=to\\b|at\\b|that\\b|by\\b)";

/**
 * Noun phrases that name a source without a reporting verb. Each pattern has
 * a named group `source`: the words that name who holds the figure.
 */
export interface SourcePhraseRule {
  id: string;
  /** Regex source with a `source` group; case-sensitive unless written otherwise. */
  pattern: string;
  description: string;
}

export const SOURCE_PHRASES: readonly SourcePhraseRule[] = [
  {
    id: "possessive-estimate",
    pattern:
      "(?<source>(?:(?:the|The)\\s+)?(?:[A-Z][\\w.’'-]*\\s+){0,4}[A-Z][\\w.-]*)(?:'s|’s)\\s+(?:(?:latest|own|new|recent|most recent|last|official|conservative|internal)\\s+)?(?:estimates?|assessments?|figures?|count|tally|data|report|reckoning|calculations?|numbers)\\b",
    description: "'the Pentagon's latest estimate', 'UNITAD's figures'",
  },
  {
    id: "estimates-by",
    pattern:
      "\\b(?:[Ee]stimates?|[Ff]igures?|[Dd]ata|[Aa]ssessments?|[Ss]tatistics|[Nn]umbers|[Cc]ounts?)\\s+(?:by|from|compiled by|released by|published by)\\s+(?<source>(?:the\\s+)?[^,;.:()]{2,80}?)(?=\\s+(?:put|puts|show|shows|showed|say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|estimate|estimated|released|published|reveal|reveals|revealed)\\b|\\s*[,;.:()]|$)",
    description: "'estimates by analysts and US officials', 'figures from the interior ministry'",
  },
  {
    id: "in-words",
    pattern: "\\b[Ii]n\\s+(?<source>[^,;.:]{2,60}?)(?:'s|’s)\\s+words\\b",
    description: "'in the general's words'",
  },
  {
    id: "source-estimates",
    pattern:
      "(?<source>\\b(?:[A-Z][\\w.’'-]*\\s+){0,3}(?:[Cc]oalition|[Mm]ilitary|[Ii]ntelligence|[Gg]overnment|[Oo]fficial|[Aa]rmy|[Pp]olice|Pentagon|UN|U\\.N\\.|[A-Z]{2,6}))\\s+(?:estimates?|figures?|assessments?|data|statistics|tall(?:y|ies)|counts?)\\b",
    description: "'coalition estimates', 'UN figures', 'Pentagon data': the modifier names the source",
  },
];
