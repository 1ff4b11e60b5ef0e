import { matchAllOf } from "../text/match-all";
import { NUMBER_WORD_ALTERNATION } from "./number-words";
import type { QuantityMatch } from "./parse-quantity";
import {
  ANAPHORIC_HEADS,
  ATTACK_TOLL_BEFORE,
  ANAPHORIC_OF,
  COUNT_LINKS,
  ELLIPSIS_STARTERS,
  ELLIPTIC_DEMONYM,
  EXCLUDED_HEADS,
  FAMILY_BREAKDOWN_NEXT,
  FOREIGN_SHARE_SUBJECT,
  GROUP_LOSS_HEADS,
  GROUP_LOSS_VERBS,
  GROUP_SOLDIER_HEADS,
  MILITANT_HEAD_NOUNS,
  MILITANT_MARKERS,
  MILITANT_POSSESSION_VERBS,
  MIXED_WITH_FAMILIES,
  MOSTLY_FAMILIES,
  NON_MILITANT_MODIFIERS,
  NOT_A_PERSON_AFTER,
  PLACE_COMPOUND,
  SECURITY_SIDE_MARKERS,
  SELF_MARKED_COMPOUNDS,
  SINGULAR_MILITANT_HEADS,
  SUSPECTED_OF,
  TRIAL_CONTEXT,
  type HeadNounRule,
} from "./counted-nouns";

/** What a quantity counts, as far as the claim extractor needs to know. */
export interface CountedNoun {
  accepted: boolean;
  /** Id of the rule that decided (a lexicon id or a structural reason). */
  rule: string;
  /** Offsets of the head noun in the searched text, when one was found. */
  headStart: number | null;
  headEnd: number | null;
  /** End of the counted noun phrase (the head, or the quantity when there is none). */
  phraseEnd: number;
  /** The head noun is "foreign fighters"/"foreigners": a hint for the referent. */
  foreign: boolean;
}

const HEADS = new Map<string, HeadNounRule>();
for (const rule of MILITANT_HEAD_NOUNS) for (const w of rule.words) HEADS.set(w, rule);
const SINGULAR_HEADS = new Map<string, HeadNounRule>();
for (const [word, id] of SINGULAR_MILITANT_HEADS) {
  const rule = MILITANT_HEAD_NOUNS.find((r) => r.id === id);
  if (rule) SINGULAR_HEADS.set(word, rule);
}
const EXCLUDED = EXCLUDED_HEADS.map((r) => ({ rule: r, re: new RegExp(`^(?:${r.pattern})$`) }));
const SECURITY = SECURITY_SIDE_MARKERS.map((m) => new RegExp(m.pattern, "i"));
const MILITANT = MILITANT_MARKERS.map((m) => new RegExp(m.pattern));
const GROUP_NAME = new RegExp(MILITANT_MARKERS[0]!.pattern);
// Global forms for securityPossessor's "last marker in the clause" scans, compiled once instead of per quantity.
const SECURITY_GLOBAL = SECURITY.map((re) => new RegExp(re.source, "gi"));
const MILITANT_GLOBAL = MILITANT.map((re) => new RegExp(re.source, "g"));

const DETERMINERS = /^(?:the|its|their|his|her|these|those|this|that|our|whose|a|an)$/i;
// Words that end a noun phrase: prepositions (except "of"), relatives, verbs.
const STOPPERS = new RegExp(
  "^(?:in|on|at|from|to|into|onto|with|by|for|during|since|after|before|across|near|inside|outside|under|over|through|throughout|between|among|amongst|against|per|via|like|as|than|toward|towards|around|within|without|along|" +
    "who|which|that|where|when|whom|whose|while|if|because|but|so|" +
    "is|are|was|were|be|been|being|have|has|had|will|would|could|can|may|might|should|must|do|does|did|" +
    "said|says|say|told|tell|added|still|now|also|then|there|here|each|every|already|ago|earlier|later|" +
    "remain|remains|remained|fled|flee|escaped|escape|crossed|joined|died|killed|surrendered|operate|hide|hid|left|slipped)$",
  "i",
);
const TOKEN = /[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*|\S/g;
const POSSIBLE_JOINERS = /^(?:people|persons|men|individuals|youths|youngsters|nationals|citizens)$/i;
// "700 Tunisians who joined ISIS", "850 Britons travelled to Syria to join IS", "900 people from the UK travelled to join Isis" (the sentence must name the group).
// "400 people have left Germany to join jihadist groups": a departure to join.
const LEFT_TO_JOIN = "left\\s+(?:[A-Z][\\w-]+|(?:their|his|her)\\s+(?:homes?|countr(?:y|ies)|homeland))\\s+(?:for\\s+[A-Z][\\w-]+(?:\\s+and\\s+[A-Z][\\w-]+)?\\s+)?to\\s+(?:join|fight)";
const JOINED_RELATIVE = new RegExp(
  `^\\s*(?:from\\s+(?:the\\s+)?(?:[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?|(?:more than |over |some |about |around |at least )?\\d[\\d,]*\\s+(?:countries|nations))\\s+)?(?:,\\s*)?(?:(?:who|that)\\s+(?:had\\s+|have\\s+|has\\s+)?(?:joined|travel+ed|went|gone|fought|pledged|signed up|enlisted|${LEFT_TO_JOIN})|(?:had\\s+|have\\s+|has\\s+)?(?:joined|travel+ed|went|gone|pledged|signed up|enlisted|${LEFT_TO_JOIN}))\\b`,
  "i",
);
// An auxiliary before a participle ("the coalition had flown out 25 emirs") is no possession.
const POSSESSION_VERBS = /\b(?:(?:has|have|had)(?!\s+(?:(?:also|already|now|since|just|reportedly|allegedly)\s+)?(?:[a-z]+ed|[a-z]+wn|been|taken|seen|held|fought|brought|caught|shot|driven|beaten|sent|hit|made|done|begun|won|run)\b)|with|whose|numbering|(?:which|that) (?:now |still )?numbers|deployed|sent|dispatched|mobili[sz]ed|fielded|includes?|including|comprising|trained|armed|lost|commands?)\b/i;

/** "went to Syria to fight": the purpose names the people fighters even when the sentence names no group. */
const TO_FIGHT = /^[^.;:!?]{0,120}?\bto\s+(?:fight|wage jihad|join\s+(?:the\s+)?(?:jihad|jihadists|militants|insurgents|extremists|fighters))\b/i;
/** "3,000 young men raised on this ideology could join the cells": people who may join the group (a short clause before the verb). */
const JOIN_INTENT = new RegExp(
  `^[^,;.!?]{0,60}?\\b(?:could|would|might|may|will|to)\\s+(?:(?:eventually|soon|also|easily|then|later)\\s+)?(?:join|swell|replenish)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:(?:group|militants|jihadists)['’]s?\\s+)?(?:(?:sleeper|jihadist|militant|extremist)\\s+)?(?:cells|ranks|group|insurgency|organi[sz]ation|militants|jihadists|jihad|caliphate|${MILITANT_MARKERS[0]!.pattern})`,
);
/** "30 Danes are believed to have died fighting": foreign fighters killed. */
const KILLED_FIGHTING = /^\s+(?:(?:who|that|are|were|is|was|have|has|had|been|being|may|might|could|likely|thought|believed|said|reported|known|estimated|feared|to)\s+)*(?:killed|died)\s+(?:while\s+)?fighting\b/i;
/** "some 500 foreigners a week were crossing into Syria": recruits on the move, in a story about the group. */
const FOREIGN_MOVEMENT = /\b(?:cross(?:ed|ing|es)?\s+(?:into|over)|travel+(?:ed|ing|s)?\s+to|join(?:ed|ing|s)?|flock(?:ed|ing|s)?|pour(?:ed|ing|s)?\s+into|arriv(?:ed|ing|es?)\s+in|(?:went|gone|go|going)\s+to\s+fight)\b/i;
/** Words that open a part of a count just given: "including some 900 foreign nationals", "Among those arrested were six". */
const SUBSET_INTRO = /\b(?:including|among them|among whom|of whom|of them|among (?:those|the)(?:\s+[a-z]+){0,2}\s+(?:were|are|was|is))\s*,?\s*$/i;
/** Nationals and citizens are counted only as part of a militant count ("including 600 foreign nationals"). */
const SUBSET_PEOPLE = /^(?:nationals|citizens|foreigners)$/i;
/** A jailbreak: the group attacked a prison, or its members broke out of one. */
const JAILBREAK = /\b(?:stormed|attacked|raided|assaulted|broke into|overran)\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies))|penitentiary)\b|\b(?:jailbreak|prison break|break-?out)\b/i;
/** Heads that say the people are held: in a story about the group's detainees, the group's own. */
const CUSTODY_WORDS = /^(?:detainees|prisoners|inmates|captives)$/i;
/** What is done to people, not to things: "we counted 30 of them" may be attacks, "we killed 30 of them" are people. */
const PEOPLE_EVENT = /\b(?:kill|captur|arrest|detain|eliminat|neutrali[sz]|surrender|fled|flee|escap|cross|wound|injur|dead|died|shot|execut)\w*/i;
/** A speaker's own side ("we captured 40 of them"): "them" is the other side. Case-sensitive "us" (not "US"). */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|us)\b/;
/** What may follow a number that answers a question: punctuation, a place, an approximator. */
const ANSWER_END = /^\s*(?:[.;!)]|$|,|\s(?:in|inside|across|at most|maybe|perhaps|or so)\b)/i;
const HOW_MANY = /\bhow many\b(?=[^?]*\?\s*$)/i;

