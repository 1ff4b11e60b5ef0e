import type { Referent } from "../model/types";

/**
 * Cues that say what a counted group of militants is doing or did. The
 * classifier looks at the clause around the number: the few words before it
 * ("surrounded tens of thousands", "killed 20 militants") and the rest of the
 * clause after the counted noun ("… who joined Daesh", "… remaining in the
 * desert"). Strong cues are verbs; weak cues only decide when no strong cue
 * is present ("ISIS has 3,000 fighters" → remaining).
 */
export interface ReferentRule {
  id: string;
  referent: Referent;
  /** Regex source. */
  pattern: string;
  /** Regex flags; default "i". Case matters where a capital marks a place name. */
  flags?: string;
  /** Where the cue may sit relative to the number. */
  position: "before" | "after" | "any";
  /** "clause" (default): the number's own clause; "sentence": anywhere before the number in the sentence (sentence adverbials). */
  scope?: "clause" | "sentence";
  strength: "strong" | "weak";
  /**
   * Readings this cue cancels wherever it sits in the clause: "transferred
   * 50 fighters from Syria to Iraq" is a transfer in custody, not a border
   * crossing, even though the route is nearer to the noun.
   */
  overrides?: readonly Referent[];
  description: string;
}

/**
 * Named places that are not a city: countries, continents and regions. "in
 * Mosul" puts fighters in a city; "in Iraq" or "in Anbar" is strength in a
 * country or region (remaining).
 */
const NOT_A_CITY =
  "(?:Iraq|Syria|Turkey|Jordan|Iran|Libya|Afghanistan|Pakistan|Nigeria|Somalia|Yemen|Egypt|Lebanon|Europe|Africa|Asia|Sinai|Sahel|Mozambique|Mali|Niger|Burkina Faso|Chad|Cameroon|Congo|Philippines|Indonesia|Tunisia|Algeria|Morocco|Saudi Arabia|Russia|Chechnya|Caucasus|Tajikistan|Uzbekistan|India|Bangladesh|Khorasan|Kurdistan|Anbar|Nineveh|Ninewa|Diyala|Salahuddin|Salah[ -]?[Aa]l[ -]Din|Badia|Hamrin|Jazira|Jazeera|both countries|the (?:two )?countries|the region|the country)\\b|[A-Z][\\w-]+ (?:[Pp]rovince|[Gg]overnorate|[Dd]esert|[Mm]ountains?|[Rr]egion|[Cc]ountryside|[Vv]alleys?|[Bb]asin|[Aa]rea)\\b|[A-Z][\\w]*-(?:run|held|controlled|administered|operated|guarded) (?:prisons?|jails?|detention|facilit(?:y|ies)|camps?|custody)\\b";

/**
 * What follows a participle used passively ("were killed in the strikes",
 * "captured by the army", "killed or wounded"), as opposed to an active verb
 * with its object ("fighters killed 18 soldiers"): the militants are the
 * ones it happened to only in the first case.
 */
const PASSIVE_FOLLOW =
  "(?=\\s*(?:$|[,.;:!?)”\"’]|(?:in|by|during|on|at|near|since|after|before|when|while|and|or|over|across|as|last|this|yesterday|today|overnight|earlier|recently|so|to|from|inside|outside|under|within|following|amid|between|among|because|for|with|without|until|along|around|fighting|while|there|here)\\b))";

