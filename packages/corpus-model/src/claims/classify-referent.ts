import type { Referent } from "../model/types";
import { firstMatchOf, matchAllOf } from "../text/match-all";
import { MILITANT_MARKERS } from "./counted-nouns";
import { detectCellContext } from "./detect-cell-context";
import type { CountedNoun } from "./find-counted-noun";
import type { QuantityMatch } from "./parse-quantity";
import {
  AT_LARGE,
  CELL_ATTACKERS,
  CUSTODY_HEAD,
  DISGUISE,
  HYPOTHETICAL_AFTER,
  HYPOTHETICAL_BEFORE,
  HYPOTHETICAL_CONSEQUENCE,
  HYPOTHETICAL_INVERSION,
  NOUN_PHRASE_CUES,
  REFERENT_RULES,
  REGION_IN_CLAUSE,
  REMAINING_HEAD,
  SIEGE_READINGS,
  SIEGE_SENTENCE,
} from "./referent-rules";

export interface ReferentReading {
  referent: Referent;
  /** Id of the rule that decided, or "default". */
  rule: string;
}

const WHERE_CITY = new RegExp(REFERENT_RULES.find((r) => r.id === "where-city")!.pattern, REFERENT_RULES.find((r) => r.id === "where-city")!.flags ?? "i");
const COMPILED = REFERENT_RULES.map((r) => ({ rule: r, re: new RegExp(r.pattern, (r.flags ?? "i") + "g") }));
const OVERRIDING = COMPILED.filter((c) => c.rule.overrides !== undefined && c.rule.overrides.length > 0);

export interface ReferentContext {
  /**
   * A claim in one of the two sentences before was read as custody: the
   * story is about detainees, so foreign fighters with no verb of their own
   * are detained foreigners, not recruits ("The US confirmed that 1,000
   * foreign fighters …" after "9,000 fighters are held by the SDF").
   */
  custodyBefore?: boolean;
}

/**
 * What the counted militants are said to be doing: read from the clause the
 * number sits in. Order: a conditional clause makes it hypothetical; a
 * container noun before it makes it a cell size; cues that override others
 * (a transfer cancels a crossing) are applied; otherwise the strong cue
 * nearest to the number wins, then the nearest weak cue, else "other".
 */
export function classifyReferent(text: string, q: QuantityMatch, noun: CountedNoun, context: ReferentContext = {}): ReferentReading {
  const before = clauseBefore(text, q.start);
  // "The attackers, estimated at about 15, fled": a number inside a parenthetical after its noun; the
  // predicate follows the parenthetical's closing comma.
  const closing = noun.rule.startsWith("postposed") ? /^\s*[,)]/.exec(text.slice(noun.phraseEnd)) : null;
  const afterStart = closing ? noun.phraseEnd + closing[0].length : skipGroupComplement(text, noun.phraseEnd);
  const after = clauseAfter(text, afterStart).replace(DISGUISE, blank);

  if (HYPOTHETICAL_BEFORE.test(before) || HYPOTHETICAL_AFTER.test(after)) return { referent: "hypothetical", rule: "hypothetical" };
  // "If the prisons crack, you could see thousands of fighters …": the consequence of a condition.
  if (HYPOTHETICAL_CONSEQUENCE.test(text.slice(Math.max(0, q.start - 300), q.start))) return { referent: "hypothetical", rule: "hypothetical-consequence" };
  const inversion = HYPOTHETICAL_INVERSION.before.exec(before);
  if (inversion && HYPOTHETICAL_INVERSION.after[inversion[1]!.toLowerCase()]!.test(after)) return { referent: "hypothetical", rule: "hypothetical-inversion" };
  if (detectCellContext(text, q) && !CELL_ATTACKERS.test(after)) return { referent: "cell_size", rule: "cell-size" };
  // "nine of the dead militants": the phrase's own adjective says what happened to them.
  if (noun.headStart !== null && noun.headStart > q.end) {
    const phrase = text.slice(q.end, noun.headStart);
    const cue = NOUN_PHRASE_CUES.find((c) => c.pattern.test(phrase));
    if (cue) return { referent: cue.referent, rule: cue.id };
  }

  // "Dozens of inmates are still believed to be at large": escaped detainees.
  if (noun.headStart !== null && noun.headEnd !== null && CUSTODY_HEAD.test(text.slice(noun.headStart, noun.headEnd)) && AT_LARGE.test(after)) {
    return { referent: "fled", rule: "detainees-at-large" };
  }
  // Cues that cancel other readings anywhere in the clause ("transferred … from Syria to Iraq" is no crossing).
  const cancelled = new Set<Referent>();
  for (const { rule, re } of OVERRIDING) {
    const inBefore = rule.position !== "after" && firstMatchOf(re, before) !== null;
    if (inBefore || (rule.position !== "before" && firstMatchOf(re, after) !== null)) for (const r of rule.overrides!) cancelled.add(r);
  }

  for (const strength of ["strong", "weak"] as const) {
    let best: { referent: Referent; rule: string; distance: number } | null = null;
    for (const { rule, re } of COMPILED) {
      if (rule.strength !== strength || rule.scope === "sentence" || cancelled.has(rule.referent)) continue;
      if (rule.position !== "after") {
        for (const m of matchAllOf(re, before)) {
          const distance = before.length - (m.index + m[0].length);
          if (!best || distance < best.distance) best = { referent: rule.referent, rule: rule.id, distance };
        }
      }
      if (rule.position !== "before") {
        for (const m of matchAllOf(re, after)) {
          // Ties go to the cue after the noun: its own predicate or relative clause.
          const distance = m.index - 0.5;
          if (!best || distance < best.distance) best = { referent: rule.referent, rule: rule.id, distance };
        }
      }
    }
    // "… into Hawija, where 1,000 fighters remain": those left in a named city are its defenders.
    if (best?.referent === "remaining" && WHERE_CITY.test(text.slice(Math.max(0, q.start - 300), q.start))) return { referent: "in_city", rule: "where-city" };
    // "he said 300 fighters were left and that 10,000 troops had encircled the city": the besieged city's defenders.
    if (best?.referent === "remaining" && SIEGE_READINGS.has(best.rule) && SIEGE_SENTENCE.test(text) && !REGION_IN_CLAUSE.test(`${before} ${after}`)) return { referent: "in_city", rule: "siege-sentence" };
    if (best) return { referent: best.referent, rule: best.rule };
    // Sentence adverbials ("At its height in 2015, the group … commanded 30,000 fighters") reach past the clause.
    const sentenceBefore = text.slice(Math.max(0, q.start - 300), q.start);
    for (const { rule, re } of COMPILED) {
      if (rule.strength !== strength || rule.scope !== "sentence") continue;
      if (firstMatchOf(re, sentenceBefore) !== null) return { referent: rule.referent, rule: rule.id };
    }
    if (strength === "strong" && noun.foreign) {
      return context.custodyBefore ? { referent: "other", rule: "foreign-fighters-in-custody" } : { referent: "joined", rule: "foreign-fighters" };
    }
    if (strength === "strong" && noun.headStart !== null && noun.headEnd !== null && REMAINING_HEAD.test(text.slice(noun.headStart, noun.headEnd))) {
      return { referent: "remaining", rule: "remnants-head" };
    }
    if (strength === "strong" && noun.headStart !== null && noun.headEnd !== null && CUSTODY_HEAD.test(text.slice(noun.headStart, noun.headEnd))) {
      return { referent: "other", rule: "custody-head" };
    }
  }
  return { referent: "other", rule: "default" };
}

