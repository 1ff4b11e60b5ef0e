/**
 * Lexicons for deciding what a number counts. A claim needs a militant-side
 * person noun as the head of the counted noun phrase; these tables say which
 * heads qualify, which heads rule the number out, and which modifiers flip a
 * head to the security side ("militia fighters" is not an ISIS count).
 */

export interface HeadNounRule {
  id: string;
  /** Lower-case head nouns (plural forms: a count of one is not a strength claim). */
  words: readonly string[];
  /**
   * strong: militant by itself ("insurgents").
   * default: militant unless a security-side marker says otherwise ("fighters").
   * marked: needs a militant marker in the phrase or the sentence ("members", "gunmen").
   * marked-np: needs a militant marker inside the noun phrase ("ISIS detainees").
   */
  strength: "strong" | "default" | "marked" | "marked-np";
  description: string;
}

export const MILITANT_HEAD_NOUNS: readonly HeadNounRule[] = [
  {
    id: "militant-nouns",
    words: ["militants", "terrorists", "insurgents", "jihadists", "jihadis", "extremists", "mujahideen", "mujahedeen", "takfiris", "daeshis", "kharijites"],
    strength: "strong",
    description: "nouns that name militants by themselves",
  },
  {
    id: "fighter-nouns",
    words: ["fighters", "loyalists", "operatives", "adherents", "combatants", "remnants"],
    strength: "default",
    description: "militant unless the phrase names a security-side force ('militia fighters')",
  },
  {
    id: "attacker-nouns",
    words: ["attackers", "assailants", "gunmen"],
    strength: "default",
    description: "the perpetrators of an attack ('Five assailants stormed the wedding'): militant-side people unless a security-side word owns them",
  },
  {
    id: "member-nouns",
    words: ["members", "elements", "followers", "recruits", "foreigners", "cadres", "supporters", "sympathisers", "sympathizers", "affiliates", "suspects", "accomplices", "bombers"],
    strength: "marked",
    description: "person nouns that count militants only when the group is named nearby ('ISIS members', 'suspects' in a story about the group)",
  },
  {
    id: "custody-nouns",
    words: ["detainees", "prisoners", "inmates", "men", "individuals", "captives", "returnees", "emirs", "commanders", "leaders"],
    strength: "marked-np",
    description: "nouns that count militants only with the group in the phrase ('ISIS detainees'), in an apposition or in a trial context",
  },
];

/**
 * Singular heads read only after the number one ("One attacker detonated his
 * vest", "one ISIS fighter was killed"). A count of one is rare but real in
 * incident reports; "fighter jets" is kept out by NOT_A_PERSON_AFTER.
 */
export const SINGULAR_MILITANT_HEADS: ReadonlyMap<string, string> = new Map([
  ["militant", "militant-nouns"],
  ["terrorist", "militant-nouns"],
  ["insurgent", "militant-nouns"],
  ["jihadist", "militant-nouns"],
  ["fighter", "fighter-nouns"],
  ["operative", "fighter-nouns"],
  ["attacker", "attacker-nouns"],
  ["assailant", "attacker-nouns"],
  ["gunman", "attacker-nouns"],
  ["bomber", "member-nouns"],
]);

/**
 * Compounds that name militants by themselves, whatever the sentence says:
 * "three suicide bombers", "four of its martyrdom-seekers", "inghimasis". Tested
 * on the head word and on the modifier + head ("suicide bombers").
 */
export const SELF_MARKED_COMPOUNDS =
  /^(?:(?:suicide|martyrdom)[ -](?:bombers?|attackers?|assailants?|seekers?|fighters?|operatives?)|martyrdom-seekers?|inghimasis?|inghimasiyun)$/i;

/** A noun after a singular head makes the head a modifier ("fighter jets", "militant group"). */
export const NOT_A_PERSON_AFTER = /^\s+(?:jets?|planes?|aircraft|bombers?|pilots?|squadrons?|groups?|cells?|units?|organi[sz]ations?|movements?|attacks?|activity|leaders?|commanders?|positions?|camps?|bases?|hideouts?|vehicles?|networks?)\b/i;

