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
 * noun must be singular. Planned, figurative and state attacks are
 * excluded (PLANNED_ATTACK, FIGURATIVE_ATTACK, AGENT_AFTER_ATTACK,
 * LAUNCH_VERB_BEFORE, MILITANT_VICTIMS).
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
    "An attack by coalition aircraft killed 14 people near Hajin.",
    "Iraqi forces launched an assault on the village, killing nine.",
  ],
};

/** What a concrete incident did; one of these must be in the sentence. */
export const INCIDENT_OUTCOME =
  /\b(?:targeted|killed|killing|wounded|wounding|injured|injuring|struck|hit|left\s+\w+\s+(?:dead|wounded|injured)|took\s+place|occurred|happened|was\s+carried\s+out|claimed\s+the\s+lives)\b|\b(?:attack|assault)\s+(?:on|against)\s+(?:a|an|the)\b/i;

/**
 * Hypothetical, planned, prevented or feared attacks are not incidents.
 * Tested on the words around the attack noun only (PLANNED_REACH
 * characters before, PLANNED_REACH_AFTER after), so "police said they would
 * investigate" later in the sentence does not undo the incident.
 * Case-sensitive on purpose: "may" is a modal, "May" a month.
 */
export const PLANNED_ATTACK =
  /\b(?:would|could|might|may|will|shall|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|prevent\w*|foil\w*|warn\w*|fear\w*|intend\w*|threat\w*|possible|potential|[Aa]ny|[Ff]uture)\b/;
export const PLANNED_REACH = 60;
export const PLANNED_REACH_AFTER = 25;

/** Figurative or non-violent "attacks", recognised in the words between the article and the noun ("a heart attack", "a verbal attack"). */
export const FIGURATIVE_ATTACK =
  /\b(?:heart|panic|asthma|anxiety|cyber|verbal|political|media|legal|counter|personal|rhetorical|scathing|blistering|stinging|propaganda|charm)\b/i;

/**
 * State action named with the attack noun: "an attack by coalition aircraft",
 * "Iraqi forces launched an assault on the town". Only these two frames are
 * read, because the nearest actor noun before the attack is usually its
 * victim ("an officer and four soldiers were killed in an attack").
 */
export const AGENT_AFTER_ATTACK = /^\s+(?:(?:carried\s+out|launched|conducted)\s+)?(?:by|from)\s+/i;
export const LAUNCH_VERB_BEFORE = /\b(?:launch|began|begin|start|carr(?:y|ied)|mount|conduct|stage|open)\w*\s+(?:\w+\s+)?$/i;

/** "An attack killed 14 militants": the insurgents are the victims, so the attack is the state's. */
export const MILITANT_VICTIMS =
  /\b(?:killed|killing|kills|left)\s+(?:[\w-]+\s+){0,3}?(?:militants|terrorists|jihadists|insurgents|fighters\s+of|members\s+of\s+(?:the\s+)?(?:ISIS|ISIL|IS|Daesh|Islamic\s+State))\b/i;

/**
 * A killing with no stated method that is still a concrete incident -> GTD
 * "unknown": "six farmers were killed, their bodies found with their hands
 * bound". Fires on the marks of an execution (hands tied, blindfolded,
 * execution-style), or on bodies found or dumped when the sentence also says
 * the people were killed; "the bodies of the two men were found on Monday"
 * alone is the aftermath of an incident told before it. Never right after a
 * coded incident (UNEXPLAINED_AFTERMATH sentences), never about mass graves
 * (old crimes exhumed), strikes, battles, disasters or the insurgents' own
 * dead.
 */
export const UNEXPLAINED_KILLING: ReferenceRule = {
  id: "reference.unexplained-killing",
  pattern:
    /\b(?:hands?|wrists?)\s+(?:were\s+|had\s+been\s+)?(?:tied|bound|cuffed)\b|\bblindfolded\b|\bexecution[- ]style\b|\bbod(?:y|ies)\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(?:\w+\s+)?(?:found|discovered|dumped|recovered|retrieved)\b/gi,
  description:
    "People killed and found with the marks of an execution (hands tied, blindfolded, bodies dumped), no method stated: a concrete incident of unknown type.",
  examples: [
    "Seven farmers were killed and their bodies found with their hands bound in an orchard near Tarmiya.",
    "The bodies of four shepherds were discovered blindfolded in a ditch outside the village.",
  ],
  counterExamples: [
    "The bodies of the three men were found on Tuesday morning.",
    "Teams exhumed the bodies of 30 people killed in 2014 from a mass grave near Sinjar.",
    "Rescuers recovered the bodies of 12 people killed when the building collapsed.",
    "The bodies of 20 militants killed in the raid were found in a cave.",
  ],
};

