import { FINITE_VERB, LEADING_ADVERBIAL, NAME_END, ROLE_NOUN, SPEAKER_PRONOUNS } from "./reporting-rules";

/**
 * Reading the noun phrase that names a speaker, around a reporting verb.
 * All functions take the sentence with quotations masked (MASK characters
 * stand in for quoted text) and return offsets relative to it.
 */

const DATELINE = /^(?:[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][\w'’.-]*){0,4}\s*(?:\([^)]{1,30}\)\s*)?|\([A-Z][\w .]{1,25}\)\s*)(?:—|–|--|-)\s*/;
const LEADING_TIME =
  /^(?:In|On|At|By|During|Since|After|Before|Until|Through)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:the\s+)?(?:past|last|same)\s+\w+)\s+(?=(?:the|a|an|[A-Z]))/;

/** Stands in for every quoted character (see maskQuotes). */
export const MASK = "\u0001";

/** A speaker phrase found in a sentence, offsets relative to the sentence. */
export interface SpeakerPhrase {
  start: number;
  end: number;
  /** Appositive or other descriptive words near the name. */
  context: string;
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Comma-separated pieces of `s` between `from` and `to`, trimmed of spaces and dashes. */
function segments(s: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let segStart = from;
  for (let i = from; i <= to; i++) {
    // Commas, brackets and spaced dashes ("The US military — which … — said") delimit the pieces.
    const digitComma = s[i] === "," && /\d/.test(s[i - 1] ?? "") && /\d/.test(s[i + 1] ?? ""); // "11,000"
    if (i === to || (s[i] === "," && !digitComma) || s[i] === "(" || s[i] === ")" || ((s[i] === "—" || s[i] === "–") && (s[i - 1] === " " || s[i + 1] === " "))) {
      let a = segStart;
      let b = i;
      while (a < b && /[\s–—•·▪*-]/.test(s[a]!)) a++;
      // A bracketed piece keeps its bracket, so an acronym in brackets is told from one standing alone.
      if (a > 0 && s[a - 1] === "(") a--;
      while (b > a && /[\s–—-]/.test(s[b - 1]!)) b--;
      if (b > a) out.push({ start: a, end: b, text: s.slice(a, b) });
      segStart = i + 1;
    }
  }
  return out;
}

const looksAppositive = (t: string) =>
  (/^(?:a|an|the|one|commander|head|chief|spokes\w+|director|member|leader|adviser|advisor|former|senior|deputy|who|which|whose|under-secretary|secretary|minister|president|coordinator|envoy|based|headquartered|founded|known|set up|funded|backed|run|affiliated|linked|close to|part of)\b/.test(t) ||
    // An acronym in brackets: "The Centre for … (CSRC), based at …".
    /^\([A-Z][A-Z&.-]{1,9}$/.test(t) ||
    // A capitalised title with its institution: "Under-Secretary-General of the UN Counter-Terrorism Office".
    /^(?:[A-Z][\w-]*\s+){0,3}(?:[A-Z][\w-]*)\s+(?:of|for|at)\s+(?:the\s+)?[A-Z]/.test(t)) &&
  !/^(?:the\s+)?(?:who|which)\s+(?:said|says|told)\b/i.test(t);
const looksNameLike = (t: string) => /^[A-Z\u00C0-\u024F]/.test(t) && !LEADING_ADVERBIAL.test(t) && !FINITE_VERB.test(` ${t}`) && t.split(/\s+/).length <= 8;

/** "Falih Al-Khaza’ali", "US War Secretary Ash Carter": capitalised words and name particles only. */
export function looksPersonName(t: string): boolean {
  const words = t.trim().split(/\s+/);
  return words.length <= 7 && words.every((w) => /^[A-Z\u00C0-\u024F]/.test(w) || /^(?:al|el|bin|ibn|abu|de|van|von|der|la|du)(?:-|$)/.test(w));
}


/** The attribution closes the sentence ("…, Al-Shimary said.", "… told Arab News on condition of anonymity."). */
export function isTrailing(after: string): boolean {
  if (after.includes(MASK) || /[:]/.test(after)) return false;
  if (/\bthat\b/i.test(after)) return false;
  return after.replace(/[\s.!?”"’)]+$/, "").length <= 60;
}

/** The subject of a verb that closes its sentence: read from the verb leftwards ("…, Raqqa, is retaken, a senior official said"). */
export function subjectRightToLeft(s: string, from: number, to: number): SpeakerPhrase | null {
  const segs = segments(s, from, to);
  const last = segs[segs.length - 1];
  if (!last) return null;
  const appositives: Segment[] = [];
  let i = segs.length - 1;
  while (i > 0 && looksAppositive(segs[i]!.text)) {
    appositives.unshift(segs[i]!);
    i--;
  }
  const candidate = segs[i]!;
  // Only a determiner phrase can itself be that speaker; "…, based at …" and "(CSRC)" describe the candidate.
  if (appositives.length > 0 && !looksPersonName(candidate.text) && /^(?:a|an|the|one)\s/i.test(appositives[appositives.length - 1]!.text)) {
    // "…, Raqqa, is retaken, a senior counterterrorism official said": the appositive-looking phrase is the speaker.
    return speakerFrom(s, appositives[appositives.length - 1]!, "");
  }
  // A preposed appositive: "…,” the commander of the Salahuddin Operations Command, Maj. Gen. Ahmed Hasan, told Kurdistan24.
  const preposed = i > 0 && looksPersonName(candidate.text) && /^(?:the|a|an)\s/i.test(segs[i - 1]!.text) && ROLE_NOUN.test(segs[i - 1]!.text) ? [segs[i - 1]!.text] : [];
  return speakerFrom(s, candidate, [...appositives.map((a) => a.text), ...preposed].join(", "));
}

/** The subject of a verb that opens the content it reports: read from the clause start rightwards. */
export function subjectLeftToRight(s: string, from: number, to: number): SpeakerPhrase | null {
  let segs = segments(s, from, to);
  // Drop leading adverbials ("Last weekend", "Earlier this month").
  while (segs.length > 1 && LEADING_ADVERBIAL.test(segs[0]!.text)) segs = segs.slice(1);
  const first = segs[0];
  if (!first) return null;
  const second = segs[1];
  // Preposed appositive: "The spokesperson for the … Command, Brigadier General Yahya Rasoul, is adamant".
  if (second && /^(?:The|the|A|a|An|an)\s/.test(first.text) && looksNameLike(second.text) && ROLE_NOUN.test(first.text)) {
    return speakerFrom(s, second, [first, ...segs.slice(2)].map((x) => x.text).join(", "));
  }
  const rest = segs.slice(1);
  if (rest.length > 0 && rest.every((x) => looksAppositive(x.text))) {
    return speakerFrom(s, first, rest.map((x) => x.text).join(", "));
  }
  // A list subject ("Iraqi security, military and local officials"): keep it whole.
  const whole: Segment = { start: first.start, end: segs[segs.length - 1]!.end, text: s.slice(first.start, segs[segs.length - 1]!.end) };
  const found = speakerFrom(s, whole, "");
  if (found || segs.length < 2) return found;
  // "In a report to the Security Council released on Monday, Secretary-General António Guterres said": the last segment speaks.
  const last = segs[segs.length - 1]!;
  return looksNameLike(last.text) || ROLE_NOUN.test(last.text) || /^(?:the|a|an)\s/i.test(last.text)
    ? speakerFrom(s, last, segs.slice(0, -1).map((x) => x.text).join(", "))
    : null;
}

/**
 * "…according to X", "said X", "citing X": the name runs to the next comma;
 * appositives follow. After a preposition that marks a source ("according
 * to", "citing") any noun phrase is a source ("according to intelligence
 * data"); after an inverted verb it must look like a speaker.
 */
export function nameAfter(s: string, from: number, marked = false): SpeakerPhrase | null {
  const segs = segments(s, from, s.length);
  let first = segs[0];
  if (!first) return null;
  const appositives: string[] = [];
  let rest = segs.slice(1);
  // "said the official, Dildar Hussein, a co-chair of …": the name after a role is the speaker; the role describes them.
  const named = rest[0];
  if (named && /^the\s+(?:[\w-]+\s+){0,2}[a-z]+$/.test(first.text) && ROLE_NOUN.test(first.text) && looksPersonName(named.text)) {
    appositives.push(first.text);
    first = named;
    rest = rest.slice(1);
  }
  for (const seg of rest) {
    if (!looksAppositive(seg.text)) break;
    appositives.push(seg.text);
  }
  return speakerFrom(s, first, appositives.join(", "), true, marked);
}

function speakerFrom(s: string, seg: Segment, context: string, inverted = false, marked = false): SpeakerPhrase | null {
  // eslint-disable-next-line no-control-regex -- MASK marks blanked quotes
  let text = seg.text.replace(/[.!?…”"’\u0001]+$/, "").trimEnd();
  let start = seg.start;
  if (text.startsWith("(")) {
    text = text.slice(1);
    start += 1;
  }
  // A dateline opening the sentence is not part of the name: "CAPITALS — ISIS", "(CNN) -- The US".
  const dateline = DATELINE.exec(text);
  if (dateline && dateline[0].length < text.length) {
    text = text.slice(dateline[0].length);
    start += dateline[0].length;
  }
  // Leading conjunctions and bullets are not part of the name.
  const lead = /^(?:(?:[•·▪*]\s*)?(?:(?:But|And|So|Yet|However|Meanwhile|Still|Also|Now|Though|Although|While|Whereas)\s+)*)/.exec(text);
  if (lead && lead[0].length > 0) {
    text = text.slice(lead[0].length);
    start += lead[0].length;
  }
  // "In 2015 the CIA", "On Monday the ministry": a leading time phrase is not part of the name.
  const time0 = LEADING_TIME.exec(text);
  if (time0 && time0[0].length < text.length) {
    text = text.slice(time0[0].length);
    start += time0[0].length;
  }
  let extra = "";
  const cutters = inverted ? [NAME_END, FINITE_VERB] : [FINITE_VERB];
  for (const re of cutters) {
    const m = re.exec(text);
    if (m && m.index > 0) {
      extra = text.slice(m.index).trim() + (extra ? ` ${extra}` : "");
      text = text.slice(0, m.index);
    }
  }
  // "Iraq on Dec. 9", "The international coalition on January 5th": drop trailing time phrases.
  // A place phrase cut the same way ("A source in the Iraqi army") still says who speaks: keep it as context.
  const time = /\s+(?:on|in|last|this|earlier)\s.*$/i.exec(text);
  let cutContext = "";
  // "A statement on the Amaq news agency": a place or medium, not a time, still says who speaks.
  const where = time && /^\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:day|eve|morning|night|sidelines)|\d))/i.test(time[0]);
  if (time && time.index > 0 && !inverted) {
    cutContext = time[0].trim();
    text = text.slice(0, time.index);
  }
  text = text.trim();
  if (text === "" || text.includes(MASK)) return null;
  const words = text.split(/\s+/);
  if (words.length > 14) return null;
  if (/^(?:in|on|at|during|for|from|to|with|by|of|after|before|since|under|over|into|about|there|this|that|these|those|what|which|it's|when|if|asked)\b/i.test(text)) return null;
  // A pronoun, a name, a role noun, or a short determiner phrase ("a shepherd", "the villager").
  const plausible =
    marked ||
    SPEAKER_PRONOUNS.test(text) || /[A-Z]/.test(text) || ROLE_NOUN.test(text) || /^(?:a|an|the|one|two|three|several|some|many)\s+[\w\s’'-]{1,40}$/i.test(text);
  if (!plausible) return null;
  const fullContext = [context, /^who\b/.test(extra) ? extra : "", /^in\s/i.test(cutContext) || where ? cutContext : ""].filter((x) => x !== "").join(", ");
  return { start, end: start + text.length, context: fullContext };
}
