import type { Attribution, ClaimantType, Evidence } from "../model/types";
import {
  FINITE_VERB,
  LEADING_ADVERBIAL,
  NAME_END,
  REPORTING_VERBS,
  ROLE_NOUN,
  SPEAKER_PRONOUNS,
} from "./attribution-rules";
import { explainClaimant, theatreCues, theatreType, type ClaimantReading } from "./classify-claimant";
import { findQuoteRegions, maskQuotes } from "./find-quote-regions";

/** An attribution with what the resolver needs to refer back to it. */
interface Speaker {
  claimant: string;
  claimantType: ClaimantType;
  tier: 1 | 2 | null;
  evidence: Evidence;
  plural: boolean;
  org: boolean;
  context: string;
}

/** How far before a reporting verb its subject may start. */
const MAX_SUBJECT_SPAN = 400;
const VERB_ALTERNATION = REPORTING_VERBS.map((v) => v.pattern).join("|");
const INVERTING = REPORTING_VERBS.filter((v) => v.inverts).map((v) => v.pattern).join("|");
// Compiled once: it is tested for every reporting verb of every sentence.
const INVERTING_RE = new RegExp(`^(?:${INVERTING})$`, "i");
const VERB_RE = new RegExp(`\\b(?:${VERB_ALTERNATION})\\b`, "g");
const ACCORDING_RE = /\baccording to\s+/gi;
const MASK = "\u0001";

/**
 * Finds who is quoted or credited in each sentence: "…, X said", "X told
 * Y", "according to X", "X estimates", "X says:", "said X, a …", pronouns
 * ("he said", "they estimated") resolved to the last fitting speaker, and
 * bare "the officials said" resolved to the last officials named with an
 * affiliation. Sentences inside a quotation take the quotation's speaker; a
 * paragraph that opens with an unattributed quote continues the previous
 * speaker. At most one attribution per sentence.
 */
export function findAttributions(body: string, sentences: Evidence[]): Attribution[] {
  const regions = findQuoteRegions(body);
  const masked = maskQuotes(body, regions);
  const history: Speaker[] = [];
  const own = new Map<number, Speaker>();
  let articleCues: Map<string, number> | null = null;

  sentences.forEach((sentence, index) => {
    const raw = findSpeaker(body, masked, sentence);
    if (!raw) return;
    const typeOf = (reading: ClaimantReading): ClaimantType => {
      if (!reading.theatreDefault) return reading.type;
      articleCues ??= theatreCues(body);
      return theatreType(theatreCues(body.slice(sentence.start, sentence.end)), articleCues) ?? reading.type;
    };
    const resolved = resolve(raw, history, body, typeOf, body.slice(sentence.start, raw.start));
    if (!resolved) return;
    own.set(index, resolved);
    history.push(resolved);
  });

  // Quotations: every sentence of a quote run takes the run's speaker.
  const byIndex = new Map<number, Speaker>(own);
  const runs = new Map<number, { first: number; sentences: number[] }>();
  for (const r of regions) {
    const entry = runs.get(r.run) ?? { first: r.start, sentences: [] };
    sentences.forEach((s, i) => {
      if (s.start < r.end && s.end > r.start - 1 && !entry.sentences.includes(i)) entry.sentences.push(i);
    });
    runs.set(r.run, entry);
  }
  for (const [runId, run] of runs) {
    const speaker = run.sentences.map((i) => own.get(i)).find((s) => s !== undefined);
    let chosen = speaker;
    if (!chosen) {
      const opener = regions.find((r) => r.run === runId);
      if (opener?.opensParagraph) {
        // A paragraph-opening quote with no attribution continues the last speaker.
        const firstSentence = Math.min(...run.sentences);
        for (let i = firstSentence - 1; i >= 0 && !chosen; i--) chosen = own.get(i);
      } else if (opener) {
        // '"...," X told AFP. "We cannot ..."': a quote right after a quoted, attributed sentence of the same paragraph is the same speaker's.
        const firstSentence = Math.min(...run.sentences);
        const prev = sentences[firstSentence - 1];
        const prevSpeaker = own.get(firstSentence - 1);
        if (prev && prevSpeaker && !body.slice(prev.end, opener.start).includes("\n") && regions.some((r) => r.start >= prev.start && r.end <= prev.end)) chosen = prevSpeaker;
      }
    }
    if (!chosen) continue;
    for (const i of run.sentences) {
      if (byIndex.has(i)) continue;
      const s = sentences[i]!;
      // Only sentences that are mostly quotation inherit the speaker.
      const text = masked.slice(s.start, s.end);
      const quoted = text.split(MASK).length - 1;
      if (quoted < text.length * 0.5) continue;
      byIndex.set(i, chosen);
    }
  }

  return [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([sentenceIndex, s]) => ({ sentenceIndex, claimant: s.claimant, claimantType: s.claimantType, evidence: s.evidence }));
}