/** The number one reads as a count only before a singular militant noun (up to two modifiers in between). */
export const ONE_MILITANT_AFTER = new RegExp(
  `^\\s+(?:(?:other|more|suicide|armed|lone|suspected|foreign|[A-Z][\\w'’-]*)\\s+){0,2}(?:${[...SINGULAR_MILITANT_HEADS.keys()].join("|")})\\b(?!${NOT_A_PERSON_AFTER.source.slice(1)})`,
);

/**
 * Security-side heads that count militants when the group's name modifies
 * them: "1,500 ISIS soldiers", "the caliphate's troops". Bare "troops" stays
 * pro-government.
 */
export const GROUP_SOLDIER_HEADS = /^(?:soldiers|troops|forces|commandos|men)$/i;

/**
 * A participle that gives an attack's toll: "a bomb struck a Peshmerga
 * patrol, wounding three fighters". When the side last named before it is
 * the security side, the fighters it counts are that side's, not militants.
 */
export const ATTACK_TOLL_BEFORE =
  /\b(?:wounding|injuring|killing|wounded|injured|leaving)\s+(?:(?:at least|some|about|around|an estimated|as many as|up to|more than|over|nearly|another|a further)\s+)?$/i;

/** The group's own losses: "ISIS suffered 1,200 casualties", "the group lost 300 dead". */
export const GROUP_LOSS_HEADS = /^(?:casualties|dead|deaths|losses)$/i;
export const GROUP_LOSS_VERBS = /\b(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|lost|loses|losing|took|takes|taking|incurred|incurs)\s+(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|as many as|an estimated)\s+)?$/i;

/**
 * Verbs by which the group holds or loses people: "ISIS may have 30,000
 * troops", "the group had lost 50,000 men". With the group as the subject,
 * the counted people are its own, whatever the noun. An auxiliary before a
 * participle ("ISIS has killed 30 soldiers") is not possession.
 */
export const MILITANT_POSSESSION_VERBS =
  /\b(?:(?:has|have|had|having)(?!\s+(?:(?:also|already|now|since|just|reportedly|allegedly)\s+)?(?:[a-z]+ed|been|taken|seen|held|fought|brought|caught|shot|driven|beaten|sent|hit|made|done|begun|won|run)\b)|retains?|retained|maintains?|maintained|fields?|fielded|commands?|commanded|musters?|mustered|boasts?|boasted|lost|loses|losing|counts?|counted|suffered|sustained|incurred)\b/i;

/**
 * A partitive counted together with families cannot be a militant count
 * ("hundreds of terrorists and their wives": "of" takes the whole
 * coordination). A numeral right before its noun counts that noun only
 * ("about 275 fighters and their families left": the families are
 * uncounted), and so does accompaniment ("900 fighters, along with their
 * families,").
 */
export const MIXED_WITH_FAMILIES =
  /^\s+(?:and|as well as|plus)\s+(?:their|his|its|the)\s+(?:own\s+)?(?:famil(?:y|ies)(?:\s+members)?|wives|children|women|relatives|dependants|dependents|kin)\b/i;

/**
 * A count the text itself says is mostly women and children ("60,000 ISIS
 * affiliates, mostly women and children,", "… who are mainly families") is a
 * camp population, not a militant count.
 */
export const MOSTLY_FAMILIES =
  /^\s*(?:[,(—–-]\s*|(?:who|which|that)\s+(?:are|were)\s+)(?:the\s+)?(?:vast\s+)?(?:majority|most|mostly|many|bulk|largely|mainly|predominantly|overwhelmingly)\b[^,;.)]{0,30}\b(?:women|children|families|minors|wives|dependants|dependents)\b/i;

/**
 * A following sentence that breaks the count down into fighters and
 * families ("These included up to 900 fighters and thousands of family
 * members"): the count before it was a mixed population.
 */
export const FAMILY_BREAKDOWN_NEXT =
  /^\s*(?:These|They|This|Those|(?:The|That|This) (?:figure|number|total))\s+(?:also\s+)?(?:included?|includes|including|comprised?|comprises|consisted? of|consists of|were made up of|was made up of)\b[^.]{0,160}\b(?:famil(?:y|ies)|wives|women|children|minors|dependants|dependents)\b/i;

/**
 * Judicial and custody words that make a bare person count ("7,000
 * individuals tried or convicted", "men arrested") a count of the group's
 * suspects when the sentence names the group.
 */