/** What the extractor already knows about the sentence when it reads a quantity. */
export interface CountedNounOptions {
  /** The number follows a container noun ("cells of five"): a bare number is a cell size. */
  cellContext?: boolean;
  /**
   * The previous quantity in the same sentence and how it was read. A number
   * with no noun of its own ("… 1,000 fighters in Iraq and fewer than 2,500
   * in Syria", "detained 138 ISIS operatives and killed 27 others") shares
   * that quantity's noun, so it is accepted exactly when that one was.
   */
  previous?: { accepted: boolean; phraseEnd: number; unit: string } | null;
  /**
   * The last quantity of the sentence read as a militant count, even with
   * other numbers in between ("30,000 fighters …, and two years later fewer
   * than 3,000 remained"): the antecedent of "of whom 400" and of a bare
   * "fewer than 3,000 remained".
   */
  lastAccepted?: { phraseEnd: number; unit: string } | null;
  /** A militant count was read in this sentence or the one before: the antecedent of "2,000 of them". */
  antecedent?: boolean;
  /**
   * The sentence before this one. When no count was read there, "over 1,000
   * of them" still counts militants if the last people it names are the
   * group's ("a large population of ISIS members … Over 1,000 of them").
   */
  previousText?: string;
  /** The sentence after this one: "These included up to 900 fighters and thousands of family members". */
  nextText?: string;
  /**
   * Up to three sentences before this one: the story a bare "suspects",
   * "the cell consists of four men" or "100 of them" belongs to.
   */
  recentText?: string;
  /** A militant count was read in one of the three sentences before: the antecedent of "100 of them", if no one else was named since. */
  recentClaim?: boolean;
  /** The article names the group (or its militants) before this number. */
  groupNamedBefore?: boolean;
  /** A custody claim was read in one of the two sentences before: "prisoners" there are the group's detainees. */
  custodyStory?: boolean;
  /** Figures the article gives for camp or family populations ("60,000 people surrendered"). */
  populationFigures?: ReadonlySet<number>;
  /** The text is the end of an excerpt cut mid-word (scraped snippets stop at a fixed length). */
  cutAtEnd?: boolean;
}

/** Heads whose count may be a mixed population of members and families. */
const MIXABLE_RULES = /^(?:member-nouns|custody-nouns|anaphoric-of-them|group-name-as-head|militant-possessor|apposition|trial-context)/;

/**
 * Decides whether the quantity counts militants. Reads the noun phrase that
 * follows the number ("hundreds of Daesh fighters", "25 percent of the
 * fighters", "40,000 foreigners and locals who joined Daesh") and checks the
 * head noun against the lexicons, then checks that no security-side word
 * owns the phrase ("militia fighters", "the Peshmerga has 5,000 fighters").
 */
export function findCountedNoun(text: string, q: QuantityMatch, options: CountedNounOptions = {}): CountedNoun {
  const read = readCountedNoun(text, q, options);
  if (!read.accepted || !MIXABLE_RULES.test(read.rule)) return read;
  // Member and detainee counts are where families get mixed in; fighters are not.
  const rejected = (rule: string): CountedNoun => ({ ...read, accepted: false, rule });
  if (options.populationFigures?.has(q.low ?? -1) && q.low === q.high) return rejected("population-figure");
  if (options.nextText !== undefined && FAMILY_BREAKDOWN_NEXT.test(options.nextText)) return rejected("mixed-with-families:next-sentence");
  return read;
}

function readCountedNoun(text: string, q: QuantityMatch, options: CountedNounOptions): CountedNoun {
  const forward = readForward(text, q, q.end, options, true);
  if (forward.accepted) return forward;
  // A noun right after the number decides ("500 soldiers"); so do units glued to it ("370-mile").
  const nounRightAfter = forward.headStart !== null && /^\s*$/.test(text.slice(q.end, forward.headStart));
  if (q.unit === "people" && !nounRightAfter && !/^(?:hyphenated-unit|attached-unit|others-without-antecedent|mixed-with-families)/.test(forward.rule)) {
    const post = readPostposed(text, q, options) ?? readAdverbialSubject(text, q, options);
    if (post) return post;
  }
  return forward;
}

/**
 * Reads the noun phrase from `from` on: the quantity's own phrase ("500
 * fighters"), or, for the fallbacks, a phrase elsewhere in the sentence whose
 * head the number counts. `primary` is false for those fallbacks, so the
 * quantity-specific readings (ellipsis, anaphora, "-strong") stay off.
 */