/** The words before the number, back to the start of its clause (a comma, a colon, "that", "said"). */
function clauseBefore(text: string, start: number): string {
  // A quotation that opens right at the number ('has "no more than 500 fighters"') does not end the clause.
  const window = text.slice(Math.max(0, start - 80), start).replace(/[“"‘][ \u00a0]*$/u, "");
  const cut = /^[\s\S]*(?:[,;:“”"(]|\bthat\b|\bsaid\b|\bsays\b|\bsay\b|\btold\b)/i.exec(window);
  return (cut ? window.slice(cut[0].length) : window).replace(DISGUISE, blank);
}

const blank = (m: string): string => " ".repeat(m.length);

/** "of the Islamic State", "from ISIS" and a parenthetical gloss after the noun belong to the noun phrase, not to its predicate. */
const GROUP_COMPLEMENT = new RegExp(`^\\s+(?:of|from)\\s+(?:the\\s+)?(?:so-called\\s+)?(?:${MILITANT_MARKERS[0]!.pattern}|[Cc]aliphate)(?:\\s+(?:group|organi[sz]ation|terror group))?`);
const PARENTHETICAL = /^\s*\([^()]{0,120}\)/;

/** Where the noun's predicate starts: past "fighters of the Islamic State (a banned group)". */
function skipGroupComplement(text: string, from: number): number {
  let at = from;
  for (let i = 0; i < 3; i++) {
    const rest = text.slice(at, at + 200);
    const m = GROUP_COMPLEMENT.exec(rest) ?? PARENTHETICAL.exec(rest);
    if (!m) break;
    at += m[0].length;
  }
  return at;
}

/** The rest of the clause after the counted noun, up to the next comma, semicolon or sentence end. */
function clauseAfter(text: string, from: number): string {
  // ...and its closing mark does not either ('"no more than 500 fighters" inside Iraq'); nor does a quotation
  // opening right after the noun ('9,000 fighters “being held by the SDF'): the predicate is quoted, not a new clause.
  // An apposition right after the noun ("700 militants, mostly foreigners, are holed up", "300 fighters, most
  // of them foreign recruits, withdrew") is stepped over.
  const rest = text.slice(from);
  const apposition = /^\s*,\s*(?:[A-Za-z\u00C0-\u024F'’-]+\s+){0,5}[A-Za-z\u00C0-\u024F'’-]+\s*,/u.exec(rest);
  const m = /^[^,;:.!?“”"()[\]]{0,140}/.exec((apposition ? rest.slice(apposition[0].length) : rest).replace(/^(\s*)[“”"‘’]/u, "$1 "));
  return m ? m[0] : "";
}