export const REFERENT_RULES: readonly ReferentRule[] = [
  { id: "peak", referent: "peak", pattern: "\\b(?:at (?:its|the|their) (?:height|peak|zenith|strongest)|at the height of|once (?:had|numbered|boasted|counted|commanded|fielded)|at one (?:point|time)|in its heyday|(?:a|its|their|the) (?:peak|high|height) of|peaked at|(?:a|its|their) (?:all-time )?high of)\\b", position: "any", strength: "strong", description: "strength at the group's height ('down from a peak of 40,000')" },
  { id: "peak-sentence", referent: "peak", pattern: "\\b(?:at (?:its|the|their) (?:height|peak|zenith|strongest)|at the height of|in its heyday)\\b", position: "before", scope: "sentence", strength: "strong", description: "a sentence-opening 'At its height in 2015, …' sets the time of every number after it" },
  { id: "where-city", referent: "in_city", pattern: `(?:\\b(?:town|city|village|district|neighbou?rhood)\\s+of\\s+|\\b(?:in|into|inside|entered|enter|enters|reached|besieged|surrounded)\\s+)(?!${NOT_A_CITY})[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?(?:\\s+(?:on|last|this|early|late)\\s+[A-Za-z]+)?\\s*,\\s*where\\s+$`, flags: "", position: "before", scope: "sentence", strength: "strong", description: "'reached the town of Qaim on Monday, where 300 fighters are making a last stand': a relative clause on a named city puts the fighters in it (only when the number's own clause has no strong cue)" },
  { id: "killed", referent: "killed", pattern: "\\b(?:killed|kill|kills|killing|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing|slain|died|dead|perished|wiped out|liquidated|deaths? of)\\b", position: "before", strength: "strong", description: "militants killed ('troops killed 57 militants', a headline's 'Troops kill 40 militants', 'documented the deaths of 300 fighters')" },
  { id: "killed-after", referent: "killed", pattern: `\\b(?:killed|eliminated|neutrali[sz]ed|liquidated|wiped out|slain)\\b${PASSIVE_FOLLOW}|\\b(?:been|being)\\s+(?:killed|eliminated|neutrali[sz]ed|liquidated|wiped out|slain)\\b|\\b(?:died|dead|perished|lost their lives)\\b`, position: "after", strength: "strong", description: "militants killed ('were killed in the strikes', 'killed or wounded', 'had been eliminated there': a perfect passive whatever follows); not the militants' own killing ('fighters killed 18 soldiers')" },
  { id: "left-place", referent: "fled", pattern: "\\bleft (?:the )?(?:[A-Z][\\w-]+|city|town|area|country|region)\\b(?!\\s+(?:to\\s+(?:join|fight)|for\\s+(?:Syria|Iraq|the\\s+(?:jihad|caliphate))))|\\bleft with\\b", flags: "", position: "after", strength: "strong", description: "'left Mosul', 'left with their families': departure; not 'left Germany to join the jihadists' (a departure to join, read by 'joined')" },
  { id: "fled", referent: "fled", pattern: "\\b(?:fled|flee|fleeing|escaped|escaping|escapes?|disappeared|vanished|evaporated|melted (?:away|into)|slip(?:ped|ping)? (?:out|away)|got away|ran away|made (?:their|his|its) escape|broke out|break out|breaking out|went into hiding|gone into hiding|withdrew|withdrawn|retreated|relocated|(?:scattered|dispersed)(?!\\s+(?:in|across|over|throughout|among|along|around|between)\\b)|abandoned|got out)\\b", position: "any", strength: "strong", description: "militants who fled or disappeared ('scattered' alone, not 'scattered in rugged areas', which says where they are)" },
  { id: "crossed", referent: "crossed", pattern: "\\b(?:crossed|crossing|cross(?:es)? (?:into|over|from|back|the border)|infiltrated|infiltrating|infiltrate|slipped across|slipping across|slipped into|sneaked (?:into|across)|c(?:a|o)me (?:over|across|back) (?:from|into|to)|smuggled (?:into|across)|entered|return(?:ed|ing) (?:to|into|from) (?:Iraq|Syria)|moved across)\\b", position: "any", strength: "strong", description: "militants who crossed a border (into or out of Iraq and Syria; going home to a third country is not a 'crossed' claim)" },
  { id: "released", referent: "fled", pattern: "\\b(?:released|releasing|freed|freeing|set free|let out|let go of)\\s+$|\\b(?:were|was|been|being|are|is)\\s+(?:later\\s+|subsequently\\s+|reportedly\\s+|quietly\\s+)?(?:released|freed|set free|let go)\\b", position: "any", strength: "strong", overrides: ["other"], description: "detainees let out of custody ('released around 60 ISIS prisoners held at the jail', 'were later freed'): out of custody like escapees, whatever the custody words around them say" },
  { id: "transferred", referent: "other", pattern: "\\b(?:transferr(?:ed|ing)|transfers|transport(?:ed|ing|s)|handed over|handing over|hand over|repatriat(?:ed|ing|es?)|deport(?:ed|ing|s)?|extradit(?:ed|ing|es?)|flown|airlifted|bused|bussed)\\b", position: "any", strength: "strong", overrides: ["crossed", "fled"], description: "detainees moved by the forces holding them: custody, not a crossing ('transferred 50 fighters from Syria to Iraq')" },
  { id: "came-from", referent: "joined", pattern: "\\b(?:came|come|comes|coming|hail(?:s|ed|ing)?) (?:originally )?from (?:the )?(?!(?:Iraq|Syria|Iraqi|Syrian)\\b)[A-Z]", flags: "", position: "after", strength: "weak", description: "'800 of the fighters came from Morocco': recruits by country of origin joined the group (not 'came from Syria', a movement); weak, so detainees from Tunisia stay in custody" },
  { id: "returned-home", referent: "other", pattern: "\\b(?:returned|returning|came back|come back|went home|gone home|repatriated)\\b", position: "any", strength: "strong", description: "fighters who went home (to third countries): no contract referent; after 'crossed', which keeps 'returned to Iraq'" },
  { id: "from-country-into", referent: "crossed", pattern: "\\bfrom (?:[A-Z][\\w-]+ ){1,2}(?:in)?to (?:(?:[a-z]+(?:-[a-z]+)?) )?[A-Z]", flags: "", position: "after", strength: "strong", description: "'… from Syria into western Iraq': moved across a border" },
  { id: "iraq-syria-route", referent: "crossed", pattern: "\\bfrom (Syria|Iraq)\\b(?:['’]s [A-Z][\\w-]+)?[^,;]{0,40}?\\b(?:to|into|towards?)\\b[^,;]{0,30}?\\b(?!\\1)(?:Iraq|Syria)\\b", flags: "", position: "after", strength: "strong", description: "'moved from Syria's Hasakah to bases in western Iraq': carried from one country to the other (a transfer in custody still reads 'transferred')" },
  { id: "may-join", referent: "hypothetical", pattern: "^[^,;]{0,60}?\\b(?:could|would|might|may|will)\\s+(?:(?:eventually|soon|also|easily|then|later)\\s+)?(?:join|swell|replenish)\\b", position: "after", strength: "strong", description: "'500 men from the camps could swell the ranks of ISIS': recruits the group may gain (before 'joined', which it outranks)" },
  { id: "joined", referent: "joined", pattern: "\\b(?:joined|joining|join|recruited|recruiting|travel+ed to|travel+ing to|went to (?:Syria|Iraq)|flocked|pledged allegiance|signed up|enlisted|left [^,;]{1,40}? to fight for)\\b", position: "any", strength: "strong", description: "people who joined the group" },
  { id: "in-city", referent: "in_city", pattern: "\\b(?:fighting in|fight in|dig(?:s|ging)? in|holed up|hold(?:ing|s)? out|held out|surrounded|besieged|encircled|trapped|entrenched|barricaded|defending|dug in|in the (?:[A-Z][\\w-]+ )?(?:city|town|village|district|neighbou?rhood|old city) of|(?:still|remain(?:s|ed|ing)?|left|trapped|hiding)\\s+inside\\b(?!\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:prisons?|jails?|camps?|detention|facilit(?:y|ies)|cells?|Iraq|Syria)\\b))", position: "any", strength: "strong", description: "fighters in a named place under siege or fighting there" },
  { id: "in-place-name", referent: "in_city", pattern: `^\\s*(?:still )?(?:in|inside) (?!${NOT_A_CITY})[A-Z][\\w-]+`, flags: "", position: "after", strength: "weak", description: "'… fighters in Mosul': in a named place" },
  { id: "left-in-city", referent: "in_city", pattern: `^\\s*(?:(?:are|is|were|was|still|now|may be|might be|could be)\\s+)*(?:left|remaining|remain|remained|holding out|hiding)\\s+(?:in|inside)\\s+(?:(?!${NOT_A_CITY})[A-Z][\\w-]+|the\\s+(?:[Oo]ld [Cc]ity|city|town|village|district|neighbou?rhood|quarter|citadel)\\b)`, flags: "", position: "after", strength: "strong", description: "'3,000 fighters left in Mosul', '500 remaining in Hajin', 'remain in the town': those left in a city are the city's defenders (before 'left-remaining', which it outranks); not 'remain in Kurdish-run jails'" },
  { id: "left-remaining", referent: "remaining", pattern: "^\\s*(?:(?:are|is|were|was|still|now|may be|might be|could be)\\s+)*left\\b(?!\\s+(?:with|the|for|to|[A-Z]))", flags: "", position: "after", strength: "strong", description: "'500 fighters left', 'left in Iraq': those remaining (case-sensitive: a capital after 'left' is a place left behind)" },
  { id: "custody", referent: "other", pattern: "\\b(?:remain(?:s|ed|ing)? (?:held|detained|jailed|imprisoned|in custody|in (?:[\\w-]+ ){0,2}(?:prisons?|detention|jails?|camps?|custody|facilit(?:y|ies)))|arrest|arrested|arresting|capture|captured|capturing|recaptured|re-?arrested|detain|detained|detaining|round(?:ed|ing)? up|held|holding|holds?|surrendered|in (?:[\\w-]+ )?custody|jailing|try(?!\\s+to\\b)|trying(?!\\s+to\\b)|imprisoned|jailed|sentenced|repatriated|deported|extradited|expelled|handed over|convicted|prisons?|detention|camps?|awaiting trial|on trial|trials?|tried(?!\\s+to\\b)|prosecuted|charged)\\b", position: "before", strength: "strong", description: "detained, tried, surrendered or deported militants ('killed 35 and detained 60 others', 'the number in Iraqi custody was near 900', 'says it holds 3,000'): not a contract referent; before 'remaining' so 'remain held' is custody" },
  { id: "custody-after", referent: "other", pattern: `\\b(?:remain(?:s|ed|ing)? (?:held|detained|jailed|imprisoned|in custody|in (?:[\\w-]+ ){0,2}(?:prisons?|detention|jails?|camps?|custody|facilit(?:y|ies)))|in (?:[\\w-]+ )?custody|prisons?|detention|camps?|awaiting trial|on trial|trials?)\\b|\\b(?:arrested|captured|recaptured|re-?arrested|detained|held|surrendered|imprisoned|jailed|sentenced|repatriated|deported|extradited|expelled|handed over|convicted|tried(?!\\s+to\\b)|prosecuted|charged)\\b${PASSIVE_FOLLOW}`, position: "after", strength: "strong", description: "militants held or tried ('were captured in the raid', 'held in SDF prisons', 'remain in Kurdish-run jails', a tie with 'remaining' won by rule order); not the militants' own captures ('fighters captured 20 soldiers')" },
  { id: "remaining", referent: "remaining", pattern: "\\b(?:remain|remains|remained|(?<!\\b(?:capture|arrest|detain|kill|eliminate|neutrali[sz]e|hunt(?:ing)? (?:down|for)|track(?:ing)? down|find|catch|search(?:ing)? for|look(?:ing)? for|pursu(?:e|ing))\\s+(?:the|its|their)\\s+)remaining|left behind|still (?:active|operating|present|at large|hiding|in)|all that (?:remains|is left)|at large|active|operating|operate|remnants|surviving|hiding|hidden|lurking|sheltering|taking refuge|regroup(?:s|ed|ing)?|(?:gather|mass|amass|assembl|congregat)(?:ed|ing))\\b", position: "any", strength: "strong", description: "militants still around (or hiding, or regrouping: 'have regrouped in the desert', 'had gathered in the valleys'); not 'to capture the remaining three', where the verb says what happens to the rest" },
  { id: "present-activity", referent: "remaining", pattern: "^\\s*(?:(?:are|is|now|still|currently|reportedly)\\s+)*(?:exploit(?:s|ing)?|roam(?:s|ing)?|prowl(?:s|ing)?|control(?:s|ling)?|threaten(?:s|ing)?|extort(?:s|ing)?|lurk(?:s|ing)?|rebuild(?:s|ing)?|reorgani[sz](?:e|es|ing))\\b", position: "after", strength: "strong", description: "a present-tense predicate of activity right after the noun ('hundreds of jihadists roam the desert', 'fighters are extorting farmers'): the group's current strength" },
  { id: "based-in-city", referent: "in_city", pattern: `\\b(?:based|stationed|positioned|concentrated|deployed)\\s+(?:(?:mainly|mostly|largely|chiefly|now)\\s+)?(?:in|inside)\\s+(?!${NOT_A_CITY})[A-Z][\\w-]+`, flags: "", position: "after", strength: "strong", description: "'fighters stationed in Raqqa': in a named city (before 'based-in', which it outranks)" },
  { id: "based-in", referent: "remaining", pattern: "\\b(?:based|stationed|present|positioned|concentrated|deployed|roaming|moving|spread|scattered|dispersed)\\s+(?:(?:mainly|mostly|largely|chiefly|now)\\s+)?(?:in|across|along|throughout|around)\\b", position: "after", strength: "strong", description: "'fighters based in the desert', 'concentrated mainly in rural areas': where the group's strength is now" },
  { id: "still-doing", referent: "remaining", pattern: "\\bstill (?:be )?(?:(?!being\\b|awaiting\\b|facing\\b|waiting\\b|missing\\b|crossing\\b|joining\\b|arriving\\b|travel+ing\\b|fleeing\\b|flowing\\b|pouring\\b|flocking\\b|coming\\b|entering\\b|leaving\\b|escaping\\b|infiltrating\\b|returning\\b)[a-z]+ing|move|moves|roam|roams|operate|operates|hide|hides|control|controls|pose|poses|exist|exists|lurk|lurks|wage|wages|carry out|carries out|launch|launches|mount|mounts)\\b", position: "after", strength: "strong", description: "'are still waging war', 'may still be roaming', 'still move freely': still around and active; a movement ('still entering Syria') keeps its own reading" },
  { id: "sleeper-cells", referent: "remaining", pattern: "\\b(?:organi[sz]ed|operating|active|hiding|embedded|regrouped|regrouping) (?:in|into|as) (?:small |sleeper |clandestine |covert )*cells\\b", position: "after", strength: "strong", description: "'fighters now organised in sleeper cells': what is left of the group, underground" },
  { id: "lost", referent: "killed", pattern: "\\b(?:lost|losing|loses|lose|suffered|suffers|sustained|sustains|incurred)\\s+(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|as many as|an estimated)\\s+)?$", position: "before", strength: "strong", description: "'the group had lost 50,000 men', 'ISIS suffered 1,200 casualties': the group's losses count as killed (as 'killed or wounded' does)" },
  { id: "reduced-to", referent: "remaining", pattern: "\\b(?:reduced|whittled(?: down)?|dwindled|shrunk|shrank|down) to\\s+(?:(?:just|only|about|around|some|roughly|perhaps)\\s+)?$", position: "before", strength: "strong", description: "'reduced to a few hundred fighters': what is left of the group" },
  { id: "possession", referent: "remaining", pattern: "\\b(?:has|have|had|retains?|commands?|boasts?|numbers?|numbered|fields?|there (?:are|is)|still)\\s+(?:(?![a-z]+ed\\b|(?:sent|taken|seen|brought|caught|shot|driven|beaten|hit|made|done|begun|won|run|lost|freed|let|put|set)\\b)\\w+\\s+|in the\\s+)?$", position: "before", strength: "weak", description: "'ISIS has 3,000 fighters', 'its fighters numbered 2,000 last year': present strength (not the perfect 'has transferred 3,000' or 'has sent three bombers')" },
  { id: "copula-strength", referent: "remaining", pattern: "(?:^|\\s)(?:are|were)\\s+(?:(?:now|still|only|just|currently)\\s+)?$", position: "before", strength: "weak", description: "'the active fighters are fewer than 300': a count stated as the predicate of its noun is a statement of strength" },
  { id: "question-hold", referent: "other", pattern: "^\\s+(?:does|do|did)\\s+(?:[\\w'’-]+\\s+){1,3}(?:still\\s+)?(?:hold|detain|keep|hold in custody)\\b", position: "after", strength: "strong", description: "'How many foreign fighters do you hold?': the detainees an interview answer counts (read on the question)" },
  { id: "question-have", referent: "remaining", pattern: "^\\s+(?:does|do|did)\\s+(?:[\\w'’-]+\\s+){1,3}(?:still\\s+)?(?:have|field|command|retain|number)\\b", position: "after", strength: "weak", description: "'How many fighters does the group have in Syria now?': the question an interview answer counts (read on the question)" },
  { id: "in-country", referent: "remaining", pattern: "^\\s*(?:still )?(?:in|across|inside|throughout) (?:the whole of |all of |the |an? )?(?:Iraq\\b|Syria\\b|both countries\\b|two countries\\b|(?:[\\w'’-]+ ){0,3}(?:region|country|desert|province|governorate|mountains?|valleys?|basin|areas?|zones?|countryside|[Bb]adia|territories)\\b)", position: "after", strength: "weak", description: "'3,000 fighters in Iraq and Syria', '400 fighters in the whole of Kirkuk province', '2,000 in a zone outside the city': present strength in a country or area" },
  { id: "number-in-city", referent: "in_city", pattern: `\\b(?:[Nn]umbers?|[Ss]trength|[Tt]otal)\\s+of\\b[^,;]{0,60}?\\binside\\s+(?:(?!${NOT_A_CITY})[A-Z][\\w'’-]+|the\\s+(?:[Oo]ld\\s+)?(?:city|town)\\b)[^,;]{0,40}$`, flags: "", position: "before", strength: "weak", description: "'the number of fighters inside Tikrit is about 600': a statement of strength about those inside a city counts its defenders (before 'number-of', which it outranks on a tie); 'the number of sleeper-cell members in Kirkuk' stays remaining" },
  { id: "number-is", referent: "remaining", pattern: "\\b(?:number|numbers|figure|total|strength)\\s+(?:is|was|are|were|stands at|stood at|remains)\\s+(?:(?:now|still|only|just|currently)\\s+)?$", position: "before", strength: "weak", description: "'officials insist the number is fewer than 1,000': the number asked about just before, stated as a predicate" },
  { id: "number-of", referent: "remaining", pattern: "\\b(?:number|numbers|strength|size|ranks|manpower|total)\\s+of\\b[^,;]{0,90}$", position: "before", strength: "weak", description: "'the total number of ISIS members does not exceed 500', 'put the number of fighters at 2,000': a statement of strength" },
  { id: "estimate-of-strength", referent: "remaining", pattern: "\\b(?:puts?|putting|placed?|places|pegg?(?:ed|s)?|estimat\\w*|assess\\w*)\\b[^,;]{0,40}\\b(?:strength|number|numbers|figure|total|tally|ranks|manpower|size)\\s+(?:at\\s+|around\\s+|as\\s+)?$", position: "before", strength: "weak", description: "'the general put ISIS's strength at 14,000', 'Erbil puts the figure at 5,000': an estimate of strength" },
  { id: "estimate", referent: "remaining", pattern: "\\bestimat(?:e|es|ed|ing)\\b", position: "before", strength: "weak", description: "an estimate with no other cue is an estimate of current strength" },
];

