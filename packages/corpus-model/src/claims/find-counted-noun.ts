import { matchAllOf } from "../text/match-all";
import type { QuantityMatch } from "./parse-quantity";
import {
  ANAPHORIC_HEADS,
  ANAPHORIC_OF,
  COUNT_LINKS,
  ELLIPSIS_STARTERS,
  EXCLUDED_HEADS,
  MILITANT_HEAD_NOUNS,
  MILITANT_MARKERS,
  NON_MILITANT_MODIFIERS,
  PLACE_COMPOUND,
  SECURITY_SIDE_MARKERS,
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
const JOINED_RELATIVE = /^\s*(?:from\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:,\s*)?(?:(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:joined|travel+ed|went|fought|pledged|signed up|enlisted)|(?:had\s+|have\s+)?(?:joined|travel+ed|went|pledged|signed up|enlisted))\b/i;
const POSSESSION_VERBS = /\b(?:has|have|had|with|whose|numbering|(?:which|that) (?:now |still )?numbers|deployed|sent|dispatched|mobili[sz]ed|fielded|includes?|including|comprising|trained|armed|lost|commands?)\b/i;

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
  /** A militant count was read in this sentence or the one before: the antecedent of "2,000 of them". */
  antecedent?: boolean;
}

/**
 * Decides whether the quantity counts militants. Reads the noun phrase that
 * follows the number ("hundreds of Daesh fighters", "25 percent of the
 * fighters", "40,000 foreigners and locals who joined Daesh") and checks the
 * head noun against the lexicons, then checks that no security-side word
 * owns the phrase ("militia fighters", "the Peshmerga has 5,000 fighters").
 */
