import type { QuantityMatch } from "./parse-quantity";
import {
  EXCLUDED_HEADS,
  MILITANT_HEAD_NOUNS,
  MILITANT_MARKERS,
  NON_MILITANT_MODIFIERS,
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
const JOINED_RELATIVE = /^\s*(?:,\s*)?(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:joined|travel+ed|went|fought|pledged|signed up|enlisted)\b/i;
const POSSESSION_VERBS = /\b(?:has|have|had|with|numbering|deployed|sent|dispatched|mobili[sz]ed|fielded|includes?|including|comprising|trained|armed|lost|commands?)\b/i;

/**
 * Decides whether the quantity counts militants. Reads the noun phrase that
 * follows the number ("hundreds of Daesh fighters", "25 percent of the
 * fighters", "40,000 foreigners and locals who joined Daesh") and checks the
 * head noun against the lexicons, then checks that no security-side word
 * owns the phrase ("militia fighters", "the Peshmerga has 5,000 fighters").
 */
export function findCountedNoun(text: string, q: QuantityMatch, options: { cellContext?: boolean } = {}): CountedNoun {
  const reject = (rule: string, headStart: number | null = null, headEnd: number | null = null): CountedNoun => ({
    accepted: false,
    rule,
    headStart,
    headEnd,
    phraseEnd: headEnd ?? q.end,
    foreign: false,
  });
  let pos = q.end;
  let rest = text.slice(pos);
  if (q.unit === "percent" && !/^\s+of\b/i.test(rest)) return reject("percent-without-of");
  const strong = /^-strong\b/i.exec(rest);
  if (strong) {
    pos += strong[0].length;
    rest = text.slice(pos);
  } else if (/^[-–][A-Za-z]/.test(rest)) return reject("hyphenated-unit"); // "370-mile", "12-year"
  if (/^[A-Za-z]/.test(rest)) return reject("attached-unit");

  const sentenceHasMarker = MILITANT.some((re) => re.test(text));
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
    if (STOPPERS.test(tok) || DETERMINERS.test(tok)) break;
    modifiers.push(tok);
    lastModifierWasGroup = GROUP_NAME.test(tok.replace(/(?:'s|’s)$/, ""));
    if (lastModifierWasGroup) groupNameSeen = true;
    if (modifiers.length > 4) break;
  }
  if (groupNameSeen && lastModifierWasGroup) return accept("group-name-as-head", q.end, q.end, false);
  if (options.cellContext && modifiers.length === 0) return accept("cell-size-without-noun", null, null, false);
  return reject("no-head");

  function accept(rule: string, headStart: number | null, headEnd: number | null, foreign: boolean): CountedNoun {
    return { accepted: true, rule, headStart, headEnd, phraseEnd: headEnd ?? q.end, foreign };
  }

  function judge(head: HeadNounRule, start: number, end: number, foreign: boolean): CountedNoun {
    const modText = modifiers.join(" ");
    const complement = /^\s+(?:of|from|in the ranks of|belonging to|loyal to|affiliated with|linked to|allied with|with)\s+(?:the\s+)?([^,;.:]{0,60})/i.exec(text.slice(end));
    const compText = complement ? complement[1]!.split(/\s+/).slice(0, 4).join(" ") : "";
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
    const before = text.slice(0, q.start);
    const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
    let lastSecurity = -1;
    let lastMilitant = -1;
    for (const re of SECURITY) {
      const g = new RegExp(re.source, "gi");
      for (const m of clause.matchAll(g)) lastSecurity = Math.max(lastSecurity, m.index + m[0].length);
    }
    for (const re of MILITANT) {
      const g = new RegExp(re.source, "g");
      for (const m of clause.matchAll(g)) lastMilitant = Math.max(lastMilitant, m.index + m[0].length);
    }
    if (lastSecurity < 0 || lastSecurity < lastMilitant) return false;
    return POSSESSION_VERBS.test(clause.slice(lastSecurity));
  }
}