/** Capitalised words before "battle"/"offensive" that are sides or adjectives, not the city fought over. */
const NOT_A_BATTLE_PLACE = "(?:Iraqi|Syrian|Kurdish|Turkish|American|Russian|Iranian|Coalition|Army|Government|Allied|Western|Final|Last|Major|Military|Ground|Air|The|A|An|New)\\b";

/**
 * A sentence about a city under siege or assault: "troops had encircled the
 * city", "pushed into the heart of Fallujah", "As the Mosul battle nears its
 * end". Fighters said to be left or remaining in such a sentence are the
 * city's defenders (in_city), unless their clause names a country or region.
 */
export const SIEGE_SENTENCE = new RegExp(
  `\\b(?:encircl\\w*|besieg\\w*|surround(?:ed|ing|s)?|pushed into|push(?:es|ing)? into|clos(?:ed|ing) in on|storm(?:ed|ing|s)?|(?:battle|fight|assault|offensive) (?:for|on|to (?:retake|recapture))|recaptur\\w+|retak(?:e|en|ing))\\s+(?:the\\s+(?:heart|centre|center|outskirts|rest) of\\s+)?(?:the\\s+(?:old\\s+)?(?:city|town)\\b|(?!${NOT_A_CITY}|${NOT_A_BATTLE_PLACE})[A-Z][a-z'’-]+\\b)|\\b(?!${NOT_A_CITY}|${NOT_A_BATTLE_PLACE})[A-Z][a-z'’-]+\\s+(?:battle|offensive|siege|assault)\\b`,
);
/** Readings of "still there" that a siege sentence turns into in_city. */
export const SIEGE_READINGS: ReadonlySet<string> = new Set(["left-remaining", "remaining"]);
/** A country or region named in the number's clause keeps "remaining" ("left in Iraq and Syria"). */
export const REGION_IN_CLAUSE = new RegExp(`\\b(?:in|across|inside|throughout)\\s+(?:the\\s+whole\\s+of\\s+|all\\s+of\\s+)?(?:${NOT_A_CITY})`);

