import type { AttackType } from "../model/types";

/**
 * One trigger rule. Patterns run on a single sentence; all are global and
 * bounded by `\b` so "bomb" never fires inside "bombmaking" or "bombshell".
 * The optional guards are data too, so the UI can show why a trigger did or
 * did not count.
 */
export interface AttackRule {
  id: string;
  type: AttackType;
  pattern: RegExp;
  description: string;
  /** The sentence must also match this (e.g. a vehicle for "hijacked"). */
  requires?: RegExp;
  /** Rejected when this matches within REJECT_WINDOW characters of the trigger. */
  rejectNear?: RegExp;
  /** Fires only when this matches within REJECT_WINDOW characters of the trigger (a target beside a weapon word). */
  requiresNear?: RegExp;
  /**
   * Rejected when this matches the REJECT_WINDOW characters just before the
   * trigger (anchor it with `$`): for words that must touch the trigger
   * ("killed five gunmen", "US bombing").
   */
  rejectBefore?: RegExp;
  /** Rejected when this matches the REJECT_WINDOW characters just after the trigger (anchor it with `^`). */
  rejectAfter?: RegExp;
  /**
   * Who must (not) be doing it, see find-actor.ts:
   * "not_state" - skip when the subject/agent is a state force (troops stormed) or a
   *               non-insurgent actor (protesters stormed, tribal fighters opened fire);
   * "militant"  - fire only when the subject/agent is an insurgent actor.
   */
  actor?: "not_state" | "militant";
  /** Do not fire when the sentence already has one of these types (gunmen who kidnapped -> kidnapping only). */
  yieldsTo?: AttackType[];
  /** Sentences on which the rule must fire (enumerated by the tests). */
  examples: string[];
  /** Sentences on which the rule must not fire. */
  counterExamples: string[];
}

/** Every type but `unknown`: the types that state a method. */
export const METHOD_TYPES: readonly AttackType[] = [
  "assassination",
  "armed_assault",
  "bombing_explosion",
  "hijacking",
  "hostage_barricade",
  "kidnapping",
  "facility_infrastructure",
  "unarmed_assault",
];

/** Characters either side of a trigger inspected by `rejectNear`. */
export const REJECT_WINDOW = 60;

/**
 * A method named as a possibility or a plan, not as something that
 * happened: "ISIS could carry out suicide bombings", "were planning a car
 * bomb attack", "a plot to bomb a church". Applies to every rule; tested on
 * the REJECT_WINDOW characters before the trigger. Capability and past
 * tactics ("the ability to carry out ambushes", "trained for suicide
 * attacks") are still coded.
 */