interface RawSpeaker {
  /** Offsets of the speaker's words in body. */
  start: number;
  end: number;
  /** Appositive or other descriptive context near the name. */
  context: string;
}

function findSpeaker(body: string, masked: string, sentence: Evidence): RawSpeaker | null {
  const s = masked.slice(sentence.start, sentence.end);
  const base = sentence.start;

  // 1. "according to X[, appositive]"
  ACCORDING_RE.lastIndex = 0;
  const acc = ACCORDING_RE.exec(s);
  if (acc) {
    const from = acc.index + acc[0].length;
    const found = nameAfter(s, from, base);
    if (found) return found;
  }

  VERB_RE.lastIndex = 0;
  for (const m of s.matchAll(VERB_RE)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    // Subjects and the words around the verb sit close to it: bounded windows keep very long sentences linear.
    const windowStart = Math.max(0, verbStart - MAX_SUBJECT_SPAN);
    const before = s.slice(windowStart, verbStart);
    const after = s.slice(verbEnd, verbEnd + 200);
    // "an estimated 5,000", "claimed by the caliphate", "reported attacks": not reporting.
    if (/\b(?:an|the|a)\s+$/i.test(before) || /^\s+by\b/i.test(after)) continue;
    if (/^(?:saying)$/i.test(m[0])) continue;
    // Passives and participles: "is now believed to be", "believed to come from", "was reported".
    if (/\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?$/i.test(before) || /^\s+to\b/i.test(after)) continue;

    // 2. Inverted: "…, said Hisham al-Hashimi, a security analyst …" / "” said X."
    // MASK (\u0001) stands in for quoted text that was blanked out.
    // eslint-disable-next-line no-control-regex
    if (INVERTING_RE.test(m[0]) && /(?:^|[,”"\u0001]\s*)$/.test(before) && /^\s+(?:[A-Z]|(?:a|an|the|one)\s)/.test(after)) {
      const found = nameAfter(s, verbEnd, base);
      // "Hanna, …, said Daesh had honed …": a content clause, not an inverted speaker.
      if (found && !FINITE_VERB.test(` ${s.slice(found.end - base, found.end - base + 12)}`.replace(/^ \s*/, " "))) return found;
    }

    // 3. Subject before the verb.
    const quoteEnd = Math.max(before.lastIndexOf("”"), before.lastIndexOf('"'), before.lastIndexOf(MASK), before.lastIndexOf("»"));
    const leftStart = windowStart + quoteEnd + 1;
    const left = s.slice(leftStart, verbStart);
    if (left.trim() === "") continue;
    const trailing = isTrailing(after) || /^\s*,/.test(after);
    const found = trailing ? subjectRightToLeft(s, leftStart, verbStart, base) : subjectLeftToRight(s, leftStart, verbStart, base);
    if (found) return found;
  }
  return null;
}

/** The attribution closes the sentence ("…, Al-Shimary said.", "… told Arab News on condition of anonymity."). */
function isTrailing(after: string): boolean {
  if (after.includes(MASK) || /[:]/.test(after)) return false;
  if (/\bthat\b/i.test(after)) return false;
  return after.replace(/[\s.!?”"’)]+$/, "").length <= 60;
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

function segments(s: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let segStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || s[i] === ",") {
      let a = segStart;
      let b = i;
      while (a < b && /[\s–—-]/.test(s[a]!)) a++;
      while (b > a && /[\s–—-]/.test(s[b - 1]!)) b--;
      if (b > a) out.push({ start: a, end: b, text: s.slice(a, b) });
      segStart = i + 1;
    }
  }
  return out;
}

const looksAppositive = (t: string) => /^(?:a|an|the|one|commander|head|chief|spokes\w+|director|member|leader|adviser|advisor|former|senior|deputy|who)\b/.test(t);
const looksNameLike = (t: string) => /^[A-Z\u00C0-\u024F]/.test(t) && !LEADING_ADVERBIAL.test(t) && !FINITE_VERB.test(` ${t}`) && t.split(/\s+/).length <= 8;

function subjectRightToLeft(s: string, from: number, to: number, base: number): RawSpeaker | null {
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
  if (appositives.length > 0 && !looksPersonName(candidate.text)) {
    // "…, Raqqa, is retaken, a senior counterterrorism official said": the appositive-looking phrase is the speaker.
    return speakerFrom(s, appositives[appositives.length - 1]!, "", base);
  }
  // A preposed appositive: "…,” the commander of the Salahuddin Operations Command, Maj. Gen. Ahmed Hasan, told Kurdistan24.
  const preposed = i > 0 && looksPersonName(candidate.text) && /^(?:the|a|an)\s/i.test(segs[i - 1]!.text) && ROLE_NOUN.test(segs[i - 1]!.text) ? [segs[i - 1]!.text] : [];
  return speakerFrom(s, candidate, [...appositives.map((a) => a.text), ...preposed].join(", "), base);
}

function subjectLeftToRight(s: string, from: number, to: number, base: number): RawSpeaker | null {
  let segs = segments(s, from, to);
  // Drop leading adverbials ("Last weekend", "Earlier this month").
  while (segs.length > 1 && LEADING_ADVERBIAL.test(segs[0]!.text) && !looksSpeakerHead(segs[0]!.text)) segs = segs.slice(1);
  const first = segs[0];
  if (!first) return null;
  const second = segs[1];
  // Preposed appositive: "The spokesperson for the … Command, Brigadier General Yahya Rasoul, is adamant".
  if (second && /^(?:The|the|A|a|An|an)\s/.test(first.text) && looksNameLike(second.text) && ROLE_NOUN.test(first.text)) {
    return speakerFrom(s, second, [first, ...segs.slice(2)].map((x) => x.text).join(", "), base);
  }
  const rest = segs.slice(1);
  if (rest.length > 0 && rest.every((x) => looksAppositive(x.text))) {
    return speakerFrom(s, first, rest.map((x) => x.text).join(", "), base);
  }
  // A list subject ("Iraqi security, military and local officials"): keep it whole.
  const whole: Segment = { start: first.start, end: segs[segs.length - 1]!.end, text: s.slice(first.start, segs[segs.length - 1]!.end) };
  const found = speakerFrom(s, whole, "", base);
  if (found || segs.length < 2) return found;
  // "In a report to the Security Council released on Monday, Secretary-General António Guterres said": the last segment speaks.
  const last = segs[segs.length - 1]!;
  return looksNameLike(last.text) || ROLE_NOUN.test(last.text) ? speakerFrom(s, last, segs.slice(0, -1).map((x) => x.text).join(", "), base) : null;
}

/** "Falih Al-Khaza’ali", "US War Secretary Ash Carter": capitalised words and name particles only. */
function looksPersonName(t: string): boolean {
  const words = t.trim().split(/\s+/);
  return words.length <= 7 && words.every((w) => /^[A-Z\u00C0-\u024F]/.test(w) || /^(?:al|el|bin|ibn|abu|de|van|von|der|la|du)(?:-|$)/.test(w));
}

function looksSpeakerHead(t: string): boolean {
  return /^(?:Last|This|On|In|At)\b/.test(t) && ROLE_NOUN.test(t) && !/^(?:Last|This|On|In|At)\s+(?:\w+\s+)?(?:week|weekend|month|year|day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(t);
}

/** "…according to X", "said X": the name runs to the next comma; appositives follow. */
function nameAfter(s: string, from: number, base: number): RawSpeaker | null {
  const end = s.length;
  const segs = segments(s, from, end);
  const first = segs[0];
  if (!first) return null;
  const appositives: string[] = [];
  for (const seg of segs.slice(1)) {
    if (!looksAppositive(seg.text)) break;
    appositives.push(seg.text);
  }
  return speakerFrom(s, first, appositives.join(", "), base, true);
}

function speakerFrom(s: string, seg: Segment, context: string, base: number, inverted = false): RawSpeaker | null {
  // eslint-disable-next-line no-control-regex -- MASK marks blanked quotes
  let text = seg.text.replace(/[.!?…”"’\u0001]+$/, "").trimEnd();
  let start = seg.start;
  // Leading conjunctions are not part of the name.
  const lead = /^(?:(?:But|And|So|Yet|However|Meanwhile|Still|Also|Now)\s+)+/.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    start += lead[0].length;
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
  if (time && time.index > 0 && !inverted) {
    cutContext = time[0].trim();
    text = text.slice(0, time.index);
  }
  text = text.trim();
  if (text === "" || text.includes("\u0001")) return null;
  const words = text.split(/\s+/);
  if (words.length > 14) return null;
  if (/^(?:in|on|at|during|for|from|to|with|by|of|after|before|since|under|over|into|about|there|this|that|these|those|what|which|it's)\b/i.test(text)) return null;
  // A pronoun, a name, a role noun, or a short determiner phrase ("a shepherd", "the villager").
  const plausible =
    SPEAKER_PRONOUNS.test(text) || /[A-Z]/.test(text) || ROLE_NOUN.test(text) || /^(?:a|an|the|one|two|three|several|some|many)\s+[\w\s’'-]{1,40}$/i.test(text);
  if (!plausible) return null;
  const fullContext = [context, /^who\b/.test(extra) ? extra : "", /^in\s/i.test(cutContext) ? cutContext : ""].filter((x) => x !== "").join(", ");
  return { start: base + start, end: base + start + text.length, context: fullContext };
}

const BARE_INSTITUTION = /^the\s+(?:agency|service|ministry|command|directorate|force|forces|cell|department|office|authorities|administration|militia)$/i;
const DOCUMENT_NOUN = /^the\s+(?:statement|report|communiqu[eé]|release|press release|announcement)$/i;
const GENERIC_DEFINITE = /^the\s+(?:[\w-]+\s+){0,3}?(officials?|officers?|sources?|commanders?|spokes(?:man|woman|person)|analysts?|experts?|agency|ministry)$/i;

function resolve(raw: RawSpeaker, history: Speaker[], body: string, typeOf: (r: ClaimantReading) => ClaimantType, sentenceBefore = ""): Speaker | null {
  const name = body.slice(raw.start, raw.end);
  const evidence: Evidence = { start: raw.start, end: raw.end, text: name };
  if (SPEAKER_PRONOUNS.test(name)) {
    const p = name.toLowerCase();
    let fit: Speaker | null = null;
    for (let i = history.length - 1; i >= 0 && !fit; i--) {
      const h = history[i]!;
      const ok = p === "he" || p === "she" ? !h.plural && !h.org : p === "it" ? h.org : h.plural || h.org;
      if (ok) fit = h;
    }
    if (p === "he" || p === "she") {
      // A person introduced with an appositive but never quoted yet ("Ahmed Jaber, a security analyst, has tracked …").
      const introduced = lastIntroducedPerson(body, raw.start);
      if (introduced && (!fit || introduced.start > fit.evidence.start)) {
        const reading = explainClaimant(introduced.name, introduced.context);
        return { claimant: introduced.name, claimantType: typeOf(reading), tier: reading.tier, evidence, plural: false, org: false, context: introduced.context };
      }
    }
    if (fit) return { ...fit, evidence };
    return p === "we" ? null : { claimant: name, claimantType: "unknown", tier: null, evidence, plural: p === "they", org: p === "it", context: "" };
  }
  let context = raw.context;
  if (context === "" && isProperName(name)) context = contextOfFirstMention(body, name, raw.start);
  const reading = explainClaimant(name, context);
  const speaker: Speaker = {
    claimant: name,
    claimantType: typeOf(reading),
    tier: reading.tier,
    evidence,
    plural: isPlural(name),
    org: isOrg(name),
    context,
  };
  // "the officials said", "the official said": the officials last named with an affiliation.
  const generic = GENERIC_DEFINITE.exec(name);
  if (generic && reading.tier !== 1) {
    const headStem = generic[1]!.toLowerCase().replace(/s$/, "");
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.tier === 1 && h.plural === speaker.plural && new RegExp(`\\b${headStem}s?\\b`, "i").test(h.claimant)) return { ...h, evidence, plural: speaker.plural };
    }
  }
  // "The Counter-Terrorism Service killed nine …, the service said": a bare institution noun names the sentence's subject.
  if (BARE_INSTITUTION.test(name)) {
    const subject = /^[^,;:]{0,80}/.exec(sentenceBefore)![0];
    const r = explainClaimant(subject);
    if (r.tier === 1 && r.type !== "media_other") return { ...speaker, claimantType: typeOf(r), tier: r.tier, org: true, plural: false };
  }
  // "the command said", "the statement said", "the report said": the institution last credited by name.
  if ((BARE_INSTITUTION.test(name) || DOCUMENT_NOUN.test(name)) && reading.tier !== 1) {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.tier === 1 && h.org) return { ...h, evidence };
    }
  }
  // A surname alone ("Al-Shimary said"): reuse what the first mention said about them.
  if (reading.tier !== 1 && isProperName(name)) {
    const key = surname(name);
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (h.tier === 1 && surname(h.claimant) === key) return { ...h, claimant: h.claimant, evidence };
    }
  }
  return speaker;
}

const APPOSITIVE_AFTER = new RegExp(`^,\\s+(?!(?:${VERB_ALTERNATION})\\b)([^,.;:“”"]+(?:,\\s+(?:one of|a|an|the)\\s[^,.;:“”"]+)?)`);

const INTRODUCED_PERSON =
  /(?<![\w-])((?:[A-Z][\w’'-]+\.?|(?:al|el)-[A-Z][\w’'-]+)(?:\s+(?:[A-Z][\w’'-]+\.?|(?:al|el|bin|abu)-?[A-Z]?[\w’'-]*)){1,4}),\s+((?:a|an|the)\s[^,.;:“”"]{3,120})/g;

/** The last "Firstname Lastname, a/an/the …" before `before`: the person a later "he"/"she" most likely means. */
function lastIntroducedPerson(body: string, before: number): { name: string; context: string; start: number } | null {
  const window = body.slice(Math.max(0, before - 1500), before);
  const offset = Math.max(0, before - 1500);
  let last: { name: string; context: string; start: number } | null = null;
  for (const m of window.matchAll(INTRODUCED_PERSON)) {
    const name = m[1]!;
    if (/^(?:The|A|An|But|And|In|On|At|Last|This|Earlier)\b/.test(name)) continue;
    last = { name, context: m[2]!, start: offset + m.index };
  }
  return last;
}

function isProperName(name: string): boolean {
  return /^(?:[A-Z\u00C0-\u024F]|(?:al|el)-[A-Z])/.test(name) && !/^(?:The|A|An)\s/.test(name) && name.split(/\s+/).length <= 6;
}

function surname(name: string): string {
  const last = name.trim().split(/\s+/).pop() ?? "";
  return last.toLowerCase().replace(/^(?:al|el)[-‐]/, "").replace(/[’']/g, "");
}

/** The appositive around a name's first mention in the body ("Mohammed Al-Shimary, an artillery battalion commander …"). */
function contextOfFirstMention(body: string, name: string, fallback: number): string {
  const key = name.trim().split(/\s+/).pop() ?? name;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[’']/g, "[’']");
  const m = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "i").exec(body);
  const at = m ? m.index : fallback;
  const after = body.slice(at + key.length, at + key.length + 200);
  // The appositive, unless the name is followed by its own reporting verb (", told Kurdistan24").
  const ap = APPOSITIVE_AFTER.exec(after);
  const sentenceStart = Math.max(body.lastIndexOf("\n", at), body.lastIndexOf(". ", at)) + 1;
  const before = body.slice(sentenceStart, at);
  const pre = /(?:^|,\s*)((?:[Tt]he|[Aa]n?)\s[^,]+),\s*(?:[A-Z][\w.’'-]*\s+){0,5}$/.exec(before);
  return [ap?.[1], pre?.[1], before.slice(-60)].filter((x): x is string => x !== undefined && x !== "").join(", ");
}

function isPlural(name: string): boolean {
  if (/\band\b/.test(name)) return true;
  const last = name.trim().split(/\s+/).pop() ?? "";
  return /^[a-z]+s$/.test(last) && !/ss$/.test(last);
}

function isOrg(name: string): boolean {
  return /\b(?:coalition|ministry|Ministry|government|Government|army|Army|military|command|Command|council|Council|agency|department|Department|Pentagon|UN|United Nations|office|service|Service|cell|Cell|group|organi[sz]ation|Iraq|Syria|Baghdad|Damascus|Washington|SDF|PMU|Hashd|Peshmerga|KRG|statement|report)\b/.test(name) && !isPlural(name);
}