export function findCountedNoun(text: string, q: QuantityMatch, options: CountedNounOptions = {}): CountedNoun {
  const forward = readForward(text, q, q.end, options, true);
  if (forward.accepted) return forward;
  // A noun right after the number decides ("500 soldiers"); so do units glued to it ("370-mile").
  const nounRightAfter = forward.headStart !== null && /^\s*$/.test(text.slice(q.end, forward.headStart));
  if (q.unit === "people" && !nounRightAfter && !/^(?:hyphenated-unit|attached-unit|others-without-antecedent)/.test(forward.rule)) {
    const post = readPostposed(text, q, options);
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
  if (primary && q.unit === "percent" && !/^\s+of\b/i.test(rest)) return reject("percent-without-of");
  const strong = primary ? /^-strong\b/i.exec(rest) : null;
  if (strong) {
    pos += strong[0].length;
    rest = text.slice(pos);
  } else if (primary && /^[-–][A-Za-z]/.test(rest)) return reject("hyphenated-unit"); // "370-mile", "12-year"
  if (primary && /^[A-Za-z]/.test(rest)) return reject("attached-unit");

  if (primary && !strong) {
    // "2,000 of them", "three of whom": the antecedent is an earlier militant count.
    const anaphor = ANAPHORIC_OF.exec(rest);
    if (anaphor) {
      const s = pos + anaphor[0].length - anaphor[1]!.length;
      return options.antecedent ? accept("anaphoric-of-them", s, pos + anaphor[0].length, false) : reject("no-head:anaphor-without-antecedent");
    }
    // "… and killed 27 others", "… and 40 more": the noun of the previous quantity.
    const other = ANAPHORIC_HEADS.exec(rest);
    if (other) {
      const s = pos + other[0].length - other[1]!.length;
      const e = pos + other[0].length;
      return sharesPrevious() ? accept("anaphoric-others", s, e, false) : reject("others-without-antecedent", s, e);
    }
    // "… 1,000 fighters in Iraq and fewer than 2,500 in Syria": no noun at all.
    if (ELLIPSIS_STARTERS.test(rest) && sharesPrevious() && !options.cellContext) return accept("elliptic-head", null, null, false);
  }

  const sentenceHasMarker = hasMilitantMarker(text);
  const modifiers: string[] = [];
  let ofSeen = false;
  let detSeen = false;
  let groupNameSeen = false;
  let lastModifierWasGroup = false;
  let steps = 0;
  TOKEN.lastIndex = 0;
  for (const m of rest.matchAll(TOKEN)) {
    if (++steps > 10) break;
    const tok = m[0];
    const start = pos + m.index;
    const end = start + tok.length;
    const lower = tok.toLowerCase();
    const base = lower.replace(/(?:'s|’s|'|’)$/, "");
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
    const head = HEADS.get(base) ?? HEADS.get(lastPart);
    if (head) return judge(head, start, end, base === "foreigners" || modifiers.some((x) => /^foreign$/i.test(x)));
    if (POSSIBLE_JOINERS.test(base) || (/^[A-Z][a-z]+s$/.test(tok) && !GROUP_NAME.test(tok))) {
      const after = text.slice(end);
      if (JOINED_RELATIVE.test(after) && sentenceHasMarker) return accept("joined-relative", start, end, true);
    }
    const excluded = EXCLUDED.find((x) => x.re.test(base) || x.re.test(lastPart));
    if (excluded) return reject(excluded.rule.id, start, end);
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
  if (strong) {
    // "a 300-strong ISIS unit": the group names the force; "a 5,000-strong PMU force" does not.
    const np = modifiers.slice(0, 2).join(" ");
    if (MILITANT.some((re) => re.test(np)) && !SECURITY.some((re) => re.test(np))) return accept("strong-militant-force", null, null, false);
  }
  return reject("no-head");

  /** The previous quantity of the sentence, read as a militant count, is close enough to lend its noun. */
  function sharesPrevious(): boolean {
    const prev = options.previous;
    if (!prev || !prev.accepted || prev.unit !== q.unit || prev.phraseEnd > q.start) return false;
    const gap = text.slice(prev.phraseEnd, q.start);
    return gap.length <= 80 && !/[.;:!?]/.test(gap) && /(?:,|\band\b|\bor\b|\bwhile\b|\bbut\b|\bincluding\b|\bfrom\b|\bversus\b|\bcompared (?:with|to)\b)/i.test(gap) && !/\bage[ds]?\b/i.test(gap);
  }

  function accept(rule: string, headStart: number | null, headEnd: number | null, foreign: boolean): CountedNoun {
    return { accepted: true, rule, headStart, headEnd, phraseEnd: headEnd ?? q.end, foreign };
  }

  function judge(head: HeadNounRule, start: number, end: number, foreign: boolean): CountedNoun {
    const modText = modifiers.join(" ");
    const complement = /^\s+(?:of|from|in the ranks of|belonging to|loyal to|affiliated with|linked to|allied with|with)\s+(?:the\s+)?([^,;.:]{0,60})/i.exec(text.slice(end));
    // "fighters from SDF-run prisons" names a place, not the force they belong to.
    const compText = complement ? complement[1]!.replace(PLACE_COMPOUND, "").split(/\s+/).slice(0, 4).join(" ") : "";
    const markerInNp = MILITANT.some((re) => re.test(modText) || re.test(compText)) || groupNameSeen;
    const securityInNp =
      SECURITY.some((re) => re.test(modText)) || (compText !== "" && SECURITY.some((re) => re.test(compText)) && !MILITANT.some((re) => re.test(compText)));
    if (securityInNp) return reject(`security-side-modifier:${head.id}`, start, end);
    const clauseAfter = /^[^,;.:!?]{0,100}/.exec(text.slice(end))?.[0] ?? "";
    const markerNear = markerInNp || GROUP_NAME.test(clauseAfter);
    if (head.strength === "strong") return accept(head.id, start, end, foreign);
    if (securityPossessor()) return reject(`security-side-possessor:${head.id}`, start, end);
    if (head.strength === "default") return accept(head.id, start, end, foreign);
    if (modifiers.some((x) => NON_MILITANT_MODIFIERS.test(x))) return reject(`non-militant-modifier:${head.id}`, start, end);
    if (head.strength === "marked" && (markerNear || sentenceHasMarker)) return accept(head.id, start, end, foreign);
    if (head.strength === "marked-np" && markerNear) return accept(head.id, start, end, foreign);
    return reject(`no-militant-marker:${head.id}`, start, end);
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

// One sentence is read once per quantity; remember its marker test so long sentences stay linear.
let markerCache: { text: string; value: boolean } | null = null;
function hasMilitantMarker(text: string): boolean {
  if (markerCache?.text !== text) markerCache = { text, value: MILITANT.some((re) => re.test(text)) };
  return markerCache.value;
}

const LINK_RE = new RegExp(
  `([A-Za-z\\u00C0-\\u024F][\\w\\u00C0-\\u024F’'-]*)\\s*(?:\\(\\s*|,\\s*)?(?:${COUNT_LINKS.filter((l) => l.kind === "direct").map((l) => l.pattern).join("|")})\\s+$`,
  "i",
);
const POSTPOSED_GATE = /number|estimat|\bput\b|pegged|placed|assessed|calculated|total|stand|stood|reach|strength|ranks|count/i;
const NUMBER_OF_RE = /\b(?:number|numbers|strength|ranks|count|total)\s+(?=of\s)/gi;
const LINK_IN_GAP = new RegExp(`\\b(?:${COUNT_LINKS.map((l) => l.pattern).join("|")})\\b`, "i");
/** A qualifier that is itself the verb: "remnants do not exceed 2,000", "fighters exceeding 500". */
const VERB_QUALIFIER = /^(?:does|do|did|not|never|exceed|will|would|could|won)/i;
const ESTIMATE_FRAME = /\b(?:estimat\w*|puts?|putting|placed?|places|placing|pegg?(?:s|ed|ing)?|reckons?|assess\w*|calculat\w*)\s+(?:the\s+)?(?:total\s+|overall\s+)?$/i;
const GROUP_STRENGTH = /^(?:strength|manpower|numbers|ranks)$/i;
const NP_TAIL = /((?:[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*\s+){0,4})$/;

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
  // Cheap gate: most rejected numbers have no linking verb or "number of" before them.
  if (!verbQualifier && !POSTPOSED_GATE.test(before)) return null;

  // A: "<noun phrase>[,(] numbering|estimated at|totalling <number>" (or a verb qualifier right after the noun).
  const linkWindow = before.slice(-70);
  const direct = LINK_RE.exec(linkWindow) ?? (verbQualifier ? /([A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*)\s+$/.exec(linkWindow) : null);
  if (direct) {
    const headStart = q.start - (direct.input.length - direct.index);
    const headWord = direct[1]!;
    const tail = NP_TAIL.exec(text.slice(Math.max(0, headStart - 60), headStart))![1]!;
    const words = tail.split(/\s+/).filter((w) => w !== "");
    let keep = words.length;
    for (let i = words.length - 1; i >= 0; i--) {
      if (/^(?:the|its|their|his|her|these|those|this|that|our|whose|a|an|of|and|or)$/i.test(words[i]!) || STOPPERS.test(words[i]!)) break;
      keep = i;
    }
    const npStart = headStart - words.slice(keep).join(" ").length - (keep < words.length ? 1 : 0);
    if (GROUP_STRENGTH.test(headWord) && GROUP_NAME.test(text.slice(Math.max(0, npStart - 20), headStart))) {
      return { accepted: true, rule: "postposed:group-strength", headStart, headEnd: headStart + headWord.length, phraseEnd: q.end, foreign: false };
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
      const estimateFrame = ESTIMATE_FRAME.test(before.slice(0, last.index)) && /\bat\s*$/i.test(gap);
      if (gap.length <= 70 && !/[.;:!?]/.test(gap) && (LINK_IN_GAP.test(gap) || verbQualifier || estimateFrame)) {
        return { ...read, rule: `postposed-number-of:${read.rule}`, phraseEnd: q.end };
      }
    }
  }
  return null;
}