export const HYPOTHETICAL_BEFORE =
  /\b(?:could|might|may|would|will)\s+(?:\w+\s+)?(?:carry\s+out|launch|stage|mount|conduct|commit|use|resort\s+to|perpetrate|try)\s+(?:[\w-]+\s+){0,2}$|\b(?:plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|intend(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\s+(?:to\s+)?(?:(?:a|an|new|more|further|fresh)\s+)?(?:(?!and\b|then\b)[\w-]+\s+){0,2}$/i;

/** One case-insensitive guard that matches where any of `guards` does. */
function either(...guards: RegExp[]): RegExp {
  return new RegExp(guards.map((g) => `(?:${g.source})`).join("|"), "i");
}

const NOT_AN_ATTACK_NEAR_EXPLOSIVES =
  /\b(?:defus\w*|dismantl\w*|seiz\w*|found|discover\w*|confiscat\w*|caches?|depots?|stockpiles?|storage|stores|arsenals?|factor(?:y|ies)|workshops?|disposal|squads?|detectors?|sniff\w*|experts?|clear(?:ed|ing)|training|controlled)\b/i;

/** Explosives that are the object of a seizure or destruction: "destroyed weapons and explosive belts", "recovered three IEDs". */
const EXPLOSIVES_AS_OBJECT =
  /\b(?:destroy(?:ed|ing|s)?|seiz(?:ed|ing|es)|found|confiscat(?:ed|ing)|defus(?:ed|ing)|dismantl(?:ed|ing)|recover(?:ed|ing)|captur(?:ed|ing)|detonated\s+(?:safely|in\s+a\s+controlled))\s+(?:[\w,-]+\s+){0,5}$/i;

/** Suicide vests and belts found or stored are objects, not attacks (narrower than the explosives list: "experts" or "training" may sit beside a real suicide attack). */
const SUICIDE_GEAR_FOUND = /\b(?:seiz\w*|found|discover\w*|confiscat\w*|caches?|depots?|stockpiles?|dismantl\w*|defus\w*)\b/i;

const STATE_AIR_WAR =
  /\b(?:air|aerial|carpet|bombing\s+(?:campaign|runs?|raids?|sorties)|campaign|warplanes?|jets?|B-52s?|F-\d+s?|Sukhois?|MiGs?|helicopters?|gunships?|aircraft|planes?|artillery|coalition)\b/i;

/**
 * A state's bombing named by its owner right before the word: "US bombing
 * of the old city", "coalition bombs", "Russian air bombing". Case-sensitive
 * so "US" is not the pronoun "us".
 */
const STATE_OWNER_BEFORE =
  /(?:\b(?:US|U\.S\.|NATO|US-led|U\.S\.-led)|\b(?:[Aa]merican|[Rr]ussian|[Ss]yrian|[Ii]raqi|[Tt]urkish|[Ii]ranian|[Ii]sraeli|[Cc]oalition|[Aa]llied|[Gg]overnment|[Rr]egime|[Aa]rmy|[Mm]ilitary|[Aa]erial|[Aa]ir|[Aa]rtillery))(?:['’]s)?(?:\s+(?:air|aerial))?\s+$/;

/**
 * STATE_OWNER_BEFORE or EXPLOSIVES_AS_OBJECT ("destroyed 11 car bombs").
 * Kept case-sensitive for the owner's "US" (not "us"); the object verbs are
 * lower-case in the middle of a sentence, where they precede the bomb.
 */
const STATE_OWNER_OR_OBJECT_BEFORE = new RegExp(`${STATE_OWNER_BEFORE.source}|${EXPLOSIVES_AS_OBJECT.source}`);

/** Bombs dropped from the air (air forces; barrel bombs are the Syrian regime's helicopter weapon). */
const AIR_DROPPED = /\b(?:dropp(?:ed|ing)|air-?dropped|laser-guided|precision(?:-guided)?|guided|smart|cluster|barrel)\s+(?:[\w,.-]+\s+){0,3}?bombs?\b|\bbombs?\s+(?:were\s+|was\s+)?dropped\b/i;

/**
 * A cornered leader killing himself when troops raid his hideout is the end
 * of a state operation, not an attack: "blew himself up during a US raid",
 * "detonated his suicide vest as special forces closed in".
 */
const SELF_DETONATION_IN_RAID =
  /\b(?:during|in)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?raid\b|\b(?:during|in)\s+(?:a|an|the)\s+(?:US|U\.S\.|American|coalition|special[- ]forces|commando|counter-?terrorism)(?:-led)?\s+(?:[\w.-]+\s+)?operation\b|\bas\s+(?:[\w.-]+\s+){0,2}?(?:forces|troops|commandos|soldiers)\s+(?:closed\s+in|approached|raided|stormed|surrounded|moved\s+in)/i;

/** Habitual or conditional mentions, not incidents: "only when there is an explosion". */
const WHENEVER_THERE_IS = /\b(?:when(?:ever)?|every\s+time|each\s+time)\s+there\s+is\s+an?\s+(?:\w+\s+)?(?:explosion|blast|bombing|bomb)\b/i;

/**
 * "Gunmen" as victims of state action: "killed five gunmen", "dozens of
 * gunmen were killed in airstrikes", "gunmen have been killed or captured".
 */
const VICTIM_VERB_BEFORE =
  /\b(?:kill(?:ed|ing|s)?|arrest(?:ed|ing)?|captur(?:ed|ing)|detain(?:ed|ing)|eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|wound(?:ed|ing)|surrounded|pursu(?:ed|ing))\s+(?:[\w-]+\s+){0,4}$/i;
const VICTIM_PASSIVE_AFTER =
  /^\s+(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|has\s+been|are|is|got)\s+(?:\w+\s+)?(?:killed|captured|arrested|detained|eliminated|neutrali[sz]ed|wounded|injured|shot|caught|apprehended)\b/i;

/**
 * People an assassination targets: community and civil figures. Deliberately
 * without bare "leader", "commander" or "officer": "the killing of the
 * group's leader" and "killed a senior ISIS commander" are usually state
 * action against the insurgents.
 */
const NOTABLE =
  "(?:mukhtars?|mokhtars?|sheikhs?|shaikhs?|tribal\\s+(?:leaders?|elders?|chiefs?|heads?|figures?|notables|dignitar(?:y|ies))|village\\s+(?:heads?|chiefs?|elders?|leaders?)|community\\s+(?:leaders?|elders?|figures?)|local\\s+(?:officials?|leaders?|notables|dignitar(?:y|ies))|mayors?|judges?|imams?|clerics?|preachers?|council\\s+members?|councillors?|candidates?|journalists?|activists?|governors?|notables|dignitar(?:y|ies)|(?:specifically\\s+)?targeted\\s+(?:individuals|persons|people|figures))";

/** A counted group of victims: "six", "at least 12", "two of" (not "thousands of": that is history, not an incident). */
const VICTIM_COUNT =
  "(?:(?:at\\s+least|some|about|nearly|around|another)\\s+)?(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|several)";
/** Who an insurgent killing is counted for: security forces, militiamen, civilians. */
const VICTIMS =
  "(?:soldiers?|troops|servicemen|policem[ae]n|police(?:\\s+officers)?|officers?|guards?|personnel|Peshmerga|fighters|members|militiamen|tribesmen|civilians?|people|persons|villagers|farmers|shepherds|herders|workers|residents|men|women|children|pilgrims|worshippers|motorists|drivers)";

/** Words between the killing and the victim that make the victim one of the insurgents' own ("the killing of an ISIS judge", "killed the group's so-called governor"). */
const NOT_THEIR_OWN = "(?:(?!ISIS|ISIL|Daesh|Islamic|group's|so-called|self-styled|militants?|terrorists?|jihadists?|insurgents?)[\\w'’-]+\\s+)";

/** Deaths in air or artillery strikes, or in battle, are not assassinations, whoever died. */
const STRIKE_NEAR =
  /\b(?:air\s*strikes?|drone\s+strikes?|strikes?|shelling|bombardment|crossfire|friendly\s+fire|battle|fighting|clashes|offensive|covering)\b/i;

const VEHICLE =
  /\b(?:plane|aircraft|airliner|jet|flight|bus|buses|truck|trucks|tanker|vehicles?|cars?|ship|vessel|boat|ferry|train|convoy|lorry|lorries)\b/i;

const INFRASTRUCTURE =
  /\b(?:power|electricity|electrical|pylons?|towers?|pipelines?|oil\s+wells?|wells|grid|substations?|stations?|plants?|bridges?|railways?|water|dams?|telecom\w*|cables?|lines)\b/i;

const TARGETED_PERSON =
  /\b(?:officials?|leaders?|mayors?|mukhtars?|mokhtars?|sheikhs?|judges?|governors?|candidates?|imams?|clerics?|chiefs?|commanders?|lawmakers?|MPs?|activists?|journalists?|notables|council\s+members?|head\s+of|elders?|dignitar(?:y|ies))\b/i;

/**
 * Something happens in the sentence: a weapon or attacker noun alone tells
 * of no attack ("several snipers had been captured", "members of the
 * sniper's cell", "fighters with machine guns were seen in the desert").
 */
const ATTACK_EVENT =
  /\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|kill(?:s|ed|ing)?|shot|shoot(?:s|ing)?|fir(?:e|es|ed|ing)|storm(?:s|ed|ing)|raid(?:s|ed|ing)?|ambush(?:es|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|target(?:s|ed|ing)|rac(?:ed|ing)|charg(?:ed|ing)|advanc(?:ed|ing)|struck|picked\s+off|pinned\s+down)\b/i;

/**
 * An attacker noun that is the object of capture or killing: "police
 * arrested two assassins", "killed three ISIS snipers". Narrower than
 * VICTIM_VERB_BEFORE: a preposition in between makes the noun an
 * instrument again ("killed two soldiers with sniper fire").
 */
const ATTACKER_AS_OBJECT_BEFORE =
  /\b(?:kill(?:ed|ing|s)?|arrest(?:ed|ing)?|captur(?:ed|ing)|detain(?:ed|ing)|eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|wound(?:ed|ing)|surrounded|pursu(?:ed|ing)|hunt(?:ed|ing)|caught)\s+(?:(?!with\b|by\b|from\b|in\b|using\b)[\w'’-]+\s+){0,3}$/i;

/** The attacker noun is the subject of its own capture: "the snipers were arrested", "two assassins had been taken prisoner". */
const ATTACKER_CAUGHT_AFTER = new RegExp(
  `${VICTIM_PASSIVE_AFTER.source}|^\\s+(?:(?!who\\b|that\\b|which\\b)[\\w-]+\\s+){0,2}?(?:(?:were|was|have\\s+been|had\\s+been|has\\s+been)\\s+)?(?:taken\\s+(?:prisoner|captive|alive|into\\s+custody)|surrendered|gave\\s+(?:themselves|himself)\\s+up|turned\\s+(?:themselves|himself)\\s+in)\\b`,
  "i",
);

/** A weapon named as what a vehicle or unit is fitted with, not as used: "trucks, some equipped with heavy machine guns". */
const EQUIPPED_WITH_BEFORE = /\b(?:equipped|fitted|mounted|outfitted|armou?red)\s+with\s+(?:[\w-]+\s+){0,2}$/i;

const SNIPER = /\bsnipers?(?:\s+(?:attacks?|fire|shots?|shootings?))?\b/gi;

/**
 * A sniper shooting at a post, a position or the security forces, with no
 * chosen person named near it ("fired on the checkpoint with a sniper
 * rifle", "sniper fire on army positions"): an armed assault, not an
 * assassination. Tested on the REJECT_WINDOW around the sniper word.
 */
const SNIPER_AT_FORCES = new RegExp(
  `^(?![\\s\\S]*${TARGETED_PERSON.source})[\\s\\S]*\\b(?:on|at|against|targeting|targeted|toward|towards|hit|struck|killed|killing|wounded|wounding)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:posts?|outposts?|positions?|checkpoints?|bases?|barracks|patrols?|convoys?|troops|soldiers|forces|units?|police(?:men)?|guards?|Peshmerga|fighters|lines|trenches|watchtowers?)\\b`,
  "i",
);

export const ATTACK_LEXICON: readonly AttackRule[] = [
  // --- assassination -------------------------------------------------------
  {
    id: "assassination.assassinate",
    type: "assassination",
    pattern: /\bassassinat(?:e|ed|es|ing|ion|ions)\b/gi,
    description: "Assassinate / assassination (including attempts), not a state's killing (\"the US assassination of\", \"assassinated in a drone strike\").",
    rejectNear: /\bcharacter\s+assassination\b|\b(?:drone|air|missile)[\s-]*strikes?\b|\bairstrikes?\b/i,
    rejectBefore: STATE_OWNER_BEFORE,
    actor: "not_state",
    examples: ["A video showed the assassination of a village elder.", "Militants assassinated the deputy governor."],
    counterExamples: [
      "The campaign was a character assassination.",
      "Protests followed the American assassination of a senior Iranian general.",
      "The commander was assassinated in a drone strike outside the airport.",
    ],
  },
  {
    id: "assassination.assassin",
    type: "assassination",
    pattern: /\bassassins?\b/gi,
    description: "Assassins as the perpetrators (not assassins arrested or killed).",
    rejectBefore: ATTACKER_AS_OBJECT_BEFORE,
    rejectAfter: ATTACKER_CAUGHT_AFTER,
    examples: ["Two assassins on a motorbike escaped."],
    counterExamples: ["Police arrested two suspected assassins in Basra.", "The assassins were caught at a checkpoint a day later."],
  },
  {
    id: "assassination.targeted-killing",
    type: "assassination",
    pattern: /\btargeted\s+killings?\b/gi,
    description: "Targeted killing(s) of individuals (not a state's: \"Israeli targeted killings\").",
    rejectBefore: STATE_OWNER_BEFORE,
    actor: "not_state",
    examples: ["A wave of targeted killings hit tribal sheikhs."],
    counterExamples: ["Targeted airstrikes hit the hideout."],
  },
  {
    id: "assassination.killing-of-notable",
    type: "assassination",
    pattern: new RegExp(
      `\\b(?:killings?|murders?|executions?|slayings?)\\s+of\\s+${NOT_THEIR_OWN}{0,6}?${NOTABLE}\\b`,
      "gi",
    ),
    description: "The killing / murder of a community or civil figure (mukhtar, sheikh, judge, journalist...) or of targeted individuals.",
    rejectNear: STRIKE_NEAR,
    actor: "not_state",
    examples: [
      "The group's brutal killing of a Jubur sheikh near Tarmiya alarmed the province.",
      "Insurgents carried out 90 killings of specifically targeted individuals such as mukhtars and council members.",
    ],
    counterExamples: [
      "The killing of the group's leader in a US raid dealt it a blow.",
      "The killing of an ISIS sheikh in an airstrike was confirmed.",
      "The killing of three shepherds shocked the village.",
    ],
  },
  {
    id: "assassination.killed-notable",
    type: "assassination",
    pattern: new RegExp(
      `\\b(?:killed|killing|kills?|murder(?:ed|ing|s)?|execut(?:ed|ing|es)|slew|slain)\\s+${NOT_THEIR_OWN}{0,4}?${NOTABLE}\\b|\\b(?:killed|murdered|executed|slain)\\b(?<=(?<!\\b(?:ISIS|ISIL|Daesh|group's|so-called|self-styled|militant|jihadist)\\s+)\\b${NOTABLE}\\s+(?:[\\w'’-]+\\s+){0,3}?(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:killed|murdered|executed|slain))`,
      "gi",
    ),
    description: "Insurgents killed / murdered a community or civil figure (not in a strike; not a commander or officer).",
    rejectNear: STRIKE_NEAR,
    actor: "not_state",
    examples: [
      "The cells have murdered dozens of mukhtars who cooperated with the army.",
      "A village mukhtar was killed by suspected jihadists near Hawija.",
      "Militants executed two tribal elders in the main square.",
    ],
    counterExamples: [
      "Troops killed a senior ISIS commander near Rawa.",
      "Gunmen who stormed the village killed the group's so-called judge.",
      "An ISIS judge was killed in the fighting for the old city.",
      "The blast killed 14 people, the mayor said.",
      "A local official was killed in a Turkish drone strike.",
      "Two journalists were killed covering the battle for the old city.",
    ],
  },
  {
    id: "assassination.sniper",
    type: "assassination",
    // The contract's own example: "sniper attacks on community leaders ->
    // assassination". Snipers pick individuals, so a sniper attack is coded
    // this way unless it is aimed at a post or the forces (armed assault,
    // see armed_assault.sniper-at-forces). Sniper tactics with no target
    // named stay assassination (documented choice; armed_assault is arguable).
    pattern: SNIPER,
    description: "Sniper attacks / sniper fire by insurgents at a person or with no target named (the contract's assassination example).",
    requires: ATTACK_EVENT,
    rejectNear: SNIPER_AT_FORCES,
    rejectBefore: ATTACKER_AS_OBJECT_BEFORE,
    rejectAfter: ATTACKER_CAUGHT_AFTER,
    actor: "not_state",
    examples: [
      "Insurgents use sniper attacks against village heads.",
      "A sniper killed the headman of the village as he left the mosque.",
      "The insurgents rely on sniper fire at night.",
    ],
    counterExamples: [
      "Army snipers covered the advance.",
      "Police said three snipers had been captured alive in the old town.",
      "After the clash two snipers were taken prisoner, the colonel said.",
      "The report did not say whether the sniper's cell was among the dead.",
      "Jihadists fired on a border post with a sniper rifle late on Tuesday.",
    ],
  },
  {
    id: "armed_assault.sniper-at-forces",
    type: "armed_assault",
    pattern: SNIPER,
    description: "Sniper fire at a post, a position or the security forces (no chosen person): an armed assault.",
    requires: ATTACK_EVENT,
    requiresNear: SNIPER_AT_FORCES,
    rejectBefore: ATTACKER_AS_OBJECT_BEFORE,
    rejectAfter: ATTACKER_CAUGHT_AFTER,
    actor: "not_state",
    examples: [
      "Jihadists fired on a border post with a sniper rifle late on Tuesday.",
      "A sniper killed two soldiers at a checkpoint south of Kirkuk.",
      "Sniper fire on army positions near the dam continued overnight.",
    ],
    counterExamples: [
      "A sniper killed the village mukhtar outside his home.",
      "Troops fired on the militants' positions with sniper rifles.",
      "Security forces killed two snipers at the checkpoint.",
    ],
  },
  {
    id: "assassination.shot-dead-official",
    type: "assassination",
    pattern: /\b(?:shot\s+(?:\w+\s+){0,3}?dead|gunned\s+down|shot\s+and\s+killed)\b/gi,
    description: "A named official or community leader shot dead / gunned down.",
    requires: TARGETED_PERSON,
    actor: "not_state",
    examples: ["Gunmen shot dead a local mukhtar outside his home.", "The mayor was gunned down on Sunday."],
    counterExamples: ["Two shepherds were shot dead near the wadi."],
  },
  // --- armed assault -------------------------------------------------------
  {
    id: "armed_assault.opened-fire",
    type: "armed_assault",
    pattern: /\bopen(?:ed|s|ing)?\s+fire\b/gi,
    description: "Opened fire on / at a target.",
    actor: "not_state",
    examples: ["Masked men opened fire on a checkpoint.", "Insurgents in two cars were opening fire at a convoy.", "The terrorists targeted an army patrol with a roadside bomb before opening fire on the soldiers."],
    counterExamples: ["Police opened fire to disperse the crowd."],
  },
  {
    id: "armed_assault.fired-on",
    type: "armed_assault",
    pattern: /\b(?:fired|fires?|firing)\s+(?:\w+ly\s+)?(?:on|at|upon)\b/gi,
    description: "Fired / fire on or at a target (not troops; not rockets or shells 'fired at' a base; not 'a fire at the market').",
    // The noun "fire" (a fire at a warehouse, mortar fire on, came under fire
    // on Monday, a ceasefire) is told by the word before it.
    rejectBefore:
      /(?:\b(?:was|were|been|being|is|are)|\b(?:rockets?|mortars?|shells?|missiles?|rounds|grenades?|projectiles?|Katyushas?|drones?))\s+(?:\w+\s+)?$|\b(?:a|an|the|huge|big|large|massive|deadly|set|sets|setting|under|cease|mortar|rocket|sniper|artillery|tank|gun|machine-gun|heavy|friendly|cross|return|returned|returning|open|opened|opening|opens)\s+$/i,
    actor: "not_state",
    examples: [
      "Militants fired on a police patrol near the border.",
      "Gunmen in a pickup fired indiscriminately at shoppers.",
      "In the desert its cells plant mines and fire on isolated army posts.",
    ],
    counterExamples: [
      "Soldiers fired on the car when it failed to stop.",
      "Two rockets were fired at the airbase.",
      "Three mortar rounds fired at the base fell short.",
      "A fire at a fuel depot near the city was put out.",
      "The patrol came under fire on the highway.",
    ],
  },
  {
    id: "armed_assault.gunmen",
    type: "armed_assault",
    pattern: /\bgunm[ae]n\b/gi,
    description: "Gunmen who attacked, killed, shot or stormed (not those who kidnapped or assassinated: that type wins).",
    requires: /\b(?:attack\w*|kill\w*|shot|shoot\w*|fired|storm\w*|raid\w*|ambush\w*|wound\w*|injur\w*)\b/i,
    rejectBefore: VICTIM_VERB_BEFORE,
    rejectAfter: VICTIM_PASSIVE_AFTER,
    yieldsTo: ["assassination", "kidnapping", "hostage_barricade", "hijacking"],
    examples: ["Unknown gunmen killed three farmers at dawn.", "Gunmen who were hiding in an orchard attacked the patrol."],
    counterExamples: [
      "Gunmen were seen near the village.",
      "Gunmen kidnapped two engineers.",
      "Some 40 gunmen were killed in airstrikes last month, the ministry said.",
      "A few hundred gunmen have been killed or captured this year.",
      "Troops killed seven gunmen in the hills.",
    ],
  },
  {
    id: "armed_assault.stormed",
    type: "armed_assault",
    // The bare verb only after "to" / "tried": "a storm" is weather or criticism.
    pattern: /\bstorm(?:ed|ing)\b|\b(?:to|tried|try|attempt(?:ed|ing)?)\s+(?:to\s+)?storm\b/gi,
    description: "Stormed / tried to storm a place (not by troops or crowds).",
    actor: "not_state",
    examples: ["Militants stormed a police station in the night.", "The attackers tried to storm the post but were repelled."],
    counterExamples: ["Special forces stormed the hideout.", "Protesters stormed the embassy.", "The decision caused a storm of criticism."],
  },
  {
    id: "armed_assault.militant-raid",
    type: "armed_assault",
    pattern: /\braid(?:s|ed|ing)?\b/gi,
    description: "A raid by militants (raids by security forces are not coded).",
    actor: "militant",
    examples: ["Jihadists raided a village and killed four men.", "The outpost was raided by ISIS fighters."],
    counterExamples: ["Troops are conducting raids and arrests."],
  },
  {
    id: "armed_assault.raid-on-forces",
    type: "armed_assault",
    // The state does not raid its own posts: a raid whose target is the
    // security forces is the insurgents', however far back they were named.
    pattern:
      /\braids?\s+(?:on|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:security\s+forces|army|police|soldiers|troops|checkpoints?|outposts?|posts?|patrols?|(?:army|military|police)\s+bases?|Peshmerga|PMF|PMU|Hashd|SDF|border\s+guards?)\b/gi,
    description: "Raids on security forces, checkpoints, posts or patrols (the raiders are not the state).",
    actor: "not_state",
    examples: [
      "Jihadists hide in the palm groves, from where for years they have staged night raids on army checkpoints.",
      "The cells carry out hit-and-run raids on security forces.",
    ],
    counterExamples: ["Police raids on two houses netted five suspects.", "Troops stepped up raids on suspected hideouts."],
  },
  {
    id: "armed_assault.raids-in-tactic-list",
    type: "armed_assault",
    // In a list of the insurgents' tactics the raids are theirs too; the
    // state's lists ("airstrikes, raids and arrests") name no such tactic.
    pattern:
      /\braids\b(?:(?=\s*(?:,|\band\b|\bor\b)\s*(?:and\s+|or\s+)?(?:[\w-]+\s+){0,2}?(?:ambush|sniper|kidnap|abduct|assassinat|IEDs?\b|roadside|suicide|sabotage))|(?<=\b(?:ambush(?:es)?|IEDs|kidnappings?|abductions?|assassinations?|roadside\s+bomb(?:s|ings)|suicide\s+(?:bombings|attacks))\s*(?:,\s*)?(?:and\s+|or\s+)?(?:[\w-]+\s+){0,2}?raids))/gi,
    description: "Raids named in a list of insurgent tactics (ambushes, kidnappings, sniper attacks, roadside bombs...).",
    actor: "not_state",
    examples: ["The group moved from car bombings toward small-unit raids, sniper attacks on village heads and arson."],
    counterExamples: ["The operation combined airstrikes, raids and arrests."],
  },
  {
    id: "armed_assault.ambush",
    type: "armed_assault",
    pattern: /\bambush(?:ed|es|ing)?\b/gi,
    description: "An ambush on a patrol or convoy.",
    actor: "not_state",
    examples: ["A patrol was ambushed on the highway.", "The ambush left five soldiers dead.", "Four soldiers were killed in an ambush by Daesh terrorists.", "Militants killed eight members of the Syrian Democratic Forces in an ambush."],
    counterExamples: ["Army units ambushed a militant convoy.", "Iraqi troops killed five ISIS militants in an ambush."],
  },
  {
    id: "armed_assault.assault-on-place",
    type: "armed_assault",
    pattern: /\bassaults?\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:jails?|prisons?|checkpoints?|bases?|posts?|outposts?|stations?|barracks|villages?|towns?|camps?|convoys?|patrols?|positions?)\b/gi,
    description: "An assault on a prison, post, village or convoy (not by troops).",
    actor: "not_state",
    examples: ["Six weeks after an Islamic State group assault on a jail in Hasakeh, officials renewed their calls."],
    counterExamples: ["Iraqi forces began their assault on the town at dawn."],
  },
  {
    id: "armed_assault.overrun",
    type: "armed_assault",
    // Overrunning a post is a ground assault; a town or a province overrun
    // is a conquest, not an incident, so only small military sites count.
    // "overrun" may carry a glued footnote letter in scraped think-tank
    // reports ("attempted to overrunc 40 outposts").
    pattern:
      /\boverr(?:un(?:s|ning)?|an)[a-h]?\b(?:(?=\s+(?:[\w-]+\s+){0,5}?(?:checkpoints?|outposts?|posts?|bases?|positions?|barracks|stations?|garrisons?|camps?|prisons?|jails?|headquarters|watchtowers?|bunkers?)\b)|(?<=\b(?:checkpoints?|outposts?|posts?|bases?|positions?|barracks|stations?|garrisons?|camps?|prisons?|jails?|headquarters|watchtowers?|bunkers?)\s+(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been|have\s+been|being|got)\s+(?:\w+\s+)?overr(?:un|an)))/gi,
    description: "Overrunning (or attempts to overrun) checkpoints, outposts or bases, not by troops.",
    actor: "not_state",
    examples: [
      "Insurgents overran a police checkpoint west of Tikrit before dawn.",
      "The group made 45 attempts to overrun army outposts last year.",
      "The border post was overrun by jihadists in the early hours.",
    ],
    counterExamples: [
      "The militants overran Mosul in June 2014.",
      "Iraqi troops overran the last militant positions on the island.",
      "The militant positions were overrun by Iraqi troops.",
    ],
  },
  {
    id: "armed_assault.shooting",
    type: "armed_assault",
    pattern: /\b(?:shootings?|gunfire|gun\s+attacks?|armed\s+(?:attacks?|assaults?)|shooting\s+attacks?|small[- ]arms\s+(?:attacks?|fire))\b(?!\s+(?:down|range|star))/gi,
    description: "A shooting, gunfire, gun attack or armed attack.",
    actor: "not_state",
    examples: ["A shooting at a market wounded six.", "Residents heard gunfire before the attack ended.", "Most were small-arms attacks on soldiers at checkpoints."],
    counterExamples: ["They were shooting down drones.", "The shooting range was closed."],
  },
  {
    id: "armed_assault.shot-dead",
    type: "armed_assault",
    pattern: /\b(?:shot\s+(?:\w+\s+){0,3}?dead|gunned\s+down|shot\s+and\s+killed)\b/gi,
    description: "People shot dead (assassination instead when the victim is an official or leader).",
    actor: "not_state",
    yieldsTo: ["assassination"],
    examples: ["Two shepherds were shot dead near the wadi."],
    counterExamples: ["Security forces shot dead a suspect."],
  },
  {
    id: "armed_assault.machine-guns",
    type: "armed_assault",
    pattern: /\bmachine[- ]?gun(?:s|ned|ning|\s+fire)?\b/gi,
    description: "Machine-guns used in an attack (not seized or found ones, not the equipment of vehicles, not in a sentence where nothing happens).",
    requires: ATTACK_EVENT,
    rejectNear: /\b(?:seiz\w*|found|confiscat\w*|caches?|captur\w*)\b/i,
    rejectBefore: EQUIPPED_WITH_BEFORE,
    actor: "not_state",
    examples: ["Fighters in pickups with machine-guns raced toward the post."],
    counterExamples: [
      "Police seized machine guns in the raid.",
      "The brigade said it had killed 60 jihadists and destroyed 14 of their pickups, several of them fitted with heavy machine guns.",
      "Convoys of fighters with machine guns were seen on the desert road.",
    ],
  },
  {
    id: "armed_assault.attacked-with-firearms",
    type: "armed_assault",
    // The firearms may close a list of weapons ("with mortar shells and light
    // weapons"): the mortars are coded by their own rule, the firearms here.
    pattern:
      /\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?)\b[^.;!?]{0,120}?\bwith\s+(?:[\w-]+\s+){0,4}?(?:(?:heavy|light|medium|automatic|small)\s+(?:weapons|arms|guns|firearms|machine[- ]guns)|(?:assault\s+)?rifles|guns|firearms|Kalashnikovs|machine[- ]guns|pistols)\b/gi,
    description: "\"attacked ... posts/checkpoints with heavy weapons\" (alone or after other weapons): an attack whose weapons include firearms.",
    actor: "not_state",
    examples: [
      "They attacked an army outpost near the river with heavy weapons.",
      "Militants attacked a police station in the town with rocket-propelled grenades and medium weapons on Sunday.",
      "The two men took part in the attack that targeted a border post last month with mortar rounds and light weapons.",
    ],
    counterExamples: [
      "They attacked the outpost with a car bomb.",
      "Iraqi troops attacked the hideout with heavy weapons at dawn.",
      // "targeted" as an adjective: the killings are assassinations, the pistols their means.
      "Cells carried out targeted killings of camp guards, many shot with silenced pistols.",
    ],
  },
  {
    id: "armed_assault.firearms-used",
    type: "armed_assault",
    pattern:
      /\b(?:used|using|uses|armed\s+with|wielding|carrying)\s+(?:[\w-]+\s+){0,4}?(?:(?:light|small|medium|automatic|heavy)\s+(?:weapons|arms|firearms|machine[- ]guns)|(?:assault\s+)?rifles|Kalashnikovs|AK-47s?|firearms|pistols|silenced\s+weapons|guns)\b/gi,
    description: "Attackers using or armed with firearms (not weapons seized or handed over).",
    rejectNear: /\b(?:seiz\w*|found|confiscat\w*|caches?|depots?|smuggl\w*|captur\w*|surrender\w*|handed\s+over|stockpiles?|licen[cs]\w*)\b/i,
    actor: "not_state",
    examples: ["The gunmen used light weapons and grenades in the assault.", "Four men armed with Kalashnikovs entered the shop."],
    counterExamples: ["Police seized rifles and ammunition hidden in a farm.", "Soldiers armed with rifles guarded the gate."],
  },
  {
    id: "armed_assault.advanced-on",
    type: "armed_assault",
    pattern: /\badvanc(?:ed|ing|es)\s+on\s+(?:the|their|a|an|its)\s+(?:[\w-]+\s+)?(?:positions?|posts?|checkpoints?|outposts?|bases?|barracks)\b/gi,
    description: "Attackers advancing on a post or position (a ground assault; not troops advancing).",
    actor: "not_state",
    examples: ["The militants shelled the hill before advancing on the position."],
    counterExamples: ["Iraqi troops advanced on the militants' positions."],
  },
  {
    id: "unknown.militants-attacked",
    type: "unknown",
    // "Militants attacked an army post, killing three soldiers" names the
    // attackers but not the method: GTD "unknown", as "an attack on an army
    // post killed three soldiers" is. Any method in the sentence wins.
    pattern: /\b(?:attack(?:ed|ing)|assault(?:ed|ing))\b/gi,
    description: "Insurgents attacked / assaulted a target and the sentence names no method (the subject must be an insurgent actor).",
    actor: "militant",
    rejectNear: /\bwith\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:bombs?|explosives?|IEDs?|rockets?|mortars?|grenades?|suicide)\b/i,
    yieldsTo: [...METHOD_TYPES],
    examples: ["Insurgents attacked a checkpoint north of the city.", "A police post was attacked by Daesh militants."],
    counterExamples: ["We have been attacked almost daily.", "Militants attacked the base with rockets.", "Gunmen attacked the checkpoint and opened fire on the guards."],
  },
  {
    id: "unknown.militants-killed",
    type: "unknown",
    // "ISIS militants killed six soldiers near Baiji on Friday": a concrete
    // incident whose method is not stated. Only a counted group of victims
    // (not "thousands"), only insurgent killers (findActor), and any method
    // in the sentence wins.
    pattern: new RegExp(
      `\\bkill(?:ed|s)?\\s+${VICTIM_COUNT}\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\b|\\bkilled\\b(?<=\\b${VICTIM_COUNT}\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\s+(?:were|was|have\\s+been|had\\s+been)\\s+killed)`,
      "gi",
    ),
    description: "Insurgents killed a counted group of soldiers, police or civilians, and the sentence names no method.",
    actor: "militant",
    yieldsTo: [...METHOD_TYPES],
    examples: ["Islamic State militants killed six soldiers near Baiji on Friday.", "Three shepherds were killed by jihadists in the desert west of Samarra."],
    counterExamples: [
      "Security forces killed six militants near Baiji.",
      "Jihadists killed three shepherds with a roadside bomb.",
      "The group killed thousands of civilians during its rule.",
    ],
  },
  {
    id: "armed_assault.gun-and-bomb",
    type: "armed_assault",
    // A combined assault named by its weapons: the firearm half is the armed
    // assault, the bomb half is coded by the bomb rules.
    pattern:
      /\b(?:gun|shooting|firearms?|rifle|small-arms)(?:\s+and\s+|-and-|\s*,\s*|\/)(?:\w+[- ]){0,2}?(?:bomb(?:ing)?s?|grenade|knife|explosives?)[- ](?:attacks?|assaults?|rampages?|sieges?|raids?)\b|\b(?:bomb(?:ing)?|grenade|knife|explosives?)(?:\s+and\s+|-and-|\s*,\s*|\/)(?:gun|shooting|firearms?|rifle|small-arms)[- ](?:attacks?|assaults?|rampages?|sieges?|raids?)\b/gi,
    description: "A gun-and-bomb (or gun-and-grenade, gun-and-knife) attack: the shooting is an armed assault beside the bombing.",
    actor: "not_state",
    examples: [
      "Memories of the gun and suicide-bomb assault on a Brussels concert hall still shape the debate.",
      "A bomb-and-gun attack on a hotel in the capital killed 11 guests.",
      "The gun-and-grenade attack lasted two hours.",
    ],
    counterExamples: ["A gun was found near the site of the bomb attack."],
  },
  {
    id: "armed_assault.complex-attack",
    type: "armed_assault",
    // A complex attack: fighters sent in together with suicide bombers are
    // the assault team (the bombers are coded by the suicide rule).
    pattern:
      /\b(?:militants|gunmen|fighters|attackers|assailants|insurgents|jihadists|terrorists)\s+(?:and|along\s+with|together\s+with|including|backed\s+by|accompanied\s+by)\s+(?:(?:a|an|one|several|two|three|four|five|a\s+number\s+of|\d+)\s+)?suicide\s+(?:bombers?|attackers?)\b|\bsuicide\s+(?:bombers?|attackers?)\s+(?:and|along\s+with|together\s+with|backed\s+by|accompanied\s+by)\s+(?:[\w-]+\s+)?(?:militants|gunmen|fighters|attackers|assailants|insurgents|jihadists)\b/gi,
    description: "Militants or gunmen attacking together with suicide bombers (a complex attack: armed assault plus bombing).",
    examples: ["Dozens of militants and suicide bombers attacked government buildings in the city at dawn."],
    counterExamples: ["A suicide bomber blew himself up at the gate."],
  },
  {
    id: "armed_assault.beheading",
    type: "armed_assault",
    // GTD codes by method: an attack with knives or other sharp instruments
    // is an armed assault. A beheaded hostage or captive is the end of a
    // kidnapping (see kidnapping.beheaded-captive), and a beheaded official
    // or leader is an assassination; those types win.
    pattern: /\bbehead(?:s|ed|ing|ings)?\b/gi,
    description: "Beheading of people seized on the spot (knife attack = armed assault); yields to kidnapping/assassination.",
    actor: "not_state",
    yieldsTo: ["kidnapping", "assassination", "hostage_barricade"],
    examples: ["The militants beheaded a shepherd in front of his family."],
    counterExamples: ["Daesh beheaded two hostages it had kidnapped last month."],
  },
  {
    id: "assassination.beheaded-official",
    type: "assassination",
    pattern: /\bbehead(?:s|ed|ing|ings)?\b/gi,
    description: "Beheading of an official or community leader (GTD: assassination of a prominent person).",
    requires: TARGETED_PERSON,
    actor: "not_state",
    yieldsTo: ["kidnapping"],
    examples: ["Militants beheaded the village mukhtar near Hawija."],
    counterExamples: ["The militants beheaded a shepherd in front of his family."],
  },
  // --- bombing / explosion -------------------------------------------------
  {
    id: "bombing_explosion.compound-bomb",
    type: "bombing_explosion",
    pattern:
      /\b(?:car|truck|roadside|road-side|nail|pipe|parcel|letter|motorcycle|sticky|magnetic)[- ]bomb(?:s|ings?|ers?)?\b/gi,
    description: "Car bombs, roadside bombs, truck bombs and similar (not ones destroyed, seized or defused).",
    rejectNear: NOT_AN_ATTACK_NEAR_EXPLOSIVES,
    rejectBefore: EXPLOSIVES_AS_OBJECT,
    examples: ["A roadside bomb struck a patrol.", "Officials focus on preventing car bombs."],
    counterExamples: [
      "Engineers defused a roadside bomb found under a bridge.",
      "The brigade said its fighters had destroyed nine car bombs before they reached the lines.",
    ],
  },
  {
    id: "bombing_explosion.suicide",
    type: "bombing_explosion",
    pattern:
      /\bsuicide[- ](?:(?:car|truck)[- ])?(?:bomb(?:s|ers?|ings?)?|attacks?|attackers?|vests?|belts?|missions?|operations?)\b/gi,
    description: "Suicide bombers, bombings, attacks, vests (not vests or belts found or seized, not a leader's self-detonation in a raid).",
    rejectNear: either(SUICIDE_GEAR_FOUND, SELF_DETONATION_IN_RAID),
    examples: ["A suicide bomber struck a wedding.", "He was trained for suicide attacks."],
    counterExamples: ["The suicide rate rose."],
  },
  {
    id: "bombing_explosion.martyrdom-operation",
    type: "bombing_explosion",
    // The jihadists' own word for a suicide attack, quoted in news from
    // their claims ("carried out 'martyrdom operations' against the army").
    pattern: /\bmartyrdom[- ](?:operations?|attacks?|seekers?|missions?)\b/gi,
    description: "\"Martyrdom operations\" / \"martyrdom-seekers\": the group's term for suicide attacks and bombers.",
    rejectNear: SELF_DETONATION_IN_RAID,
    examples: [
      "In a statement, the group said three of its men had carried out \"martyrdom operations\" against an army barracks.",
      "Its channel said a \"martyrdom-seeker\" had struck a checkpoint near the bridge.",
    ],
    counterExamples: ["The poet wrote about the martyrdom of a saint."],
  },
  {
    id: "bombing_explosion.bomb",
    type: "bombing_explosion",
    pattern: /\bbomb(?:s|ings?|ers?)?\b(?![- ]?(?:mak|factor|disposal|squad|shelter|proof|sniff|threat))/gi,
    description: "Bomb / bombing / bomber as a noun, excluding metaphors, the air war and habitual mentions.",
    rejectNear: either(
      /\b(?:ideological|time|demographic|ticking|political|atomic|nuclear)\s+bomb\b|\b(?:bombing\s+(?:campaign|runs?|raids?|sorties)|aerial\s+bombing|carpet\s+bombing|bombers?\s+(?:jets?|aircraft|planes?))\b|\b(?:defus\w*|dismantl\w*|seiz\w*|confiscat\w*|caches?)\b/i,
      AIR_DROPPED,
      WHENEVER_THERE_IS,
    ),
    rejectBefore: STATE_OWNER_OR_OBJECT_BEFORE,
    examples: ["A bomb exploded near the mosque.", "The bombing killed four people.", "Iraqi police said a bomb went off at a bus stop."],
    counterExamples: [
      "It is an ideological bomb.",
      "The coalition's bombing campaign continued.",
      "US bombing of the old city intensified in May.",
      "The coalition's bombs destroyed the bridge.",
      "Jets dropped more than 300 bombs on the district in a week.",
      "Regime helicopters hit the town with barrel bombs.",
      "Residents say officials visit only when there is a bombing.",
      "Its fighters had also destroyed nine bombs and captured two villages.",
    ],
  },
  {
    id: "bombing_explosion.bombed",
    type: "bombing_explosion",
    pattern: /\bbombed\b/gi,
    description: "Bombed as a verb, when not done by warplanes or state forces.",
    rejectNear: STATE_AIR_WAR,
    actor: "not_state",
    examples: ["Insurgents bombed a bus station in the town."],
    counterExamples: ["Coalition jets bombed the hideout."],
  },
  {
    id: "bombing_explosion.ied",
    type: "bombing_explosion",
    // Acronyms are case-sensitive: "ied" in lowercase is not an IED.
    pattern: /\b(?:S?VBIEDs?|PBIEDs?|IEDs?)\b|\bimprovised\s+explosive\s+devices?\b/g,
    description: "IEDs and vehicle-borne IEDs.",
    rejectNear: NOT_AN_ATTACK_NEAR_EXPLOSIVES,
    rejectBefore: EXPLOSIVES_AS_OBJECT,
    examples: ["An IED hit the convoy.", "A VBIED rammed the gate.", "An improvised explosive device went off."],
    counterExamples: ["Teams cleared IEDs from the road."],
  },
  {
    id: "bombing_explosion.explosion",
    type: "bombing_explosion",
    pattern: /\b(?:explosions?|blasts?|detonat(?:ed|ing|ion|ions)|exploded|blew\s+(?:himself|herself|themselves))\b(?!\s+walls?)/gi,
    description: "An explosion, blast or detonation (not figurative).",
    rejectNear: either(
      /\b(?:explosion\s+of\s+(?:violence|anger|protests?|growth|interest|popularity|demand|joy)|population\s+explosion|data\s+explosion|controlled\s+(?:explosion|detonation)|blasted)\b/i,
      WHENEVER_THERE_IS,
      SELF_DETONATION_IN_RAID,
    ),
    examples: ["An explosion killed two motorcyclists.", "The blast shattered windows.", "He blew himself up at the gate."],
    counterExamples: [
      "There was an explosion of anger online.",
      "Concrete blast walls line the road.",
      "\"They only remember this district when there is an explosion,\" a shopkeeper said.",
      "The group's leader blew himself up during a US raid on his hideout.",
      "He detonated his suicide vest as American commandos closed in.",
    ],
  },
  {
    id: "bombing_explosion.blew-up",
    type: "bombing_explosion",
    // Separate from the explosion nouns because it is a deed with a doer:
    // troops or engineers blowing up a tunnel is state action.
    pattern: /\b(?:blew|blown|blowing)\s+up\b/gi,
    description: "Insurgents blew up / had blown up a bridge, a building or a vehicle (not troops; not figurative).",
    rejectNear: SELF_DETONATION_IN_RAID,
    rejectAfter: /^\s+(?:out\s+of\s+proportion|in\s+(?:his|her|their|our|my|your)\s+face)\b/i,
    actor: "not_state",
    examples: [
      "The jihadists had blown up two bridges on the river to slow the advance.",
      "Militants blew up a power pylon north of the city.",
      "A shrine was blown up by the extremists in 2015.",
    ],
    counterExamples: ["Army engineers blew up the tunnel entrance.", "The row was blown up out of proportion by the press."],
  },
  {
    id: "bombing_explosion.rocket-mortar",
    type: "bombing_explosion",
    pattern:
      /\b(?:rocket|mortar|katyusha|indirect)[- ](?:attacks?|fire|strikes?|shells?|rounds?|barrages?|bombs?)\b|\b(?:rockets|mortars|mortar\s+(?:rounds|shells))\s+(?:hit|struck|landed|slammed|fell|targeted|were\s+fired)\b|\bfired\s+(?:\w+\s+){0,2}(?:rockets|mortars?|mortar\s+rounds|grenades)\b/gi,
    description: "Rocket or mortar attacks / fire on a target (not the army's own fire).",
    actor: "not_state",
    examples: ["A spate of rocket attacks hit the airbase.", "Three mortars landed near the camp.", "Indirect fire attacks on the base rose in March."],
    counterExamples: [
      "The rocket launch was postponed.",
      "Security forces fired mortars at the militants' positions.",
      "Artillery and mortar fire from the army pounded the village.",
    ],
  },
  {
    id: "bombing_explosion.with-rockets-mortars",
    type: "bombing_explosion",
    pattern: /\bwith\s+(?:\w+\s+){0,3}?(?:rockets|mortars|mortar\s+(?:rounds|shells)|Katyushas)\b/gi,
    description: "An attack carried out with rockets or mortars ('attacked our positions with sniper fire and mortars').",
    actor: "not_state",
    examples: ["They attacked one of our positions with sniper fire and mortars."],
    counterExamples: ["Army artillery responded with mortars."],
  },
  {
    id: "bombing_explosion.explosives",
    type: "bombing_explosion",
    pattern: /\bexplosives\b|\bexplosive[- ](?:laden|packed|rigged|belts?|vests?|devices?|charges?|events?|attacks?|incidents?)\b/gi,
    description: "Explosives (noun) or explosive-laden/vests/devices, and explosive events in attack statistics; not seized caches.",
    rejectNear: NOT_AN_ATTACK_NEAR_EXPLOSIVES,
    rejectBefore: EXPLOSIVES_AS_OBJECT,
    examples: [
      "They were rigging explosives in the basement.",
      "An explosive-laden car drove at the gate.",
      "Of the 900 incidents recorded in 2019, 410 were explosive events.",
    ],
    counterExamples: [
      "Police seized explosives in a raid.",
      "It was an explosive situation.",
      "Ground forces raided the caves and destroyed weapons, ammunition and explosive belts.",
    ],
  },
  {
    id: "bombing_explosion.grenade-mine",
    type: "bombing_explosion",
    pattern:
      /\b(?:grenades?|land\s?mines?|(?:roadside|anti-personnel|anti-tank)\s+mines?|booby[- ]trap(?:s|ped)?)\b/gi,
    description: "Grenades, landmines and booby traps.",
    rejectNear: NOT_AN_ATTACK_NEAR_EXPLOSIVES,
    rejectBefore: EXPLOSIVES_AS_OBJECT,
    examples: ["A grenade was thrown into the shop.", "A landmine killed a shepherd.", "The house was booby-trapped."],
    counterExamples: ["Teams are clearing landmines from farmland."],
  },
  // --- hijacking -----------------------------------------------------------
  {
    id: "hijacking.hijack",
    type: "hijacking",
    pattern: /\b(?:hijack(?:s|ed|ing|ings)?|skyjack\w*|commandeer(?:ed|ing))\b/gi,
    description: "Hijacking a vehicle, aircraft or vessel (figurative hijacking of protests excluded by the vehicle check).",
    requires: VEHICLE,
    examples: ["Militants hijacked a fuel truck on the highway."],
    counterExamples: ["Extremists hijacked the protest movement."],
  },
  {
    id: "hijacking.hijackers",
    type: "hijacking",
    pattern: /\bhijackers?\b/gi,
    description: "Hijackers.",
    examples: ["The hijackers demanded fuel."],
    counterExamples: [],
  },
  // --- hostage / barricade -------------------------------------------------
  {
    id: "hostage_barricade.hostages",
    type: "hostage_barricade",
    pattern:
      /\b(?:took|taken|take|taking|seized|held|holding)\s+(?:\w+\s+){0,3}?hostages?\b|\bhostage[- ](?:standoff|crisis|siege|taking|takers?)\b/gi,
    description: "Taking or holding hostages, hostage standoffs (kidnapping wins when the sentence has it: hostages carried off are kidnapped).",
    yieldsTo: ["kidnapping"],
    examples: ["Gunmen took dozens of worshippers hostage.", "The hostage standoff lasted hours."],
    counterExamples: ["Families of the hostages met the minister."],
  },
  {
    id: "hostage_barricade.barricade",
    type: "hostage_barricade",
    // "Besieged" alone is usually a military siege of a town; only a
    // building besieged or barricaded is the GTD's barricade incident.
    pattern:
      /\b(?:barricaded|besieged|besieging)\s+(?:(?:themselves\s+)?(?:in|inside)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hotel|school|mosque|church|hospital|building|house|compound|office|restaurant|mall|bank|prison)\b/gi,
    description: "Attackers barricaded in / besieging a building.",
    examples: ["Attackers barricaded themselves inside a hotel.", "Militants besieged a school for hours."],
    counterExamples: ["The besieged town ran out of food."],
  },
  // --- kidnapping ----------------------------------------------------------
  {
    id: "kidnapping.kidnap",
    type: "kidnapping",
    pattern: /\bkidnap(?:s|ped|ping|pings|per|pers|ed|ing)?\b/gi,
    description: "Kidnap, kidnapping (for ransom), kidnappers.",
    examples: ["Three herders were kidnapped.", "The cells raise money through kidnapping for ransom."],
    counterExamples: [],
  },
  {
    id: "kidnapping.abduct",
    type: "kidnapping",
    pattern: /\babduct(?:s|ed|ing|ions?|ees?|ors?)?\b/gi,
    description: "Abduct, abduction, abductee.",
    examples: ["An abductee spoke in the video.", "Fighters were abducting villagers."],
    counterExamples: [],
  },
  {
    id: "kidnapping.enslavement",
    type: "kidnapping",
    // GTD codes taking people captive as hostage taking (kidnapping); sexual
    // slavery of captured women is the group's best-known form of it.
    pattern: /\b(?:sexual\s+slavery|sex(?:ual)?\s+slaves?|slave\s+markets?|enslav(?:e|ed|es|ing|ement))\b/gi,
    description: "Sexual slavery and enslavement of captives (captivity = GTD hostage taking / kidnapping).",
    examples: ["Thousands of Yazidi women were sold as sex slaves.", "Its rule was marked by the enslavement of minority women."],
    counterExamples: ["Modern slavery remains a problem in the region."],
  },
  {
    id: "kidnapping.taken-captive",
    type: "kidnapping",
    pattern: /\b(?:took|taken|taking|takes|held|holding|kept|keeping)\s+(?:[\w-]+\s+){0,3}?captives?\b/gi,
    description: "People taken or held captive by insurgents (not detainees held by the state).",
    actor: "not_state",
    examples: ["Dozens of villagers were taken captive by the jihadists.", "The group held two aid workers captive for a year."],
    counterExamples: ["Thousands of ISIS fighters are held captive by the SDF."],
  },
  {
    id: "kidnapping.captive-hostages",
    type: "kidnapping",
    pattern:
      /\b(?:executions?|torture|killings?|murders?|beheadings?|rape|release|freeing|ransoming|abuse|slavery)\s+of\s+(?:[\w-]+\s+){0,2}?(?:hostages|captives|abductees)\b|\b(?:female|foreign|Western|Yazidi|Christian|kidnapped|abducted)\s+(?:hostages|captives)\b/gi,
    description: "Hostages or captives held over time (executed, tortured, released): the GTD's kidnapping, not a barricade standoff.",
    examples: ["The group became notorious for the filmed killing of foreign hostages.", "Talks secured the release of 12 captives."],
    counterExamples: ["The hostage standoff at the hotel ended at midnight."],
  },
  {
    id: "kidnapping.ransom",
    type: "kidnapping",
    pattern: /\bransom(?:s|ed)?\b/gi,
    description: "A ransom demanded or paid for captives.",
    rejectNear: /\bheld\s+(?:\w+\s+)?to\s+ransom\b|\bransomware\b|\bking['’]?s\s+ransom\b/i,
    examples: ["Hostages seized in the raid were freed after a ransom was paid.", "The kidnappers demanded a ransom of $50,000."],
    counterExamples: ["The budget is being held to ransom by rival blocs."],
  },
  {
    id: "kidnapping.beheaded-captive",
    type: "kidnapping",
    pattern: /\bbehead(?:s|ed|ing|ings)?\b/gi,
    description: "Beheading of hostages, captives or abductees: GTD codes the incident as hostage taking (kidnapping).",
    requires: /\b(?:hostages?|captives?|abductees?|held\s+captive|in\s+captivity)\b/i,
    examples: ["The group beheaded two hostages in a video released on Friday."],
    counterExamples: ["The militants beheaded a shepherd in front of his family."],
  },
  // --- facility / infrastructure -------------------------------------------
  {
    id: "facility_infrastructure.arson",
    type: "facility_infrastructure",
    pattern:
      /\b(?:arson|set\s+fire\s+to|set\s+(?:\w+\s+){1,4}?(?:on\s+fire|ablaze)|torch(?:ed|ing)|(?:crop|field)[- ]burning|burn(?:s|ed|t|ing)?\s+(?:down\s+)?(?:\w+\s+){0,2}?(?:crops|fields|farms?|farmland|harvests?|wheat|barley|orchards|houses|homes|shops|stores|buildings|schools))\b/gi,
    description: "Arson: setting fire to buildings, crops or farmland.",
    examples: ["Militants set fire to wheat fields.", "They burned crops in the valley.", "A school was torched."],
    counterExamples: ["Candles burned all night."],
  },
  {
    id: "facility_infrastructure.sabotage",
    type: "facility_infrastructure",
    pattern:
      /\bsabotag(?:e|ed|ing)\b|\b(?:destroy(?:ed|ing)|destruction\s+of|damag(?:ed|ing)|toppl(?:ed|ing)|cut|attack(?:ed|ing))\s+(?:\w+\s+){0,3}?(?:power\s+lines|pylons|electricity\s+towers|transmission\s+towers|pipelines?|oil\s+wells?|power\s+stations?|water\s+stations?)\b/gi,
    description: "Sabotage of power lines, pipelines and other infrastructure.",
    requires: INFRASTRUCTURE,
    examples: ["Sabotage of power lines left the town dark.", "Insurgents toppled electricity towers.", "Attacks shifted toward the destruction of power lines."],
    counterExamples: ["Rivals tried to sabotage the talks."],
  },
  // --- unarmed assault -----------------------------------------------------
  {
    id: "armed_assault.stabbing",
    // GTD: armed assault is by "firearm, incendiary, or sharp instrument (knife, etc.)"; unarmed assault excludes them.
    type: "armed_assault",
    pattern: /\b(?:stabb(?:ed|ing|ings)|knife\s+attacks?)\b/gi,
    description: "Stabbings and knife attacks (sharp instruments: GTD armed assault).",
    examples: ["A stabbing near the shrine wounded two."],
    counterExamples: [],
  },
  {
    id: "unarmed_assault.poisoning",
    type: "unarmed_assault",
    pattern: /\bpoison(?:ed|ing|ings)\b/gi,
    description: "Poisoning people or water supplies (not food poisoning or figurative).",
    rejectNear: /\bfood\s+poisoning\b|\bpoisoned\s+(?:the\s+)?(?:chalice|atmosphere|relations|debate|climate)\b/i,
    examples: ["Militants were accused of poisoning a village well."],
    counterExamples: ["Dozens suffered food poisoning."],
  },
  {
    id: "unarmed_assault.beating",
    type: "unarmed_assault",
    pattern:
      /\bbeat(?:en|ing)?\s+(?:\w+\s+){0,3}?to\s+death\b|\b(?:brutal|severe|public|savage)\s+beatings?\b|\bbeatings?\s+of\b|\bbeaten\s+(?:by|with)\b/gi,
    description: "Beatings of people.",
    examples: ["The man was beaten to death.", "Residents described public beatings."],
    counterExamples: ["The team was beating expectations."],
  },
  {
    id: "unarmed_assault.ramming",
    type: "unarmed_assault",
    pattern: /\b(?:vehicle[- ]ramming|ramming\s+attacks?|rammed\s+(?:a|his|her|their|the)\s+(?:car|truck|vehicle|van)\s+into)\b/gi,
    description: "Vehicle rammings (no explosives).",
    examples: ["A ramming attack killed three pedestrians."],
    counterExamples: [],
  },
];

/**
 * Word pieces at least one of which every trigger above contains: a cheap
 * first scan (literal pieces, no word boundaries) that rules out most
 * sentences before the combined rule scan. Loose on purpose ("mine" is
 * also in "determine"); a rule whose trigger has none of these can never
 * fire, which the lexicon tests catch through each rule's examples.
 */
export const TRIGGER_CUES =
  /assassin|kill|murder|execut|slay|slew|slain|sniper|shot|gunn|gunm|fire|storm|raid|ambush|assault|overr|shoot|armed|machine|attack|behead|bomb|suicid|IED|explo|blast|deton|blew|blow|rocket|mortar|katyusha|indirect|grenade|mine|booby|hijack|skyjack|commandeer|hostage|barricad|besieg|kidnap|abduct|enslav|slave|ransom|captive|arson|ablaze|torch|burn|sabotag|destr|damag|toppl|cut|stab|knife|poison|beat|ram|martyrdom|advanc|using|used|uses|wield|carrying|rifle|kalashnikov|AK-47|pistol|gun/i;