/** Marks of an execution: with one of these, a reported death is enough. */
export const EXECUTION_MARKS = /\b(?:hands?|wrists?)\s+(?:were\s+|had\s+been\s+)?(?:tied|bound|cuffed)\b|\bblindfolded\b|\bexecution[- ]style\b/i;

/** A death must be reported for UNEXPLAINED_KILLING; bodies alone need a killing verb unless EXECUTION_MARKS are present. */
export const DEATH_REPORTED = /\b(?:killed|dead|murdered|slain|executed)\b/i;

/** How many sentences after a coded incident a found-bodies sentence is taken as its aftermath. */
export const UNEXPLAINED_AFTERMATH = 2;

/** Not an unexplained killing: old crimes, strikes, battles, disasters, or the insurgents' own dead. */
export const NOT_AN_UNEXPLAINED_KILLING =
  /\b(?:mass\s+graves?|air\s*strikes?|drone\s+strikes?|raids?|shelling|bombardment|clashes|battle|fighting|rubble|debris|drown\w*|boat|floods?|earthquake|accident|crash\w*|collaps\w*)\b|\bbod(?:y|ies)\s+of\s+(?:[\w-]+\s+){0,3}?(?:militants|terrorists|jihadists|insurgents|fighters|ISIS|ISIL|Daesh)\b/i;

/**
 * A report the article itself says was wrong: "Initial reports had said
 * that a herder had been kidnapped, but it later emerged that ...". Triggers
 * inside the retracted part are not coded; what follows "but" is.
 * The correction must be explicit, so "early reports said five died in the
 * bombing, but the toll later rose" keeps its bombing.
 */
export const RETRACTED_REPORT: ReferenceRule = {
  id: "reference.retracted-report",
  pattern:
    /\b(?:initial(?:ly)?|early|earlier|first|preliminary)\s+(?:(?:media|news|police)\s+)?(?:reports?|accounts?|information)\s+(?:had\s+)?(?:stated|said|suggested|indicated|claimed|reported|spoke\s+of)\b[^.;!?]*?\bbut\s+(?=(?:(?:it\s+)?later\s+)?(?:it\s+)?(?:was\s+(?:later\s+)?(?:discovered|found|revealed|established|confirmed|learned)|(?:later\s+)?(?:emerged|turned\s+out|transpired)|(?:officials|police|authorities|the\s+\w+)\s+(?:later\s+)?(?:said|denied|clarified|corrected|confirmed)))/gi,
  description: "An initial report the article corrects: its triggers are not coded.",
  examples: [
    "Initial reports claimed that two engineers had been abducted, but it later emerged they had lost phone signal.",
    "Early reports said the convoy had been hit by a roadside bomb, but officials later said it was a traffic accident.",
  ],
  counterExamples: ["Early reports said five people died in the bombing, but the toll rose to twelve overnight."],
};

/**
 * One incident told in two sentences: "Militants attacked an army post,
 * killing 11 soldiers. The militants opened fire on the post shortly after
 * midnight." The first names no method, the next one does; the annotation
 * codes the incident by its method, so the first sentence takes the types of
 * the sentence that states it: one of the ELABORATION_WINDOW sentences after
 * it, or the FOLLOW_UP_WINDOW sentence before it ("Gunmen opened fire on a
 * checkpoint. IS claimed an attack that killed three guards."), or any
 * sentence that gives the same death toll (SAME_TOLL: "attacked a bus,
 * killing 25" ... "ambushed a bus, killing 25 people"). Not across a
 * sentence that starts a new incident (NEW_INCIDENT) and not from a sentence
 * about tactics in general (GENERIC_TACTICS).
 */