function readForward(text: string, q: QuantityMatch, from: number, options: CountedNounOptions, primary: boolean): CountedNoun {
  const reject = (rule: string, headStart: number | null = null, headEnd: number | null = null): CountedNoun => ({
    accepted: false,
    rule,
    headStart,
    headEnd,
    phraseEnd: headEnd ?? q.end,
    foreign: false,
  });
  let pos = from;
  let rest = text.slice(pos);
  // "… 850 people travelled to join, of whom around 15% were killed": the pronoun before the share names its whole.
  const ofWhomBefore = OF_WHOM_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start));
  if (primary && q.unit === "percent" && !/^\s+of\b/i.test(rest) && !q.rules.includes("unit:one-in") && !ofWhomBefore) return reject("percent-without-of");
  const strong = primary ? /^-strong\b/i.exec(rest) : null;
  if (strong) {
    pos += strong[0].length;
    rest = text.slice(pos);
  } else if (primary && /^[-–][A-Za-z]/.test(rest)) return reject("hyphenated-unit"); // "370-mile", "12-year"
  if (primary && /^[A-Za-z]/.test(rest)) return reject("attached-unit");

  if (primary && !strong) {
    // "2,000 of them", "three of whom": the antecedent is an earlier militant count.
    // "800 of those fighters": "those" is a determiner when a noun follows, not a pronoun.
    const anaphorMatch = ANAPHORIC_OF.exec(rest);
    const determined = anaphorMatch && /^th(?:ose|ese)$/i.test(anaphorMatch[1]!) ? /^\s+([A-Za-z][\w'’-]*)/.exec(rest.slice(anaphorMatch[0].length)) : null;
    const anaphor = determined && !STOPPERS.test(determined[1]!) && !/ed$/i.test(determined[1]!) ? null : anaphorMatch;
    if (anaphor) {
      const s = pos + anaphor[0].length - anaphor[1]!.length;
      const e = pos + anaphor[0].length;
      // "roughly half of them fighters": a share of the members described, not a share of the militants.
      const predicate = /^\s+([a-z]+)\b/.exec(text.slice(e));
      if (q.unit === "percent" && predicate && HEADS.has(predicate[1]!)) return reject("fraction-with-predicate");
      // "40,000 residents, 80 percent of them children": a share of the people just named.
      if (predicate && EXCLUDED.some((x) => x.rule.id === "victims" && x.re.test(predicate[1]!))) return reject("of-them-victims");
      // "We had 60 soldiers there and 12 of them were wounded": other people counted just before (not "forces said 40 of them").
      const sameSentence = lastPeopleNamed(text.slice(0, q.start));
      if (sameSentence.counted && !options.lastAccepted && (sameSentence.who === "victims" || sameSentence.who === "security")) return reject("no-head:anaphor-of-other-people");
      const foreignShare = FOREIGN_SHARE_SUBJECT.test(text.slice(Math.max(0, q.start - 60), q.start));
      // "of that total" names a count, not people: it needs a count just read.
      const pronoun = /^(?:them|whom|those|these)$/i.test(anaphor[1]!);
      if (options.antecedent || (pronoun ? themIsMilitant() : options.lastAccepted)) return accept("anaphoric-of-them", s, e, foreignShare);
      return reject("no-head:anaphor-without-antecedent");
    }
    // "… and killed 27 others", "… and 40 more": the noun of the previous quantity.
    const other = ANAPHORIC_HEADS.exec(rest);
    // "thousands more ISIS fighters", "200 more militants": "more" modifies a noun that follows; read on.
    const nextWord = other && /^more$/i.test(other[1]!) ? /^\s+([A-Za-z][\w'’-]*)/.exec(text.slice(pos + other[0].length)) : null;
    if (other && !(nextWord && !STOPPERS.test(nextWord[1]!) && !DETERMINERS.test(nextWord[1]!))) {
      const s = pos + other[0].length - other[1]!.length;
      const e = pos + other[0].length;
      return sharesPrevious() ? accept("anaphoric-others", s, e, false) : reject("others-without-antecedent", s, e);
    }
    // "… 1,000 fighters in Iraq and fewer than 2,500 in Syria": no noun at all.
    if ((ELLIPSIS_STARTERS.test(rest) || ELLIPTIC_DEMONYM.test(rest)) && sharesPrevious() && !options.cellContext) return accept("elliptic-head", null, null, false);
    // "… some 900 people travelled to join ISIS, of whom about 400 have returned": the pronoun comes first.
    const last = options.lastAccepted ?? (options.previous?.accepted ? options.previous : null);
    if (ofWhomBefore && last && (last.unit === q.unit || (q.unit === "percent" && last.unit === "people")) && last.phraseEnd <= q.start) {
      return accept("anaphoric-of-whom", null, null, false);
    }
    // "… holding roughly 200 fighters. Of those, 45 are foreigners": the pronoun opens the next sentence.
    if (!last && options.antecedent === true && OF_THOSE_OPENING.test(text.slice(0, q.start)) && ELLIPSIS_STARTERS.test(rest)) return accept("anaphoric-of-those", null, null, false);
    // "… an estimated 30,000 fighters, and in 2013 officials estimated that fewer than 1,000 remained": the
    // subject of "remained" is the count before it, even across a longer stretch.
    if (REMAIN_AFTER.test(rest) && last && sharesGapWith(last, 160) && !options.cellContext) return accept("elliptic-head", null, null, false);
    // "Q: How many militants are left in the valley? A: Perhaps 300.": the question names what the answer counts.
    if (ANSWER_END.test(rest) && !options.cellContext && !last && options.previousText !== undefined && readQuestion(options.previousText)) {
      return accept("answer-to-question", null, null, false);
    }
  }

  const sentenceHasMarker = hasMilitantMarker(text);
  const modifiers: string[] = [];
  let ofSeen = false;
  let detSeen = false;
  let groupNameSeen = false;
  let lastModifierWasGroup = false;
  let steps = 0;
  let skipUntil = -1;
  TOKEN.lastIndex = 0;
  for (const m of rest.matchAll(TOKEN)) {
    if (++steps > 10) break;
    const tok = m[0];
    const start = pos + m.index;
    const end = start + tok.length;
    if (start < skipUntil) continue;
    const lower = tok.toLowerCase();
    const base = lower.replace(/(?:'s|’s|'|’)$/, "");
    // Quotation marks inside the phrase ('1,000 “foreign terrorist fighters”') do not end it.
    if (/^[“”"‘’]$/.test(tok)) continue;
    // "12 Daesh/ISIS terrorists", "2,500 ISIL (Daesh) militants": a second name for the group.
    if (lastModifierWasGroup && tok === "/") continue;
    if (lastModifierWasGroup && tok === "(") {
      const gloss = GROUP_GLOSS.exec(text.slice(start));
      if (gloss) {
        skipUntil = start + gloss[0].length;
        continue;
      }
    }
    if (!/^[A-Za-z\u00C0-\u024F]/.test(tok)) {
      if (groupNameSeen && lastModifierWasGroup) return accept("group-name-as-head", start, start, false);
      return options.cellContext && modifiers.length === 0 ? accept("cell-size-without-noun", null, null, false) : reject("no-head");
    }
    if (lower === "of") {
      if (modifiers.length === 0 && !ofSeen) {
        ofSeen = true;
        continue;
      }
      break;
    }
    if (DETERMINERS.test(tok) && ofSeen && !detSeen && modifiers.length === 0) {
      detSeen = true;
      continue;
    }
    const lastPart = base.split("-").pop() ?? base;
    const singular = q.low === 1 && q.high === 1 && q.unit === "people" && !NOT_A_PERSON_AFTER.test(text.slice(end)) ? SINGULAR_HEADS.get(base) : undefined;
    // An excerpt cut in the middle of the head ('1,000 “foreign terr'): the word it must have been.
    const cut = options.cutAtEnd && end === text.length ? headFromPrefix(base) : undefined;
    // "Three suicide bombers", "four of its martyrdom-seekers": the compound names militants by itself.
    const compound = `${modifiers[modifiers.length - 1] ?? ""} ${base}`.trim();
    if ((SELF_MARKED_COMPOUNDS.test(base) || SELF_MARKED_COMPOUNDS.test(compound)) && (/s$/.test(base) || (q.low === 1 && q.high === 1)) && !NOT_A_PERSON_AFTER.test(text.slice(end))) {
      return accept("self-marked-compound", start, end, false);
    }
    const head = HEADS.get(base) ?? HEADS.get(lastPart) ?? singular ?? cut;
    if (head) {
      if (ofSeen && MIXED_WITH_FAMILIES.test(text.slice(end))) return reject("mixed-with-families", start, end);
      if (MOSTLY_FAMILIES.test(text.slice(end))) return reject("mostly-families", start, end);
      return judge(head, start, end, base === "foreigners" || modifiers.some((x) => /^foreign$/i.test(x)));
    }
    if (POSSIBLE_JOINERS.test(base) || (/^[A-Z][a-z]+s$/.test(tok) && !GROUP_NAME.test(tok))) {
      const after = text.slice(end);
      if (JOINED_RELATIVE.test(after) && (sentenceHasMarker || TO_FIGHT.test(after))) return accept("joined-relative", start, end, true);
      if (KILLED_FIGHTING.test(after) && (sentenceHasMarker || options.groupNamedBefore === true)) return accept("killed-fighting", start, end, true);
      if (POSSIBLE_JOINERS.test(base) && JOIN_INTENT.test(after) && (sentenceHasMarker || options.groupNamedBefore === true)) return accept("potential-joiners", start, end, false);
      // "… 7,000 held in camps, including some 900 foreign nationals".
      if (SUBSET_PEOPLE.test(base) && isSubsetOfCount()) return accept("subset-of-count", start, end, modifiers.some((x) => /^foreign$/i.test(x)) || base === "foreigners");
    }
    const excluded = EXCLUDED.find((x) => x.re.test(base) || x.re.test(lastPart));
    // "nine of the dead militants": an adjective before a militant head, not the victims' noun.
    // "three women suicide bombers": a modifier before a militant head.
    if (excluded?.rule.id === "victims" && /^(?:dead|wounded|injured|slain|women|woman)$/.test(base)) {
      const next = /^\s+([A-Za-z][\w'’-]*)/.exec(text.slice(end));
      if (next && (HEADS.has(next[1]!.toLowerCase()) || /^(?:suicide|martyrdom)$/i.test(next[1]!))) {
        modifiers.push(tok);
        continue;
      }
    }
    if (excluded) {
      // "25 people suspected of links to ISIS": the group's suspects.
      if (excluded.rule.id === "victims" && /^(?:people|persons)$/.test(base) && SUSPECTED_OF.test(text.slice(end))) {
        const clause = /^[^;.:!?]{0,120}/.exec(text.slice(end))?.[0] ?? "";
        if (MILITANT.some((re) => re.test(clause))) return accept("suspected-people", start, end, false);
      }
      // "ISIS suffered 1,200 casualties": the group's own losses.
      if (GROUP_LOSS_HEADS.test(base) && modifiers.length === 0 && GROUP_LOSS_VERBS.test(text.slice(Math.max(0, q.start - 60), q.start)) && militantPossessor()) {
        return accept("group-losses", start, end, false);
      }
      // "1,500 ISIS soldiers", "ISIS may have 30,000 troops": the group's own soldiers.
      if (GROUP_SOLDIER_HEADS.test(base) && !SECURITY.some((re) => re.test(modifiers.join(" ")))) {
        if (GROUP_NAME.test(modifiers.join(" "))) return accept("group-soldiers", start, end, false);
        // "a detachment of 12 soldiers of the caliphate", "300 soldiers of the Islamic State".
        if (GROUP_OF_COMPLEMENT.test(text.slice(end, end + 60))) return accept("group-soldiers", start, end, false);
        if (modifiers.length === 0 && militantPossessor()) return accept("militant-possessor", start, end, false);
      }
      return reject(excluded.rule.id, start, end);
    }
    if ((lower === "and" || lower === "or") && modifiers.length > 0) continue;
    // "foreign IS fighters": the capitalised group name, not the verb.
    if ((STOPPERS.test(tok) || DETERMINERS.test(tok)) && tok !== "IS") break;
    modifiers.push(tok);
    lastModifierWasGroup = GROUP_NAME.test(tok.replace(/(?:'s|’s)$/, ""));
    if (lastModifierWasGroup) groupNameSeen = true;
    if (modifiers.length > 4) break;
  }
  if (groupNameSeen && lastModifierWasGroup) return accept("group-name-as-head", q.end, q.end, false);
  if (options.cellContext && modifiers.length === 0) return accept("cell-size-without-noun", null, null, false);
  // "ISIS still has 5,000 in Iraq and 3,000 in Syria": the group's own people, with no noun.
  if (primary && !strong && modifiers.length === 0 && PLACE_AFTER.test(rest) && militantPossessor()) return accept("militant-possessor-no-noun", null, null, false);
  if (strong) {
    // "a 300-strong ISIS unit": the group names the force; "a 5,000-strong PMU force" does not.
    const np = modifiers.slice(0, 2).join(" ");
    if (MILITANT.some((re) => re.test(np)) && !SECURITY.some((re) => re.test(np))) return accept("strong-militant-force", null, null, false);
  }
  return reject("no-head");

  /** The previous quantity of the sentence, read as a militant count, is close enough to lend its noun. */
  function sharesPrevious(): boolean {
    const prev = options.previous;
    // "… while a report relayed coalition estimates of up to 12,000 in Iraq": another estimate of the same count, further on.
    const estimateOf = ESTIMATES_OF_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start));
    return !!prev && prev.accepted && sharesGapWith(prev, estimateOf ? 160 : 80);
  }

  function sharesGapWith(prev: { phraseEnd: number; unit: string }, maxGap: number): boolean {
    // "About a third of them had returned, and at least 40 had been killed": a share of "them" lends "them" to the count after it.
    const shareOfThem = prev.unit === "percent" && q.unit === "people" && /\bof\s+(?:them|whom|those|these)$/i.test(text.slice(Math.max(0, prev.phraseEnd - 20), prev.phraseEnd));
    if ((prev.unit !== q.unit && !shareOfThem) || prev.phraseEnd > q.start) return false;
    const gap = text.slice(prev.phraseEnd, q.start);
    return gap.length <= maxGap && !/[.;:!?]/.test(gap) && /(?:,|\band\b|\bor\b|\bwhile\b|\bbut\b|\bincluding\b|\bfrom\b|\bversus\b|\bcompared (?:with|to)\b)/i.test(gap) && !/\bage[ds]?\b/i.test(gap);
  }

  function accept(rule: string, headStart: number | null, headEnd: number | null, foreign: boolean): CountedNoun {
    return { accepted: true, rule, headStart, headEnd, phraseEnd: headEnd ?? q.end, foreign };
  }

  function judge(head: HeadNounRule, start: number, end: number, foreign: boolean): CountedNoun {
    const modText = modifiers.join(" ");
    // The article stays in the complement: "leaders of the group" names the group ("the group" is a marker).
    const complement = /^\s+(?:of|from|in the ranks of|belonging to|loyal to|affiliated with|linked to|allied with|with)\s+((?:the\s+)?[^,;.:]{0,60})/i.exec(text.slice(end));
    // "fighters from SDF-run prisons" names a place, not the force they belong to; "men from the areas
    // targeted by ISIL" names the group as the agent of something done to them.
    const compText = complement ? cutAtAgent(complement[1]!).replace(PLACE_COMPOUND, "").split(/\s+/).slice(0, 4).join(" ") : "";
    const markerInNp = MILITANT.some((re) => re.test(modText) || re.test(compText)) || groupNameSeen;
    const groupInNp = groupNameSeen || GROUP_NAME.test(modText) || GROUP_NAME.test(compText);
    const securityInNp =
      SECURITY.some((re) => re.test(modText)) || (compText !== "" && SECURITY.some((re) => re.test(compText)) && !MILITANT.some((re) => re.test(compText)));
    if (securityInNp) return reject(`security-side-modifier:${head.id}`, start, end);
    const clauseAfter = cutAtAgent(/^[^,;.:!?]{0,100}/.exec(text.slice(end))?.[0] ?? "");
    const markerNear = markerInNp || GROUP_NAME.test(clauseAfter);
    if (head.strength === "strong") return accept(head.id, start, end, foreign);
    // "The US and its allies have killed 800 ISIS fighters": the group's name in the phrase outranks a security subject.
    if (!groupInNp && securityPossessor()) return reject(`security-side-possessor:${head.id}`, start, end);
    // "an explosive device targeted a Peshmerga patrol, wounding three fighters": the attack's victims.
    if (!groupInNp && attackToll()) return reject(`attack-victims:${head.id}`, start, end);
    if (head.strength === "default") return accept(head.id, start, end, foreign);
    if (modifiers.some((x) => NON_MILITANT_MODIFIERS.test(x))) return reject(`non-militant-modifier:${head.id}`, start, end);
    if (head.strength === "marked" && (markerNear || sentenceHasMarker)) return accept(head.id, start, end, foreign);
    if (head.strength === "marked-np" && markerNear) return accept(head.id, start, end, foreign);
    // "Hundreds of prisoners, ISIS operatives, escaped": the apposition names them.
    const appositive = APPOSITION.exec(text.slice(end));
    if (appositive && appositionIsMilitant(appositive[1]!)) {
      const e = end + appositive[0].length;
      return { accepted: true, rule: "apposition", headStart: start, headEnd: e, phraseEnd: e, foreign };
    }
    // "Courts sentenced 19 men for belonging to ISIS"; not "ISIS executed 25 men accused of spying" (the group acts).
    const trialBefore = text.slice(Math.max(0, q.start - 60), q.start);
    const trialClause = trialBefore.slice(Math.max(trialBefore.lastIndexOf(","), trialBefore.lastIndexOf(";")) + 1);
    if (head.strength === "marked-np" && sentenceHasMarker && modifiers.length <= 2 && !GROUP_NAME.test(trialClause) && TRIAL_CONTEXT.test(`${trialClause} ${clauseAfter}`)) {
      return accept("trial-context", start, end, foreign);
    }
    if (GROUP_SOLDIER_HEADS.test(text.slice(start, end)) && modifiers.length === 0) {
      if (militantPossessor()) return accept("militant-possessor", start, end, foreign);
      // "They are perhaps 200 to 300 men in the area", right after a sentence about the militants.
      if (THEY_ARE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) && militantAntecedent(options.previousText ?? "")) return accept("pronoun-owner", start, end, foreign);
    }
    // "The fighters move in groups of five to ten men", "the cell consists of four men": a cell size in a story about the militants.
    if (options.cellContext && (sentenceHasMarker || MILITANT_WORD.test(text) || recentMarker())) return accept("cell-members", start, end, foreign);
    const headText = text.slice(start, end);
    // "Police detained 14 suspects …", "two suspected accomplices were detained" a few sentences after the group is named.
    if (/^(?:suspects|accomplices)$/i.test(headText) && ((options.previousText !== undefined && GROUP_NAME.test(options.previousText)) || recentMarker())) {
      return accept("suspects-in-story", start, end, foreign);
    }
    // "… 300 ISIS detainees were moved. A dozen inmates later escaped": the detainees the story is about.
    if (CUSTODY_WORDS.test(headText) && options.custodyStory === true && modifiers.length <= 2) return accept("custody-story", start, end, foreign);
    // "ISIS fighters stormed the prison in 2022. Dozens of inmates are still at large": a jailbreak story's inmates.
    if (CUSTODY_WORDS.test(headText) && modifiers.length <= 2 && options.recentText !== undefined && GROUP_NAME.test(options.recentText) && JAILBREAK.test(options.recentText)) {
      return accept("jailbreak-story", start, end, foreign);
    }
    // "Among those detained were 12 commanders": part of the count just given.
    if (isSubsetOfCount() && modifiers.length <= 2) return accept("subset-of-count", start, end, foreign);
    // "5,000 Central Asian men went to Syria to fight", "40 men from the town died fighting for ISIS".
    if (POSSIBLE_JOINERS.test(headText)) {
      const after = text.slice(end);
      if (JOINED_RELATIVE.test(after) && (sentenceHasMarker || TO_FIGHT.test(after))) return accept("joined-relative", start, end, true);
      if (KILLED_FIGHTING.test(after) && sentenceHasMarker) return accept("killed-fighting", start, end, true);
      // "up to 3,000 young men raised on this ideology could join the cells": recruits the group may gain.
      if (JOIN_INTENT.test(after) && (sentenceHasMarker || options.groupNamedBefore === true)) return accept("potential-joiners", start, end, false);
    }
    // "500 foreigners a week were entering Syria": recruits on the move, in a story about the group.
    if (/^foreigners$/i.test(headText) && options.groupNamedBefore === true && FOREIGN_MOVEMENT.test(clauseAfter)) return accept("foreigners-moving", start, end, true);
    return reject(`no-militant-marker:${head.id}`, start, end);
  }

  /** A militant count was just given (in this sentence or the one before) and the words before the number open a part of it. */
  function isSubsetOfCount(): boolean {
    return (!!options.lastAccepted || options.antecedent === true) && SUBSET_INTRO.test(text.slice(Math.max(0, q.start - 50), q.start));
  }

  /** The recent sentences name the group or its militants. */
  function recentMarker(): boolean {
    return options.recentText !== undefined && MILITANT.some((re) => re.test(options.recentText!));
  }

  /**
   * "them" in "100 of them" with no count in this sentence or the one before:
   * the last people named are militants; or no one was named since a count a
   * few sentences back; or a speaker's "we" sets "them" against his side in
   * a story about the group ("we captured 40 of them").
   */
  function themIsMilitant(): boolean {
    const before = text.slice(0, q.start);
    const last = lastPeopleNamed(`${options.recentText ?? options.previousText ?? ""} ${before}`).who;
    if (last === "militant") return true;
    if (last === "victims") return false;
    if (last === "none" && options.recentClaim === true) return true;
    // The speaker's own side may be named as the subject ("our units have detained 90 of them").
    const inSentence = lastPeopleNamed(before).who;
    return options.groupNamedBefore === true && FIRST_PERSON.test(text) && PEOPLE_EVENT.test(text) && (inSentence === "none" || inSentence === "security");
  }

  /** "ISIS may have 30,000 troops", "the group had lost 50,000 men": the group owns the counted people. */
  function militantPossessor(): boolean {
    const before = text.slice(Math.max(0, q.start - 120), q.start);
    const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
    let lastSecurity = -1;
    let lastMilitant = -1;
    for (const g of SECURITY_GLOBAL) for (const m of matchAllOf(g, clause)) lastSecurity = Math.max(lastSecurity, m.index + m[0].length);
    for (const g of MILITANT_GLOBAL) for (const m of matchAllOf(g, clause)) lastMilitant = Math.max(lastMilitant, m.index + m[0].length);
    if (lastMilitant < 0 || lastSecurity > lastMilitant) return false;
    const verbs = clause.slice(lastMilitant);
    return verbs.length <= 60 && MILITANT_POSSESSION_VERBS.test(verbs);
  }

  /** "… attacked a PMU post, wounding two fighters": a toll whose last named side before it is the security side. */
  function attackToll(): boolean {
    const toll = ATTACK_TOLL_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start));
    if (!toll) return false;
    const before = text.slice(Math.max(0, q.start - 300), q.start - (toll[0].length));
    let lastSecurity = -1;
    let lastMilitant = -1;
    for (const g of SECURITY_GLOBAL) for (const m of matchAllOf(g, before)) lastSecurity = Math.max(lastSecurity, m.index + m[0].length);
    for (const g of [...MILITANT_GLOBAL, MILITANT_PLURALS]) for (const m of matchAllOf(g, before)) lastMilitant = Math.max(lastMilitant, m.index + m[0].length);
    return lastSecurity > lastMilitant;
  }

  /** "the Peshmerga has 5,000 fighters", "PMU deployed 2,000 members": the owner is the security side. */
  function securityPossessor(): boolean {
    const before = text.slice(Math.max(0, q.start - 300), q.start);
    const cut = (t: string) => Math.max(t.lastIndexOf(","), t.lastIndexOf(";"), t.lastIndexOf(":"));
    let clauseStart = cut(before) + 1;
    // "The Peshmerga, whose 10,000 fighters …", "The PMU, which numbers …": the relative clause's owner is the previous clause.
    if (/^\s*(?:whose|which|who)\b/i.test(before.slice(clauseStart)) && clauseStart > 0) clauseStart = cut(before.slice(0, clauseStart - 1)) + 1;
    const clause = before.slice(clauseStart);
    let lastSecurity = -1;
    let lastMilitant = -1;
    for (const g of SECURITY_GLOBAL) {
      for (const m of matchAllOf(g, clause)) lastSecurity = Math.max(lastSecurity, m.index + m[0].length);
    }
    for (const g of MILITANT_GLOBAL) {
      for (const m of matchAllOf(g, clause)) lastMilitant = Math.max(lastMilitant, m.index + m[0].length);
    }
    if (lastSecurity < 0 || lastSecurity < lastMilitant) return false;
    return POSSESSION_VERBS.test(clause.slice(lastSecurity));
  }
}

/** A parenthesised or alternative name of the group after its name: "(Daesh)", "(Islamic State)", "(also known as ISIS)". */
const GROUP_GLOSS = new RegExp(`^\\(\\s*(?:also known as\\s+|a\\.k\\.a\\.?\\s+|or\\s+)?(?:${MILITANT_MARKERS[0]!.pattern})\\s*\\)`);
/** The group (or its caliphate) in an "of" complement: "soldiers of the caliphate", "troops of the Islamic State". */
const GROUP_OF_COMPLEMENT = new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:so-called\\s+)?(?:[Cc]aliphate|[Kk]hilafah?|${MILITANT_MARKERS[0]!.pattern})`);
/** "estimates of", "a figure of" right before a bare number: an estimate of the count just given. */
const ESTIMATES_OF_BEFORE = /\b(?:estimates?|figures?|counts?|tall(?:y|ies))\s+of\s*$/i;
/** A named place or a place noun right after a bare number: "5,000 in Iraq", "2,000 across the desert". */
const PLACE_AFTER = /^\s+(?:in|across|inside|throughout)\s+(?:the\s+)?(?:[A-Z][\w-]+|desert|region|country|mountains|valleys?|countryside|provinces?|areas?)\b/;

/** "of whom", "of them" right before the number: it counts part of the count before. */
const OF_WHOM_BEFORE = /\b(?:of whom|of them|among them|among whom)\s*,?\s*$/i;
/** "Of those, 45 are foreigners", "Among them, 12 were leaders": a sentence that opens on a part of the count before. */
const OF_THOSE_OPENING = /^\s*[“"]?(?:[Oo]f|[Aa]mong) (?:those|these|them|this number|that number|the total)\s*,?\s*$/;
/** An intransitive "remain(ed)" right after a bare number: its subject is the count read before. */
const REMAIN_AFTER = /^\s+(?:still\s+)?(?:remain|remained|remains|survive|survived|were left|are left)\b/i;
/** "They are 300 men", "they number 500 men": the pronoun's antecedent owns the men. */
const THEY_ARE_BEFORE = /\b[Tt]hey\s+(?:are|were|number|numbered|have|had)\s+(?:(?:perhaps|maybe|about|around|roughly|some|only|just|now|still|at most|no more than)\s+)*$/;
/** Plural militant nouns, which MILITANT_MARKERS (singular stems with word ends) do not match. */
const MILITANT_PLURALS = /\b(?:militants|terrorists|insurgents|extremists|jihadists|jihadis)\b/gi;
/** Militant head nouns as words: a sentence about the militants even without the group's name. */
const MILITANT_WORD = /\b(?:fighters|militants|jihadists|insurgents|terrorists|extremists)\b/i;

/** An apposition right after the head: ", ISIS operatives," / ", most of them jihadists,". Group 1 is its text. */
const APPOSITION = /^\s*,\s*((?:[A-Za-z\u00C0-\u024F'’-]+\s+){0,4}[A-Za-z\u00C0-\u024F'’-]+)\s*,/;
/** Where a clause names the group as the agent of what happened to the counted people ("targeted by ISIL"). */
const AGENT_CUT = /\b(?:by|against)\b[\s\S]*$/i;

function cutAtAgent(s: string): string {
  return s.replace(AGENT_CUT, "");
}

/** The one head noun that a word cut short by the excerpt's end can be ("terr" → "terrorists"); needs 4 letters. */
function headFromPrefix(prefix: string): HeadNounRule | undefined {
  if (!/^[a-z]{4,}$/.test(prefix)) return undefined;
  const rules = new Set<HeadNounRule>();
  for (const [word, rule] of HEADS) if (word.startsWith(prefix) && word !== prefix) rules.add(rule);
  return rules.size === 1 ? [...rules][0] : undefined;
}

function appositionIsMilitant(s: string): boolean {
  const words = s.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const head = HEADS.get(last);
  if (!head) return false;
  return head.strength === "strong" || head.strength === "default" || MILITANT.some((re) => re.test(words.slice(0, -1).join(" ")));
}

/**
 * Whether the last people a passage names are the group's: the antecedent
 * of "over 1,000 of them" when no number was read before.
 */
function militantAntecedent(passage: string): boolean {
  return lastPeopleNamed(passage).who === "militant";
}

/**
 * Who the last people named in a passage are: the group's ("militant"),
 * victims or civilians, security forces, or no one ("none"). Scans the last
 * plural person nouns back over 300 characters. A member noun counts as
 * the group's with the group's name just before it or in its relative
 * clause ("the number of recruits who went to fight for ISIS").
 */
function lastPeopleNamed(passage: string): PeopleNamed {
  const tail = passage.slice(-300);
  const found = [...tail.matchAll(/[A-Za-z\u00C0-\u024F\d][\w\u00C0-\u024F’',-]*/g)];
  const words = found.map((m) => m[0]);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase().replace(/(?:'s|’s|'|’)$/, "");
    // "400 people have left Germany to join jihadist groups": people who joined the group.
    if (POSSIBLE_JOINERS.test(w)) {
      const after = tail.slice(found[i]!.index + words[i]!.length);
      const clause = /^[^.;!?]{0,160}/.exec(after)![0];
      if (JOINED_RELATIVE.test(after) && (MILITANT.some((re) => re.test(clause)) || MILITANT_WORD.test(clause) || /\bjihadists?\b/i.test(clause) || TO_FIGHT.test(after))) return { who: "militant", foreign: true, counted: COUNT_WORD.test(words.slice(Math.max(0, i - 2), i).join(" ")) };
    }
    // "Security forces said 40 of them were killed": the speakers are not the people "them" names.
    if (SPEECH_VERB.test(words[i + 1] ?? "")) continue;
    const near = words.slice(Math.max(0, i - 2), i).join(" ");
    const counted = COUNT_WORD.test(near);
    const head = HEADS.get(w);
    if (head) {
      const foreign = w === "foreigners" || /\bforeign\b/i.test(near);
      const security = SECURITY.some((re) => re.test(near));
      if (head.strength === "strong" || head.strength === "default") return { who: security ? "security" : "militant", foreign, counted };
      if (MILITANT.some((re) => re.test(words.slice(Math.max(0, i - 3), i).join(" ")))) return { who: "militant", foreign, counted };
      if (/^(?:who|that)$/i.test(words[i + 1] ?? "") && GROUP_NAME.test(words.slice(i + 1, i + 9).join(" "))) return { who: "militant", foreign, counted };
      // "our men", "your units": the speaker's side; "family members", "council members": other people.
      if (security || /^(?:our|your|my)$/i.test(words[i - 1] ?? "")) return { who: "security", foreign: false, counted };
      return { who: NON_MILITANT_MODIFIERS.test(words[i - 1] ?? "") ? "victims" : "none", foreign: false, counted };
    }
    // "the number of Tunisians who have joined Isis": a demonym whose relative clause names the group.
    if (/^[A-Z][a-z]+s$/.test(words[i]!) && /^(?:who|that)$/i.test(words[i + 1] ?? "") && GROUP_NAME.test(words.slice(i + 1, i + 9).join(" "))) return { who: "militant", foreign: true, counted };
    for (const x of EXCLUDED) {
      if (x.rule.id === "victims" && x.re.test(w)) return { who: "victims", foreign: false, counted };
      if (x.rule.id === "security-forces" && x.re.test(w)) return { who: "security", foreign: false, counted };
    }
  }
  return { who: "none", foreign: false, counted: false };
}

interface PeopleNamed {
  who: "militant" | "victims" | "security" | "none";
  /** The people are foreigners ("foreign fighters", "foreigners", "Tunisians who joined Isis"). */
  foreign: boolean;
  /** A number counts them ("60 soldiers", "62,000 people"). */
  counted: boolean;
}

const SPEECH_VERB = /^(?:said|say|says|told|tell|added|reported|announced|stated|claimed|warned|estimated|believe|believed)$/i;
/** A number among the two words before a noun. */
const COUNT_WORD = new RegExp(`(?:^|\\s)(?:\\d[\\d,.]*|${NUMBER_WORD_ALTERNATION}|hundreds|thousands|dozens)(?:\\s|$)`, "i");

/**
 * Reads a question that asks for a militant count ("How many fighters does
 * the group have in Syria now?"): the quantity slot ("How many") and its noun,
 * or null. The interview answer that follows counts the same people.
 */
export function readQuestion(question: string): { q: QuantityMatch; noun: CountedNoun } | null {
  const m = HOW_MANY.exec(question);
  if (!m) return null;
  const end = m.index + m[0].length;
  const q: QuantityMatch = { low: null, high: null, qualifier: "vague", unit: "people", start: m.index, end, numberStart: m.index, numberEnd: end, rules: [] };
  const noun = readForward(question, q, end, {}, false);
  return noun.accepted && noun.headStart !== null ? { q, noun } : null;
}

// One sentence is read once per quantity; remember its marker test so long sentences stay linear.
let markerCache: { text: string; value: boolean } | null = null;
function hasMilitantMarker(text: string): boolean {
  if (markerCache?.text !== text) markerCache = { text, value: MILITANT.some((re) => re.test(text)) };
  return markerCache.value;
}

// "remnants numbering 500", "remnants, which number in the hundreds", "militants (estimated at 400)".
const LINK_RE = new RegExp(
  `([A-Za-z\\u00C0-\\u024F][\\w\\u00C0-\\u024F’'-]*)\\s*(?:\\(\\s*|,\\s*)?(?:(?:which|who|that)\\s+)?(?:now\\s+|still\\s+|currently\\s+)?(?:${COUNT_LINKS.filter((l) => l.kind === "direct").map((l) => l.pattern).join("|")})\\s+(?:in\\s+(?:the\\s+)?)?$`,
  "i",
);
const POSTPOSED_GATE = /number|estimat|\bputs?\b|figure|toll|tally|pegged|placed|assessed|calculated|total|stand|stood|reach|strength|ranks|count/i;
const NUMBER_OF_RE = /\b(?:number|numbers|strength|ranks|count|total)\s+(?=of\s)/gi;
const LINK_IN_GAP = new RegExp(`\\b(?:${COUNT_LINKS.map((l) => l.pattern).join("|")})\\b`, "i");
/** A qualifier that is itself the verb: "remnants do not exceed 2,000", "fighters exceeding 500". */
const VERB_QUALIFIER = /^(?:does|do|did|not|never|exceed|will|would|could|won)/i;
const ESTIMATE_FRAME = /\b(?:estimat\w*|puts?|putting|placed?|places|placing|pegg?(?:s|ed|ing)?|reckons?|assess\w*|calculat\w*)\s+(?:the\s+)?(?:total\s+|overall\s+)?$/i;
/**
 * "Estimates … put the number around 10,000", "officials put their strength
 * at 2,000": an estimate of a number named just before. Group 1 is the
 * possessor ("their", "the group's"), group 2 the noun.
 */
const ESTIMATE_OF_NUMBER = /\b(?:estimat\w*|puts?|putting|placed?|places|placing|pegg?(?:s|ed|ing)?|reckons?|assess\w*|calculat\w*|gave|give|gives|cited?|cites)\s+(the|their|its|[\w\u00C0-\u024F'’-]+(?:'s|’s|s'|s’))\s+(?:total\s+|overall\s+|current\s+)?(number|numbers|figure|total|tally|toll|strength|manpower|count|ranks)\s+(?:at\s+|as\s+|to be\s+)?$/i;
/** "the number is", "their real strength is": a count stated as the predicate of a number named before. Groups as in ESTIMATE_OF_NUMBER. */
const NUMBER_IS = /\b(the|their|its|[\w\u00C0-\u024F'’-]+(?:'s|’s|s'|s’))\s+(?:(?:total|overall|real|actual|true|current)\s+)?(number|numbers|figure|total|tally|count|strength)\s+(?:is|was|are|were|stands at|stood at|remains|is now|is still)\s+[“"‘]?\s*$/i;
/** A numbering verb right after the group's name counts its members. */
const GROUP_NUMBERING = /^[\s,(]*(?:(?:which|that)\s+(?:now\s+|still\s+)?)?(?:numbering|numbers|number|numbered|(?:estimated|believed|thought|said|reported) to number)\b/i;
/** The group's own name, or "the group"/"the organisation" (kept case-sensitive, as MILITANT_MARKERS are). */
const GROUP_ITSELF = new RegExp(`(?:${MILITANT_MARKERS[0]!.pattern}|\\b[Tt]he (?:group|organi[sz]ation|terror group|jihadist group))$`);
/** "Foreign fighters poured in by the thousands": the number counts the clause's subject. */
const BY_THE = /\bby (?:the )?$/i;
const GROUP_STRENGTH = /^(?:strength|manpower|numbers|ranks)$/i;
const NP_TAIL = /((?:[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*\s+){0,4})$/;
/** A subject, an optional place, an optional apposition between commas, and a plural copula before the number: "the active fighters in Anbar, the ones with guns, are". */
const COPULA_SUBJECT = /([A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*)(?:\s+(?:in|inside|across|of)\s+(?:the\s+)?[\w\u00C0-\u024F’'-]+(?:\s+[A-Z][\w\u00C0-\u024F’'-]*)?)?(?:\s*,\s*[^,;.:!?()“”"]{1,60}?,)?\s+(?:are|were)\s+(?:(?:now|still|only|just|currently)\s+)?$/;
/** After a predicate count, the clause ends or a place follows ("are about 300 in the valley"); a unit ("were 18 years old") does not. */
const COPULA_END = /^\s*(?:[.,;:!?)”"’]|$|\s(?:in|inside|across|at most|at the most|in all|in total)\b)/i;

/**
 * The number follows its noun: "Islamic State militants numbering about
 * 500", "the jihadists, estimated to number 3,000", "the remaining militants
 * (estimated at 400 to 500)", "the number of ISIS fighters in Iraq is
 * estimated at 2,000", "Daesh remnants do not exceed 2,000". Only the
 * linking verbs in COUNT_LINKS connect a noun to a later number, so "killed
 * 12 militants in 2 raids" never reads backwards.
 */
function readPostposed(text: string, q: QuantityMatch, options: CountedNounOptions): CountedNoun | null {
  const before = text.slice(Math.max(0, q.start - 160), q.start);
  const offset = q.start - before.length;
  const verbQualifier = VERB_QUALIFIER.test(text.slice(q.start, q.numberStart));
  // "the active fighters, the ones with guns, are fewer than 300.": the count is the predicate.
  const copula = COPULA_END.test(text.slice(q.end)) ? COPULA_SUBJECT.exec(before.slice(-110)) : null;
  // Cheap gate: most rejected numbers have no linking verb or "number of" before them.
  if (!verbQualifier && !copula && !POSTPOSED_GATE.test(before)) return null;

  // A: "<noun phrase>[,(] numbering|estimated at|totalling <number>" (or a verb qualifier right after the noun, or a copula).
  const linkWindow = before.slice(-70);
  const direct = LINK_RE.exec(linkWindow) ?? copula ?? (verbQualifier ? /([A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*)\s+$/.exec(linkWindow) : null);
  if (direct) {
    const headStart = q.start - (direct.input.length - direct.index);
    if (direct === copula && !HEADS.has(direct[1]!.toLowerCase())) return null;
    // "Their fighters, all volunteers, were 400": the owner must be the group's side.
    if (direct === copula && /\b(?:their|its|his|our)\s+(?:[\w’'-]+\s+){0,2}$/i.test(text.slice(Math.max(0, headStart - 40), headStart)) && !militantAntecedent(`${options.previousText ?? ""} ${text.slice(0, headStart)}`)) return null;
    const headWord = direct[1]!;
    const tail = NP_TAIL.exec(text.slice(Math.max(0, headStart - 60), headStart))![1]!;
    const words = tail.split(/\s+/).filter((w) => w !== "");
    let keep = words.length;
    for (let i = words.length - 1; i >= 0; i--) {
      if (/^(?:the|its|their|his|her|these|those|this|that|our|whose|a|an|of|and|or)$/i.test(words[i]!) || STOPPERS.test(words[i]!)) break;
      keep = i;
    }
    const npStart = headStart - words.slice(keep).join(" ").length - (keep < words.length ? 1 : 0);
    const possessor = text.slice(Math.max(0, npStart - 20), headStart);
    // "their numbers did not exceed 300" right after a sentence about the militants.
    const pronounOwner = /\b(?:their|its)\s+$/i.test(possessor) && (options.antecedent === true || militantAntecedent(`${options.previousText ?? ""} ${text.slice(0, npStart)}`));
    if (GROUP_STRENGTH.test(headWord) && (namesTheGroup(possessor) || pronounOwner)) {
      return { accepted: true, rule: "postposed:group-strength", headStart, headEnd: headStart + headWord.length, phraseEnd: q.end, foreign: false };
    }
    // "The group, which numbers in the thousands", "Daesh, believed to number 3,000": the group itself is counted.
    if (GROUP_NUMBERING.test(text.slice(headStart + headWord.length, q.start)) && GROUP_ITSELF.test(text.slice(Math.max(0, headStart - 4), headStart + headWord.length))) {
      return { accepted: true, rule: "postposed:group-numbering", headStart, headEnd: headStart + headWord.length, phraseEnd: q.end, foreign: false };
    }
    const read = readForward(text, q, Math.max(0, Math.min(npStart, headStart)), options, false);
    if (read.headStart === headStart) return { ...read, rule: `postposed:${read.rule}`, phraseEnd: q.end };
  }

  // B: "the number of <noun phrase> … is estimated at <number>".
  let last: RegExpExecArray | null = null;
  NUMBER_OF_RE.lastIndex = 0;
  for (const m of before.matchAll(NUMBER_OF_RE)) last = m as RegExpExecArray;
  if (last) {
    const from = offset + last.index + last[0].length;
    const read = readForward(text, q, from, options, false);
    if (read.headEnd !== null && read.headEnd <= q.start) {
      const gap = text.slice(read.headEnd, q.start);
      // "Iraqi intelligence estimates the number of ISIS members in Kirkuk at 250": the verb sits before "the number".
      // "… put the number of ISIS fighters between 14,000 and 18,000": the range needs no "at".
      const estimateFrame = ESTIMATE_FRAME.test(before.slice(0, last.index)) && (/\b(?:at|as|to be)\s*$/i.test(gap) || /^\s*$/.test(gap));
      if (gap.length <= 70 && !/[.;:!?]/.test(gap) && (LINK_IN_GAP.test(gap) || verbQualifier || estimateFrame)) {
        return { ...read, rule: `postposed-number-of:${read.rule}`, phraseEnd: q.end };
      }
    }
  }

  // C: "Estimates put the number around 10,000", "officials put their strength at 2,000".
  const estimate = ESTIMATE_OF_NUMBER.exec(before);
  if (estimate) {
    const possessor = estimate[1]!;
    // "The number of Tunisians who joined ISIS keeps rising. The ministry puts the total at 3,000.":
    // with no count just before, the previous sentence's people own "the total".
    const pronoun = /^(?:the|their|its)$/i.test(possessor);
    const previousPeople = pronoun && options.antecedent !== true && options.previousText !== undefined ? lastPeopleNamed(options.previousText) : null;
    const ownedByGroup = pronoun ? options.antecedent === true || previousPeople?.who === "militant" : namesTheGroup(possessor);
    if (ownedByGroup) {
      const headStart = offset + estimate.index + estimate[0].length - estimate[0].replace(/^[^]*?(number|numbers|figure|total|tally|toll|strength|manpower|count|ranks)\b/i, "$1").length;
      return { accepted: true, rule: "postposed:estimate-of-the-number", headStart, headEnd: headStart + estimate[2]!.length, phraseEnd: q.end, foreign: previousPeople?.foreign === true };
    }
  }

  // D: "Estimates of how many fighters ISIS fields vary. Officials insist the number is “fewer than 1,000”": a copula on the number asked about.
  const numberIs = NUMBER_IS.exec(before);
  if (numberIs) {
    const possessor = numberIs[1]!;
    const pronoun = /^(?:the|their|its)$/i.test(possessor);
    const previousPeople = pronoun && options.antecedent !== true && options.previousText !== undefined ? lastPeopleNamed(options.previousText) : null;
    if (pronoun ? options.antecedent === true || previousPeople?.who === "militant" : namesTheGroup(possessor)) {
      const headStart = offset + numberIs.index + numberIs[0].indexOf(numberIs[2]!, possessor.length);
      return { accepted: true, rule: "postposed:number-is", headStart, headEnd: headStart + numberIs[2]!.length, phraseEnd: q.end, foreign: previousPeople?.foreign === true };
    }
  }
  return null;
}

/** The words name the group or its militants ("ISIS", "the terrorists'", "the jihadists'"). */
function namesTheGroup(words: string): boolean {
  if (GROUP_NAME.test(words) || MILITANT.some((re) => re.test(words))) return true;
  return words.split(/\s+/).some((w) => {
    const head = HEADS.get(w.toLowerCase().replace(/[^a-z'’]+/g, "").replace(/(?:'s|’s|'|’)$/, ""));
    return head !== undefined && head.strength === "strong";
  });
}

/**
 * "Foreign fighters flocked to Syria by the thousands": the vague number
 * counts the subject of its clause, read from the clause's last head noun
 * before the number.
 */
function readAdverbialSubject(text: string, q: QuantityMatch, options: CountedNounOptions): CountedNoun | null {
  if (q.qualifier !== "vague") return null;
  const before = text.slice(Math.max(0, q.start - 120), q.start);
  if (!BY_THE.test(before)) return null;
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  const clause = before.slice(clauseStart);
  const offset = q.start - before.length + clauseStart;
  let found: RegExpExecArray | null = null;
  const word = /[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*/g;
  for (const m of clause.matchAll(word)) {
    if (HEADS.has(m[0].toLowerCase())) found = m as RegExpExecArray;
  }
  if (!found) return null;
  // Read the subject's phrase from up to three modifiers before its head, so "foreign" or "ISIS" count.
  const words = clause.slice(0, found.index).match(/[^\s]+\s+/g) ?? [];
  let back = 0;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 3; i--) {
    const w = words[i]!.trim();
    if (!/^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*$/.test(w) || STOPPERS.test(w) || DETERMINERS.test(w)) break;
    back += words[i]!.length;
  }
  const read = readForward(text, q, offset + found.index - back, options, false);
  if (!read.accepted || read.headStart !== offset + found.index) return null;
  return { ...read, rule: `by-the:${read.rule}`, phraseEnd: q.end };
}