export const TRIAL_CONTEXT =
  /\b(?:tried(?!\s+to\b)|trying(?!\s+to\b)|prosecut\w*|convicted|convicting|sentenced|sentencing|charged|indicted|on trial|trials?|arrested|held as|accused of|suspected of|screened)\b/i;

/**
 * "25 people suspected of links to ISIS": people (otherwise never counted)
 * held or tried as the group's suspects. The clause after them must name
 * the group.
 */
export const SUSPECTED_OF =
  /^\s+(?:(?:who|that)\s+(?:were|are|had been|have been)\s+)?(?:suspected|accused|charged|convicted|sentenced|detained|arrested|held|tried)\s+(?:of|with|for|on|over|as)\b/i;

/**
 * Plural person nouns that count a population rather than fighters. A figure
 * that the article also gives for such a population ("60,000 people
 * surrendered … 60,000 of its members were taken into custody") is a camp
 * or family population, not a militant count.
 */
export const POPULATION_FIGURE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:(?:[A-Za-z'’-]+)\s+){0,2}?(?:people|persons|famil(?:y|ies)(?:\s+members)?|women|children|residents|civilians|inhabitants|refugees|displaced|relatives|dependants|dependents)\b/g;

/** Heads that rule a number out: victims, security forces, units of measure, time, money, events. */
export interface ExcludedHeadRule {
  id: string;
  /** Regex source matched against a whole lower-case token (or its last hyphen part). */
  pattern: string;
  description: string;
}

export const EXCLUDED_HEADS: readonly ExcludedHeadRule[] = [
  { id: "victims", pattern: "people|persons|civilians|victims|casualties|residents|villagers|children|women|men?folk|pilgrims|worshippers|shepherds|farmers|hostages|families|bodies|corpses|dead|wounded|injured|refugees|displaced|students|workers|citizens|inhabitants|locals|shia|shiites|yazidis|christians|sunnis|motorcyclists|passengers|journalists|protesters|protestors", description: "victims and civilians are not a militant count" },
  { id: "security-forces", pattern: "soldiers|troops|police|policemen|officers|personnel|guards|servicemen|servicemembers|marines|peshmerga|militiamen|paramilitaries|forces|units|battalions|brigades|divisions|regiments|volunteers|tribesmen|advisers|advisors|contractors|trainers|agents|sahwa|commandos|pilots", description: "security forces and pro-government fighters" },
  { id: "officials-sources", pattern: "officials|sources|ministers|lawmakers|mps|diplomats|spokesmen|analysts|experts|witnesses|delegates|sheikhs|interviews", description: "numbers of officials or sources" },
  { id: "measures", pattern: "km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters|metre|meter|feet|foot|yards|acres|hectares|square|sq|tons|tonnes|kg|kilograms|barrels|litres|liters|gallons", description: "distances, areas and weights" },
  { id: "time", pattern: "years|year|months|month|weeks|week|days|day|hours|hour|minutes|minute|seconds|decades|decade|nights|times|am|pm|gmt|bc|ad|o'clock|th|st|nd|rd|percentages|points", description: "durations, times and ordinals" },
  { id: "money", pattern: "dollars|dollar|usd|euros|euro|pounds|dinars|dinar|lira|liras|riyals|rials|tomans|cents|bn|billion|m|k", description: "money" },
  { id: "events-things", pattern: "attacks|attack|operations|raids|strikes|airstrikes|bombings|bombs|explosions|incidents|rockets|missiles|mortars|shells|rounds|vehicles|cars|trucks|weapons|rifles|guns|tunnels|caves|camps|villages|towns|cities|provinces|countries|nations|districts|areas|sites|positions|checkpoints|posts|bases|houses|homes|buildings|cells|groups|factions|organisations|organizations|videos|statements|bullets|comments|comment|articles|pages|hideouts|kills|arrests|cases|tanks|drones|aircraft|planes|jets|percent|per|pct", description: "counts of attacks, places and things" },
  { id: "other-armed-groups", pattern: "rebels|opposition|hezbollah|houthis|pkk", description: "armed groups that are not on the ISIS side" },
];

/**
 * Words that, in or right before the counted phrase, put it on the security
 * or pro-government side. "Iraqi" alone is not one: "Iraqi insurgents" and
 * "Iraqi fighters who followed ISIS" are militants.
 */
export const SECURITY_SIDE_MARKERS: readonly { id: string; pattern: string; description: string }[] = [
  { id: "militia", pattern: "\\b(?:militias?|militiamen|paramilitar(?:y|ies)|PMU|PMF|Popular Mobili[sz]ation|Hashd|al-Hashd|Kata'?[ei]b|Kataib|Asa'?[ei]b|Badr|Nujaba|Saraya|tribal|tribes?|Sahwa|Awakening)\\b", description: "militias and tribal forces" },
  { id: "kurdish", pattern: "\\b(?:Peshmerga|Kurdish|Kurdistan|SDF|YPG|YPJ|Asayish|PKK)\\b", description: "Kurdish forces" },
  { id: "state-forces", pattern: "\\b(?:government|pro-government|pro-regime|regime|army|military|police|security|counter-?terrorism|CTS|coalition|US|U\\.S\\.|American|Russian|Iranian|Turkish|Turkey-backed|Iran-backed|pro-Iran(?:ian)?|Syrian army|Assad|Hezbollah|Shiite|Shia|Houthi|rebel|opposition|FSA|allied|friendly|anti-ISIS|anti-IS|anti-Daesh|anti-ISIL)\\b", description: "state forces, their allies and anti-ISIS fighters" },
];

/** Words naming the militant side; case-sensitive so lowercase "an Islamic state" is not one. */
export const MILITANT_MARKERS: readonly { id: string; pattern: string; description: string }[] = [
  { id: "group-names", pattern: "\\b(?:ISIS|Isis|ISIL|Isil|IS|Daesh|DAESH|Da'esh|Da’esh|Islamic State|ISWAP|ISKP|IS-K|Amaq)\\b", description: "the group's names (case-sensitive; also \"Isis\", \"Isil\" as British papers write them)" },
  { id: "jihadist-words", pattern: "\\b(?:[Jj]ihadis[tm]s?|[Jj]ihadi|[Ee]xtremist|[Tt]errorist|[Mm]ilitant|[Ii]nsurgent|[Cc]aliphate|[Tt]akfiri)\\b", description: "words naming the militant side" },
  { id: "the-group", pattern: "\\b(?:[Tt]he group|[Tt]he organi[sz]ation|[Tt]he terror group|al-Qaeda|Al-Qaeda|al-Qaida|Nusra|HTS)(?:'s|’s)?\\b", description: "anaphoric 'the group' and kindred jihadist groups" },
];

/** Modifiers that make "members"/"elements" non-militant ("family members", "council members"). */
export const NON_MILITANT_MODIFIERS =
  /^(?:family|council|parliament|parliamentary|crew|staff|board|committee|cabinet|club|team|union|party|tribe|tribal|community|clan|household|security|police|army|militia|government|his|her|their|our|my|your)$/i;

/**
 * Pronoun phrases after a number that count an earlier group: "2,000 of
 * them", "three of whom", "15 percent of that remaining force", "about
 * 15,000 of that total". Accepted only when a militant count was read in
 * the same or the previous sentence (for "them", also when the group's people
 * were named last). Group 1 is the pronoun or the noun phrase standing for it.
 */
export const ANAPHORIC_OF = /^\s+of\s+(them|whom|those|these|(?:that|this|the)\s+(?:(?:remaining|whole|entire|overall|same|combined)\s+)?(?:total|number|figure|force|tally|estimate))\b/i;

/**
 * Foreigners as the subject of a share verb before the number: "foreigners
 * probably made up about 15,000 of that total", "foreign fighters accounted
 * for 40 percent of them". The share counts recruits from abroad.
 */
export const FOREIGN_SHARE_SUBJECT =
  /\b(?:foreigners|foreign (?:fighters|nationals|recruits|jihadists|militants|members|terrorist fighters))\s+(?:(?:probably|likely|possibly|perhaps|now|still|reportedly|alone|also)\s+)?(?:made up|make up|makes up|accounted for|account for|accounts for|comprised|constitute[sd]?|represented|represent|were|are|numbered)\s+$/i;

/**
 * "others"/"more" as the counted noun: "detained 138 ISIS operatives and
 * killed 27 others". They count what the previous quantity of the sentence
 * counted, so "killed 12 soldiers and wounded 30 others" stays rejected.
 * Group 1 is the word.
 */
export const ANAPHORIC_HEADS = /^\s+(others|more)\b(?!\s+than\b)/i;

/**
 * What may follow a number whose noun is left out because the previous
 * quantity supplied it: punctuation or the end ("… and 2,500."), a place
 * preposition ("fewer than 2,500 in Syria"), a conjunction, a copula ("3,000
 * are Syrian"), a participle ("23 terrorists were killed and 9 captured") or
 * a circumstance ("we detained 50 of them and killed 20 with air support",
 * "up from 2,500 a year earlier"), or a perfect ("a third of them had returned,
 * and at least 40 had been killed").
 */
export const ELLIPSIS_STARTERS =
  /^(?:\s*(?:[,.;:)]|$)|\s+(?:in|inside|across|at|near|from|on|along|throughout|within|with|an? (?:year|month|week|decade) (?:earlier|ago|before)|last (?:year|month|week)|earlier|previously|and|or|while|but|who|of whom|are|were|is|was|came|come|hail(?:ed)?|remain(?:ed)?|still|captured|arrested|detained|killed|wounded|injured|surrendered|escaped|fled|neutrali[sz]ed|eliminated|taken prisoner|held|(?:had|have|has)\s+(?:(?:been|since|already|reportedly|also|now|all)\s+)*(?:killed|died|captured|arrested|detained|returned|surrendered|fled|escaped|crossed|joined|left))\b)/i;

/**
 * A demonym standing for its noun after a number: "about 5,000 are Syrian and
 * 3,000 Iraqi" (the previous quantity lends the noun). Case-sensitive.
 */
export const ELLIPTIC_DEMONYM = /^\s+[A-Z][a-z]+(?:i|is|ian|ians|an|ans|ese|ish)\b(?=\s*(?:[,.;:)]|$|and\b|or\b|nationals\b|citizens\b))/;

