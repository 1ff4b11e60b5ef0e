import type { Span } from "../model/types";
import { NON_NAME_WORDS, PERSON_TITLES } from "./name-lexicon";

/** A person named in a sentence, with what the sentence says about them. */
export interface PersonMention {
  /** The name alone ("Joseph Votel"), offsets relative to the searched text. */
  name: Span & { text: string };
  /** Titles and roles written before the name in the same phrase ("US Army Gen."). */
  premodifier: string;
  /** Appositives and copular descriptions ("the head of US Central Command"). */
  descriptors: string[];
  /** The mention opens its sentence or clause: it is what the clause is about. */
  subject: boolean;
}

const NAME_WORD = "(?:[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F’'-]*\\.?|(?:al|el|bin|ibn|abu|de|van|von|der|du|da)-?[A-Z]?[\\w\\u00C0-\\u024F’'-]*)";
// Runs of capitalised words (and name particles), with "of"/"for"/"the" allowed inside so a
// premodifier like "Press Secretary for the US Department of Defense" stays in one run.
const RUN = new RegExp(`${NAME_WORD}(?:\\s+(?:(?:of|for|the|and)\\s+)?${NAME_WORD})*`, "g");
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|van|von|der|du|da)(?:-|$)/i;
const APPOSITIVE_AFTER = /^,\s+((?:a|an|the|one of the|one of|who (?:is|was|heads|led|leads|commands))\s[^,.;:“”"()]{3,140}|(?:[A-Z][\w-]*\s+){0,3}(?:spokes(?:man|woman|person)|commander|head|chief|director|minister|secretary|under-secretary|secretary-general|coordinator|envoy|governor|mayor|leader|member|adviser|advisor)\b[^,.;:“”"()]{0,140})(?=[,.;:]|$)/i;
const COPULAR_AFTER = /^\s+(?:is|was|has been|had been|serves as|served as)\s+((?:a|an|the)\s[^,.;:“”"()]{3,140})|^\s+((?:commands|heads|leads|directs|chairs|runs|oversees|commanded|headed|led)\s[^,.;:“”"()]{3,140})/;
const INNER_TITLE = /^(?:Sheikh|Shaikh|Mullah|Sayyid|Sayed)$/;
const PREPOSED_BEFORE = /(?:^|[,;:]\s*|\b(?:and|but|while)\s+)((?:[Tt]he|[Aa]n?)\s[^,;:“”"()]{3,120}),\s*$/;
const ROLE_HEAD = /\b(?:spokes(?:man|woman|person)|commander|head|chief|director|minister|secretary|general|colonel|officer|official|coordinator|envoy|governor|mayor|leader|president|premier|ambassador|adviser|advisor|judge|analyst|expert|researcher|fellow|professor|speaker)\b/i;

/**
 * Finds the people a sentence names ("Defense Department spokesman Eric
 * Pahon", "Gen Qais Al Mohamadawi", "Vladimir Voronkov, Under-Secretary-General
 * of the UN Counter-Terrorism Office, …", "Votel is the head of US Central
 * Command") with the roles the sentence gives them. A run of capitalised
 * words counts as a name when it ends in at least two name words, or one
 * after a title; its leading role words are the premodifier.
 */
export function findPersonMentions(sentence: string): PersonMention[] {
  const out: PersonMention[] = [];
  RUN.lastIndex = 0;
  for (const m of sentence.matchAll(RUN)) {
    // A single capitalised word is never a name by itself here (a title and a name make two words).
    if (!/\s/.test(m[0])) continue;
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ text: w[0], start: m.index + w.index }));
    // The name is the longest tail of name words; a role, place or organisation word ends it.
    let k = words.length;
    // "Jaafar Sheikh Mustafa": a title between two name words belongs to the name.
    while (k > 0 && (isNameWord(words[k - 1]!.text) || (k > 1 && k < words.length && INNER_TITLE.test(words[k - 1]!.text) && isNameWord(words[k - 2]!.text)))) k--;
    const nameWords = words.slice(k);
    const proper = nameWords.filter((w) => !PARTICLE.test(w.text) || /-[A-Z]/.test(w.text));
    const before = words.slice(0, k).map((w) => w.text);
    const titled = before.length > 0 && PERSON_TITLES.test(before[before.length - 1]!);
    if (proper.length === 0 || (proper.length < 2 && !titled)) continue;
    // A connector is never the first word of a name ("of Defense John Kirby" keeps "John Kirby").
    while (nameWords.length > 0 && /^(?:of|for|the|and)$/i.test(nameWords[0]!.text)) nameWords.shift();
    // "Centre for Conflict Research", "Ministry of Peshmerga Affairs": after "for"/"of" the capitals name an institution.
    if (k > 0 && /^(?:of|for)$/i.test(words[k - 1]!.text)) continue;
    const first = nameWords[0];
    const last = nameWords[nameWords.length - 1];
    if (!first || !last) continue;
    const start = first.start;
    const end = last.start + last.text.replace(/[.,]$/, "").length;
    const windowStart = Math.max(0, words[0]!.start - 60);
    const premodifier = [lowerPremodifier(sentence.slice(windowStart, words[0]!.start), windowStart > 0), before.join(" ").replace(/\s+(?:of|for|the|and)$/i, "")]
      .filter((x) => x !== "")
      .join(" ");
    const descriptors: string[] = [];
    const after = sentence.slice(end);
    const ap = APPOSITIVE_AFTER.exec(after);
    if (ap) descriptors.push(ap[1]!.trim());
    const cop = COPULAR_AFTER.exec(after);
    if (cop && (cop[2] !== undefined || ROLE_HEAD.test(cop[1]!))) descriptors.push((cop[1] ?? cop[2]!).trim());
    const runStart = words[0]!.start;
    const pre = PREPOSED_BEFORE.exec(sentence.slice(Math.max(0, runStart - 160), runStart));
    if (pre && ROLE_HEAD.test(pre[1]!)) descriptors.push(pre[1]!.trim());
    const lead = sentence.slice(0, runStart);
    const subject = /^[\s"“‘•·*-]*(?:(?:But|And|However|Meanwhile|Still|Also|Now|Later|Earlier|Separately)[,\s]+)?$/.test(lead) || /[;:]\s*$/.test(lead) || (pre !== null && /^\s*$/.test(sentence.slice(0, Math.max(0, runStart - pre[0].length))));
    out.push({ name: { start, end, text: sentence.slice(start, end) }, premodifier, descriptors, subject });
  }
  return out;
}