export const SAME_INCIDENT: ReferenceRule = {
  id: "reference.same-incident",
  pattern: /\b(?:attack(?:ed|s)?|assault(?:ed|s)?|incident)\b/gi,
  description: "An attack told without its method takes the types of the neighbouring sentence that states the method of the same incident.",
  examples: [
    "Jihadists attacked a border post overnight, killing six guards. The attackers opened fire from two pickup trucks.",
    "An attack on an army post killed five soldiers on Monday, officials said. Militants detonated a car bomb at the gate.",
  ],
  counterExamples: [
    "An attack on an army post killed five soldiers on Monday. Separately, a roadside bomb hit a patrol near Baiji.",
    "An attack on an army post near Tikrit killed two soldiers. In Diyala, a roadside bomb wounded three policemen.",
    "An attack on a checkpoint killed two soldiers. The group still relies on roadside bombs and ambushes.",
    "Gunmen kidnapped two farmers near Baiji on Thursday. Late on Friday, militants attacked an army post near Samarra, wounding three soldiers.",
    "Insurgents attacked a police post near Hit, wounding two officers. The attack comes days after a car bomb killed nine people in Ramadi.",
  ],
};

/** How many sentences after an unknown-method attack may state its method. */
export const ELABORATION_WINDOW = 2;
/** How many sentences before an unknown-method attack may state its method. */
export const FOLLOW_UP_WINDOW = 1;

/**
 * A sentence that opens another incident: "Separately, ...", "A week ago,
 * ...", "In another attack ...", "Late on Saturday, ...", the place lead of
 * a security roundup ("In Diyala, gunmen ..."), and the news frame that sets
 * the story against an earlier event ("The violence comes days after ...").
 */
export const NEW_INCIDENT =
  /^\W*(?:Separately|Elsewhere|Meanwhile|Earlier|Later|Also|In\s+addition|Last\s+(?:week|month|year)|(?:Late|Early)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:In|On)\s+(?:a|another|an\s+earlier|a\s+separate|a\s+similar)\b|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+same\s+day)|In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b|(?:A|One|Two|Three|Four|Five|Several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before|after)|(?:The|A)\s+(?:day|week|month)\s+(?:before|after|earlier|later)|The\s+(?:previous|next|following)\s+(?:day|week|month)|(?:In|Near|Outside|(?:North|South|East|West)\s+of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2}(?:\s+(?:province|district|governorate|city|area))?\s*,)|\b(?:another|separate|second|third|similar|earlier|previous|latest)\s+(?:attacks?|incidents?|bombings?|assaults?|ambush(?:es)?)\b|\b(?:comes?|came|follows?|followed)\s+(?:(?:just|only|barely|a|an|one|two|three|four|five|six|few|several|\d+)\s+){0,2}(?:hours?|days?|weeks?|months?)\s+(?:after|before)\b/;

/**
 * Tactics in general rather than one incident: "the group still relies on
 * ambushes", "such as roadside bombs", and the habitual present ("the
 * terrorists carry out attacks and plant landmines on the roads").
 */
export const GENERIC_TACTICS =
  /\b(?:continues?\s+to|continued\s+to|still|often|regularly|usually|routinely|tactics?|such\s+as|abilit(?:y|ies)|capab\w+|retains?|typically|frequently|increasingly|every\s+(?:day|week|month)|since\s+\d{4}|relies?\s+on|resort(?:s|ed)?\s+to|(?:carry|carries)\s+out|plants?\s+(?:[\w-]+\s+)?(?:landmines|mines|bombs|IEDs|explosives|explosive\s+devices)|lays?\s+(?:[\w-]+\s+)?(?:landmines|mines|IEDs|improvised))\b/i;

/**
 * A death or injury toll: "killing 25 people", "martyring 12", "23 soldiers
 * were killed". Two sentences of one article with the same toll of at least
 * MIN_SHARED_TOLL tell the same incident (smaller tolls recur by chance).
 */
export const CASUALTY_TOLL =
  /\b(?:kill(?:ed|ing|s)?|martyr(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|left)\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+|around\s+)?(\d{1,4})\b|\b(\d{1,4})\s+(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:killed|martyred|wounded|injured)\b/gi;
export const MIN_SHARED_TOLL = 5;