/** A clause opened by one of these makes the number hypothetical ("if 1,000 militants escape"). */
export const HYPOTHETICAL_BEFORE = /\b(?:if|unless|should|in case|in the event|suppose|supposing)\b[^,;:]*$/i;
/**
 * The main clause after a conditional one: "If the prisons crack, you could
 * see thousands of fighters back on the battlefield", "Even if only one in
 * ten return, you are talking about a dozen attackers", '…: "If they come
 * back, up to 3,000 young men could join."' The if-clause opens the sentence
 * (or a quotation, or follows a colon) and ends at the comma before the
 * number's clause. "If anything" and "if so" are no conditions.
 */
export const HYPOTHETICAL_CONSEQUENCE =
  /(?:^|[:;—–]|[“"‘])\s*[“"‘]?\s*(?:(?:and|but|yet|so|even|only|then)\s+)*(?:if|unless|should|in case|in the event(?: that)?)\b(?!\s+(?:anything|so|not|ever|any|at all)\b)[^.;:!?“”"]{1,200},\s*(?:then\s+)?[^,;:.!?]{0,150}$/i;
/** A modal right after the counted noun ("1,000 fighters could escape"), or after a short participle or place phrase ("3,000 young men raised on the ideology could join", "500 men from the camps could"). */
export const HYPOTHETICAL_AFTER = /^\s*(?:(?:[a-z]+ed|[a-z]+en|from|in|inside|at)\b[^,;]{0,40}?\s)?(?:could|would)\b/i;
/**
 * Subjunctive inversion opens a condition without "if": "Were even
 * 2,000 of the detainees to break out, …", "Had 500 fighters escaped, …". Tested on
 * the number's clause; the predicate after the noun must fit the inversion
 * ("to" + verb after "were", a participle after "had"), so "Were 50 fighters
 * killed?" stays a question, not a condition.
 */
export const HYPOTHETICAL_INVERSION: { before: RegExp; after: Readonly<Record<string, RegExp>> } = {
  before: /^\s*(?:(?:and|but|yet)\s+)?(were|had)\s+(?:even\s+|just\s+|only\s+)?$/i,
  after: { were: /^\s*to\s+[a-z]/i, had: /^\s*(?:been\b|[a-z]+(?:ed|en)\b)(?![^,;]*\?)/i },
};

/** Container nouns right before the number make it a cell size ("cells of up to 50", "groups as small as two"). */
export const CELL_BEFORE = /\b(?:cells?|groups?|units?|squads?|bands?|teams?|detachments?|formations?)\s+(?:of|numbering|comprising|made up of|with)?\s*$/i;

/**
 * A unit named by what it did in one attack ("a detachment of 12 fighters
 * carried out the ambush", "a group of five gunmen stormed the post"): the
 * attackers of an incident, not the size of the group's cells ("other", as
 * for any militants who attacked something). Past tense only: "cells of
 * four carry out raids" describes how the group works (cell_size).
 */
export const CELL_ATTACKERS =
  /^\s*(?:(?:had|have|has|then|later|also|reportedly|allegedly)\s+)*(?:carried (?:[\w'’-]+ ){0,2}?out|attacked|stormed|ambushed|raided|opened fire|launched|struck|blew up|detonated|targeted|assaulted|overran|executed|seized)\b/i;

/**
 * Containers that are cells only when small: "a network of some 40
 * gunmen", "a smuggling ring of 12" (a "network of 30,000 fighters" is the
 * whole group). They also count when linked to the number by a verb: "the
 * cell that planted the bomb consists of four men". At most
 * MAX_LINKED_CELL_SIZE people.
 */
export const SMALL_CELL_BEFORE = /\b(?:networks?|rings?)\s+of\s*$/i;
export const LINKED_CELL_BEFORE =
  /\b(?:cells?|squads?|teams?|networks?|rings?)\b(?:\s*,\s*(?:which|that|who)\b)?[^,;.:!?]{0,50}?\b(?:consists?\s+of|consisted\s+of|consisting\s+of|comprises|comprised(?:\s+of)?|comprising|(?:is|was|are|were)\s+made\s+up\s+of|numbers|numbered|counts|counted)\s*$/i;
export const MAX_LINKED_CELL_SIZE = 200;

/**
 * Cues inside the counted noun phrase itself: "nine of the dead militants",
 * "200 captured fighters". The phrase's own adjective outranks the clause.
 */
export const NOUN_PHRASE_CUES: readonly { id: string; referent: Referent; pattern: RegExp; description: string }[] = [
  { id: "np-killed", referent: "killed", pattern: /\b(?:dead|slain|killed)\b/i, description: "'11 of the dead militants were foreigners'" },
  { id: "np-custody", referent: "other", pattern: /\b(?:captured|detained|arrested|jailed|imprisoned|surrendered)\b/i, description: "'300 captured fighters', 'the detained militants'" },
];

/**
 * A disguise is not what the militants did: "bombers disguised as fleeing
 * families" did not flee. The phrase (up to its first plural noun, or one
 * word) is blanked before the clause is read: "dressed as shepherds fled".
 */
export const DISGUISE = /\b(?:(?:disguised|dressed|posing|masquerading)\s+as|pretending\s+to\s+be)\s+(?:(?:a|an|the)\s+)?(?:(?:[\w'’-]+\s+){0,2}?[\w'’-]+s\b|[\w'’-]+)/gi;

/** Head nouns that say by themselves the militants are in custody ("8,000 ISIS detainees in Kurdish-run jails"): they outrank weak place cues. */
export const CUSTODY_HEAD = /^(?:detainees|prisoners|inmates|captives|suspects|convicts)$/i;

/** Detainees "at large" escaped ("Dozens of inmates are still at large"): with a custody head, at large is fled, not remaining. */
export const AT_LARGE = /\b(?:at large|on the run|unaccounted for)\b/i;

/** Head nouns that say by themselves the militants are what is left ("a few hundred Daesh remnants"): a weak cue. */
export const REMAINING_HEAD = /^(?:remnants|holdouts|remainders|stragglers)$/i;