const PREMODIFIER_STOP = /^(?:the|a|an|said|says|say|told|tells|according|to|of|by|for|with|and|or|but|in|on|at|from|as|that|who|which|while|when|was|is|were|are|has|have|had|his|her|their|its|our|also|then|now|citing|quoting|quoted)$/i;
const ROLE_LAST = /^(?:spokes(?:man|woman|person)|commander|chief|director|minister|secretary|general|official|officer|envoy|ambassador|coordinator|governor|mayor|leader|president|premier|adviser|advisor|judge|analyst|expert|researcher|fellow|professor|specialist|scholar|lawmaker|MP|deputy|head)$/i;

/** Lower-case role words written right before a name ("security expert Fadhel …", "US envoy Brett …"). */
function lowerPremodifier(before: string, cut: boolean): string {
  const words = before.split(/\s+/).filter((w) => w !== "");
  if (cut) words.shift(); // a word the window may have cut
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 5; i--) {
    const w = words[i]!;
    if (PREMODIFIER_STOP.test(w) || /[,;:.!?”"(]$/.test(w)) break;
    kept.unshift(w);
  }
  return kept.length > 0 && ROLE_LAST.test(kept[kept.length - 1]!) ? kept.join(" ") : "";
}

function isNameWord(word: string): boolean {
  const bare = word.replace(/(?:'s|’s)$/, "").replace(/[.,]$/, "");
  if (PARTICLE.test(bare)) return true;
  if (!/^[A-Z\u00C0-\u00DE]/.test(bare)) return false;
  if (/^[A-Z]{2,}$/.test(bare) || /^(?:[A-Z]\.){2,}$/.test(word)) return false; // acronyms: US, UN, SDF, U.S.
  return !NON_NAME_WORDS.has(bare.toLowerCase()) && !bare.split("-").some((part) => NON_NAME_WORDS.has(part.toLowerCase()));
}