/** Compounds that name a place by who runs it ("SDF-run prisons"): not the force a counted militant belongs to. */
export const PLACE_COMPOUND = /\b[\w'’]+-(?:run|held|controlled|administered|operated|guarded|built|managed|secured)\b/gi;

/**
 * Verbs that link a noun to a number written after it ("militants numbering
 * 500", "the number of fighters is estimated at 2,000"). `direct` links may
 * follow the noun itself; `copula` ones only count after "the number of …".
 */
export interface CountLink {
  id: string;
  /** Regex source. */
  pattern: string;
  kind: "direct" | "copula";
  description: string;
}

export const COUNT_LINKS: readonly CountLink[] = [
  { id: "numbering", pattern: "numbering|numbered|numbers|number", kind: "direct", description: "'militants numbering about 500', 'remnants number no more than 300'" },
  { id: "estimated-to-number", pattern: "(?:estimated|believed|thought|said|reported|reckoned|understood) to (?:number|total)", kind: "direct", description: "'the jihadists, estimated to number 3,000'" },
  { id: "estimated-at", pattern: "(?:(?:is|are|was|were|been) )?(?:now )?(?:estimated|put|pegged|placed|assessed|calculated) at", kind: "direct", description: "'(estimated at 400 to 500)', 'is put at 2,000'" },
  { id: "totalling", pattern: "total(?:l?ing|l?ed|s)?", kind: "direct", description: "'fighters totalling 1,200'" },
  { id: "stands-at", pattern: "(?:stands?|stood|standing) at", kind: "direct", description: "'their number stands at 2,000'" },
  { id: "reaching", pattern: "reach(?:es|ed|ing)?", kind: "direct", description: "'the number of fighters reached 10,000'" },
  { id: "changed-to", pattern: "(?:(?:has|have|had) )?(?:(?:now|since) )?(?:dwindled|fallen|fell|dropped|declined|decreased|shrunk|shrank|been reduced|been cut|grown|grew|risen|rose|swelled|swollen|increased|climbed|jumped) to", kind: "direct", description: "'their numbers have dwindled to around 3,000', 'the group's ranks grew to 40,000'" },
  { id: "copula", pattern: "is|are|was|were|been|does|do|did|exceeds?|exceeded|exceeding", kind: "copula", description: "'the number of ISIS fighters is about 2,000', '… does not exceed 2,000'" },
];
