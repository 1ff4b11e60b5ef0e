import { anyMatcher, matchAllOf } from "../text/match-all";
import { ACTOR_LEXICON, type ActorSide } from "./actor-lexicon";

/** How far back (in characters) the subject of a trigger verb is looked for. */
const SUBJECT_WINDOW = 100;
/** How far after a passive verb the "by <agent>" phrase is looked for. */
const AGENT_WINDOW = 60;

interface ActorHit {
  side: ActorSide;
  start: number;
  end: number;
}

// One scan rules out windows naming no actor before the per-rule scans.
const ANY_ACTOR = anyMatcher(ACTOR_LEXICON.map((r) => r.pattern));

function actorsIn(text: string): ActorHit[] {
  const hits: ActorHit[] = [];
  if (!ANY_ACTOR(text)) return hits;
  for (const rule of ACTOR_LEXICON) {
    for (const m of matchAllOf(rule.pattern, text)) hits.push({ side: rule.side, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The hit starting first; on a tie the longer one. */
function first(hits: ActorHit[]): ActorHit | undefined {
  return hits.reduce<ActorHit | undefined>((best, h) => {
    if (!best) return h;
    if (h.start < best.start) return h;
    if (h.start === best.start && h.end - h.start > best.end - best.start) return h;
    return best;
  }, undefined);
}

/**
 * A cheap guess at who performs the verb at `[start, end)` of `sentence`:
 * for a passive ("was ambushed by gunmen") the agent after "by", otherwise
 * the nearest actor noun before the verb in the same clause. Returns null
 * when there is none (pronouns, agentless passives: "we've been attacked").
 */
export function findActor(sentence: string, start: number, end: number): ActorSide | null {
  // A noun trigger with its agent right after it: "an ambush by Daesh terrorists", "an attack carried out by ISIS".
  const agentAfter = AGENT_AFTER_NOUN.exec(sentence.slice(end, end + AGENT_WINDOW));
  if (agentAfter) {
    const agent = first(actorsIn(sentence.slice(end + agentAfter[0].length, end + AGENT_WINDOW + 20)).filter((h) => h.start < 40));
    if (agent) return agent.side;
  }
  const source = SOURCE_AFTER_NOUN.exec(sentence.slice(end, end + AGENT_WINDOW));
  if (source) {
    const from = end + source[0].length;
    const agent = first(actorsIn(sentence.slice(from, from + AGENT_WINDOW)).filter((h) => h.start < SOURCE_REACH));
    if (agent) return agent.side;
  }
  const before = sentence.slice(Math.max(0, start - SUBJECT_WINDOW), start);
  const passive = /\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+\s+)?$/i.test(before);
  if (passive) {
    const after = sentence.slice(end, end + AGENT_WINDOW);
    const by = /^[^.;]*?\bby\s+/i.exec(after);
    if (!by) return null;
    const agent = first(actorsIn(after.slice(by[0].length)).filter((h) => h.start < 40));
    return agent?.side ?? null;
  }
  // Stop at a clause break that cannot belong to the subject of this verb.
  const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"));
  const clause = clauseStart >= 0 ? before.slice(clauseStart + 1) : before;
  // The last actor noun that is not an object; most clauses need one test.
  const hits = actorsIn(clause).sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
  for (const h of hits) if (!isObject(clause, h)) return h.side;
  return null;
}

const AGENT_AFTER_NOUN = /^[ \u00a0]+(?:(?:carried out|claimed|launched|staged|mounted|conducted)[ \u00a0]+)?by[ \u00a0]+/iu;
// "from" names the shooter only when the actor follows at once ("mortar fire from the army"), not in "fire from a car on a police patrol".
const SOURCE_AFTER_NOUN = /^[ \u00a0]+from[ \u00a0]+/iu;
const SOURCE_REACH = 16;

// The actor noun is the object of an earlier verb or preposition, i.e. the
// victim or target, not the subject: "killed eight members of the ... Forces",
// "targeted an army patrol", "attacks on Iraqi army vehicles". Conjunctions
// and relative pronouns end the phrase ("attacked the post and troops ...").
const OBJECT_LEAD = new Set([
  "killed", "killing", "kill", "wounded", "wounding", "injured", "injuring", "targeted", "targeting", "attacked", "attacking",
  "ambushed", "ambushing", "hit", "struck", "striking", "on", "at", "against", "toward", "towards", "transporting", "carrying",
  "overrun", "overran", "overrunning", "stormed", "storming", "raided", "raiding", "besieged", "besieging", "shelled", "shelling",
  "bombed", "abducted", "abducting", "kidnapped", "kidnapping", "assassinated", "assassinating", "executed", "executing",
  "murdered", "murdering", "beheaded", "beheading",
]);
const PHRASE_BREAK = new Set(["and", "but", "while", "as", "who", "which", "that", "before", "after", "when"]);
const MAX_OBJECT_WORDS = 7;

// "Several soldiers were wounded in the ambush": the subject of a passive of harm is the victim,
// also in the reduced passive of headlines and lists ("20 militants killed in the raid").
const PASSIVE_VICTIM_AFTER =
  /^[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:(?:was|were|had been|have been|has been|are|is)[ \u00a0]+(?:\w+[ \u00a0]+)?(?:killed|wounded|injured|hurt|martyred|kidnapped|abducted|targeted|attacked|ambushed|hit)\b|(?:killed|wounded|injured|captured|arrested|detained)[ \u00a0]+(?:in|during|by|when|while|after)\b)/iu;
// "suspects with links to the ISIS group": the group is named as an affiliation, not as the actor.
const AFFILIATION_BEFORE = /\b(?:links?|ties|connections?|affiliat\w*|belonging|loyal(?:ty)?|allegiance|linked|connected|tied)[ \u00a0]+(?:to|with)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{L}-]+\/)?$/iu;

function isObject(clause: string, hit: ActorHit): boolean {
  if (PASSIVE_VICTIM_AFTER.test(clause.slice(hit.end)) || AFFILIATION_BEFORE.test(clause.slice(Math.max(0, hit.start - 40), hit.start))) return true;
  // Walk back over at most MAX_OBJECT_WORDS words before the actor noun.
  const words = clause.slice(Math.max(0, hit.start - 90), hit.start).split(/[ \u00a0]+/u).filter(Boolean);
  for (let k = 0; k <= MAX_OBJECT_WORDS && k < words.length; k++) {
    const w = words[words.length - 1 - k]!.toLowerCase();
    if (OBJECT_LEAD.has(w)) return true;
    if (PHRASE_BREAK.has(w) || /[,;:]$/u.test(w)) return false;
  }
  return false;
}
