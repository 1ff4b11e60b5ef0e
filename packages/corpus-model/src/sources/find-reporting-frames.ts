import type { Evidence, Span } from "../model/types";
import { FINITE_VERB, PASSIVE_REPORTING, REPORTING_VERBS, SOURCE_PHRASES } from "./reporting-rules";
import { isTrailing, MASK, nameAfter, subjectLeftToRight, subjectRightToLeft, type SpeakerPhrase } from "./read-speaker-phrase";
import type { FramePattern, ReportingFrame } from "./reporting-frame";

/** How far before a reporting verb its subject may start. */
const MAX_SUBJECT_SPAN = 400;
const VERB_ALTERNATION = REPORTING_VERBS.map((v) => v.pattern).join("|");
const INVERTING = REPORTING_VERBS.filter((v) => v.inverts).map((v) => v.pattern).join("|");
// Compiled once: they run on every sentence of every article.
const INVERTING_RE = new RegExp(`^(?:${INVERTING})$`, "i");
const VERB_RE = new RegExp(`\\b(?:${VERB_ALTERNATION})\\b`, "g");
const ACCORDING_RE = /\baccording to\s+/gi;
const CITING_RE = /\b(?:citing|quoting)\s+/gi;
const WITH_SAYING_RE = /\bwith\s+((?:the\s+|some\s+|other\s+)?(?:[A-Z][\w.’'-]*\s+|[a-z][\w-]*\s+){0,4}(?:officials?|officers?|sources?|commanders?|spokes\w+|analysts?|experts?|monitors?|authorities|[A-Z][\w.’'-]*))\s+(saying|estimating|warning|claiming|insisting|putting)\b/g;
const QUOTED_AS_RE = /\b(quoted|cited)\s+(.{2,120}?)\s+as\s+(?:saying|stating|telling|reporting)\b/gi;
const PASSIVE_RE = new RegExp(PASSIVE_REPORTING, "gi");
const PASSIVE_BY = /^[^,;:]{0,40}?\bby\s+/i;
const SOURCE_PHRASE_RES = SOURCE_PHRASES.map((p) => ({ rule: p, re: new RegExp(p.pattern, "g") }));
const SOURCE_PHRASE_HEADS = /estimate|assessment|figure|count|tall|data|report|reckoning|calculation|numbers|words|statistics/i;
const PASSIVE_CUE = /\b(?:believed|thought|estimated|said|reported|understood|assessed|reckoned|feared|expected|claimed|alleged|rumou?red|suspected|put|pegged|placed)\b/i;
/** "Sheikh Jaafar: …", "Rudaw: …": a short capitalised label and a colon opening a paragraph. */
const SPEAKER_LABEL = /^((?:[A-Z][\w.’'-]*)(?:\s+(?:[A-Z][\w.’'-]*|al-[A-Z][\w’'-]*|bin|ibn)){0,3}):\s+["“]?[A-Z]/;
/** Labels that open page furniture or a section, not a speaker's answer. */
const LABEL_STOP =
  /^(?:Related|Source|Sources|Photo|Photos|Image|Video|Watch|Note|Update|Updated|Editor|Editors|Read|Read More|Also|Tags|Share|Comments|Summary|Overview|Abstract|Background|Analysis|Breaking|Breaking News|Caption|File|Exclusive|EXCLUSIVE|Opinion|Correction|Disclaimer|Q|A|Question|Answer|Date|Published|Posted|By|Location|Dateline|Key|Highlights|Timeline|Context|Methodology|Warning|Trigger Warning|Subscribe|Advertisement|Latest|More|Topics|Keywords|Category|Section|Headline|Title|Length|Byline|Load-Date|Language|Graphic|Notes?)$/i;
/** The named outlet or agency after "told" ("told SANA", "told the Kurdistan24 channel"). */
const TOLD_OUTLET = /^\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:(?:'s|’s)\s+(?:reporter|correspondent|journalist|office|bureau|website))?)(?=\s+(?:that|on|in|by|late|earlier|last|this|via)\b|\s*[,.;:]|$)/;
/** A clause that starts afresh inside a sentence: the subject of a later verb starts after it. */
const CLAUSE_OPENER = /(?:[,;]\s*|\s)(?:while|whereas|though|although|but|and|as|because|since|adding|before|after|when)\s+(?=[^,;]*$)/gi;

/**
 * Finds every reporting frame of every sentence: "according to X", "X
 * said/told/estimated …", "…, X said", "…, said X", "…, citing X", "X quoted Y
 * as saying", noun phrases that name a source ("X's estimate", "estimates by
 * X") and passives that name nobody ("is believed to"). Quoted text is masked
 * first, so speech verbs inside quotations are not read as frames. Each frame
 * carries the part of the sentence it attributes (its scope).
 */
export function findReportingFrames(masked: string, sentences: readonly Evidence[]): ReportingFrame[] {
  const out: ReportingFrame[] = [];
  let label: { speaker: Evidence; paragraphEnd: number } | null = null;
  sentences.forEach((sentence, index) => {
    // A transcript's speaker label covers its paragraph: "Sheikh Jaafar: …".
    const opensParagraph = /(?:^|\n)[ \t]*$/.test(masked.slice(Math.max(0, sentence.start - 200), sentence.start));
    if (opensParagraph) {
      label = null;
      const m = SPEAKER_LABEL.exec(masked.slice(sentence.start, sentence.end));
      // Page furniture in capitals ("BYLINE:", "DATELINE:") is not a speaker; a short acronym ("UN:") may be.
      if (m && !LABEL_STOP.test(m[1]!) && !/^[A-Z]{5,}$/.test(m[1]!)) {
        const paragraphEnd = masked.indexOf("\n", sentence.start);
        label = { speaker: at(sentence, 0, m[1]!.length), paragraphEnd: paragraphEnd < 0 ? masked.length : paragraphEnd };
      }
    }
    if (label && sentence.start < label.paragraphEnd) {
      out.push({ sentenceIndex: index, pattern: "label", speaker: label.speaker, context: "", cue: label.speaker, scope: { start: sentence.start, end: sentence.end } });
    }
    const s = masked.slice(sentence.start, sentence.end);
    const raw = framesIn(s);
    const frames = withScopes(raw, s.length);
    for (const f of frames) {
      out.push({
        sentenceIndex: index,
        pattern: f.pattern,
        speaker: at(sentence, f.speaker.start, f.speaker.end),
        context: f.speaker.context,
        cue: at(sentence, f.cue.start, f.cue.end),
        scope: { start: sentence.start + f.scope.start, end: sentence.start + f.scope.end },
        ...(f.relay ? { relay: at(sentence, f.relay.start, f.relay.end) } : {}),
      });
    }
  });
  return out;
}

function at(sentence: Evidence, start: number, end: number): Evidence {
  return { start: sentence.start + start, end: sentence.start + end, text: sentence.text.slice(start, end) };
}

/** A frame in sentence-relative offsets, before its scope is known. */
interface RawFrame {
  pattern: FramePattern;
  speaker: SpeakerPhrase;
  cue: Span;
  /** The content lies after the cue ("X said that …") rather than before the speaker ("…, X said"). */
  leading: boolean;
  relay?: Span;
}

function framesIn(s: string): RawFrame[] {
  const frames: RawFrame[] = [];
  const taken = (start: number, end: number) => frames.some((f) => f.speaker.start < end && start < f.speaker.end);

  for (const m of s.matchAll(ACCORDING_RE)) {
    const found = nameAfter(s, m.index + m[0].length, true);
    if (!found) continue;
    // "According to X, …" opens the sentence; "…, according to X." closes it.
    const opens = s.slice(0, m.index).trim().split(/\s+/).filter((w) => /\w/.test(w)).length <= 3;
    frames.push({ pattern: "according-to", speaker: found, cue: { start: m.index, end: m.index + m[0].trimEnd().length }, leading: opens });
  }
  for (const m of s.matchAll(QUOTED_AS_RE)) {
    const from = m.index + m[0].indexOf(m[2]!);
    const found = nameAfter(s.slice(0, from + m[2]!.length), from);
    if (!found || taken(found.start, found.end)) continue;
    // The subject of "quoted" relays the quoted source: "SANA quoted local sources as saying …".
    const relay = subjectRightToLeft(s, Math.max(0, m.index - 120), m.index);
    frames.push({ pattern: "quoted-as", speaker: found, cue: { start: m.index, end: m.index + m[1]!.length }, leading: true, ...(relay ? { relay: { start: relay.start, end: relay.end } } : {}) });
  }

  let leftBound = 0;
  for (const m of s.matchAll(VERB_RE)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const windowStart = Math.max(0, verbStart - MAX_SUBJECT_SPAN, leftBound);
    const before = s.slice(windowStart, verbStart);
    const after = s.slice(verbEnd, verbEnd + 200);
    if (!isReportingUse(m[0], before, after)) continue;

    // Inverted: "…, said Hisham al-Hashimi, a security analyst …" / "” said X."
    // eslint-disable-next-line no-control-regex -- MASK stands in for quoted text
    if (INVERTING_RE.test(m[0]) && /(?:^|[,”"\u0001]\s*)$/.test(before) && /^\s+(?:[A-Z]|(?:a|an|the|one)\s)/.test(after)) {
      const found = nameAfter(s, verbEnd);
      // "Hanna, …, said Daesh had honed …": a content clause, not an inverted speaker.
      if (found && !FINITE_VERB.test(` ${s.slice(found.end, found.end + 12)}`.replace(/^ \s*/, " ")) && !taken(found.start, found.end)) {
        frames.push({ pattern: "inverted", speaker: found, cue: { start: verbStart, end: verbEnd }, leading: false });
        leftBound = found.end;
        continue;
      }
    }

    // "The SDF says it holds 10,000 suspects, and warns that …": a coordinated verb shares the subject,
    // and the frame before it already covers what follows.
    if (/(?:,\s*|\s)(?:and|but|or|yet)\s+(?:(?:also|then|later|repeatedly|again)\s+)?$/i.test(before) && frames.some((f) => f.pattern === "subject" || f.pattern === "inverted")) continue;
    // Subject before the verb, from the last quotation or clause opener on.
    // A colon ends a clause too ("Sheikh Jaafar: Our information says …").
    const quoteEnd = Math.max(before.lastIndexOf("”"), before.lastIndexOf('"'), before.lastIndexOf(MASK), before.lastIndexOf("»"), before.lastIndexOf(": "));
    let leftStart = windowStart + quoteEnd + 1;
    CLAUSE_OPENER.lastIndex = 0;
    let opener: RegExpExecArray | null = null;
    for (const o of s.slice(leftStart, verbStart).matchAll(CLAUSE_OPENER)) opener = o as RegExpExecArray;
    // "… are hesitant to give numbers but estimate that …": an opener with nothing after it shares the main subject.
    if (opener && s.slice(leftStart + opener.index + opener[0].length, verbStart).trim() !== "") leftStart += opener.index + opener[0].length;
    const left = s.slice(leftStart, verbStart);
    if (left.trim() === "") continue;
    // "…, the SDF said on Friday, a claim Ankara dismissed as “disinformation”": what follows the
    // first comma after the verb is an appositive, not the content of what was said.
    const firstChunk = /^[^,]*/.exec(after)![0];
    // eslint-disable-next-line no-control-regex -- MASK stands in for quoted text
    const trailing = isTrailing(after) || /^\s*,/.test(after) || (firstChunk.length <= 30 && !/\bthat\b|[:\u0001“"]/.test(firstChunk) && /^,\s+(?:a|an|which|who|the)\s/.test(after.slice(firstChunk.length)) && /[,”"\u0001]\s*[^,]{0,80}$/.test(left));
    const found = trailing ? subjectRightToLeft(s, leftStart, verbStart) : subjectLeftToRight(s, leftStart, verbStart);
    if (!found || taken(found.start, found.end)) continue;
    // "…, the ministry said." reports what precedes it; "The ministry said 200 militants …" what follows.
    // eslint-disable-next-line no-control-regex -- MASK stands in for quoted text
    const contentBefore = /[,”"\u0001:)]\s*$/.test(s.slice(0, found.start)) && /\w/.test(s.slice(0, found.start));
    // "Local sources told SANA that …": the outlet told is the relay of a source that says nothing about itself.
    const told = /^(?:told|tells|tell)$/i.test(m[0]) ? TOLD_OUTLET.exec(after) : null;
    const relay = told ? { start: verbEnd + told.index + told[0].length - told[1]!.length, end: verbEnd + told.index + told[0].length } : undefined;
    frames.push({ pattern: "subject", speaker: found, cue: { start: verbStart, end: verbEnd }, leading: !(trailing && contentBefore), ...(relay ? { relay } : {}) });
    leftBound = verbEnd;
  }

  // "…, with American officials saying only a few hundred remained": the noun phrase after "with" speaks.
  for (const m of s.matchAll(WITH_SAYING_RE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const found = { start, end: start + m[1]!.length, context: "" };
    if (taken(found.start, found.end)) continue;
    const cueStart = m.index + m[0].lastIndexOf(m[2]!);
    frames.push({ pattern: "subject", speaker: found, cue: { start: cueStart, end: cueStart + m[2]!.length }, leading: true });
  }

  for (const m of s.matchAll(CITING_RE)) {
    const found = nameAfter(s, m.index + m[0].length, true);
    if (!found || taken(found.start, found.end)) continue;
    // The frame it follows relays it: "VOA reported Monday, citing Pentagon data."
    const relay = [...frames].filter((f) => f.cue.start < m.index).sort((a, b) => b.cue.start - a.cue.start)[0];
    frames.push({ pattern: "citing", speaker: found, cue: { start: m.index, end: m.index + m[0].trimEnd().length }, leading: false, ...(relay ? { relay: { start: relay.speaker.start, end: relay.speaker.end } } : {}) });
  }

  // The noun-phrase patterns backtrack at every capital: run them only when a head noun is there.
  for (const { re } of SOURCE_PHRASE_HEADS.test(s) ? SOURCE_PHRASE_RES : []) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const g = m.groups?.source;
      if (g === undefined) continue;
      const start = m.index + m[0].indexOf(g);
      const end = start + g.length;
      if (taken(start, end) || g.includes(MASK)) continue;
      frames.push({ pattern: "source-phrase", speaker: { start, end, context: "" }, cue: { start: m.index, end: m.index + m[0].length }, leading: true });
    }
  }

  for (const m of PASSIVE_CUE.test(s) ? s.matchAll(PASSIVE_RE) : []) {
    const rest = s.slice(m.index + m[0].length);
    const by = PASSIVE_BY.exec(rest);
    if (by) {
      // "… is estimated by the Pentagon at 3,000": a passive with its agent is an ordinary frame.
      const from = m.index + m[0].length + by[0].length;
      const found = nameAfter(s, from);
      if (found && !taken(found.start, found.end)) {
        frames.push({ pattern: "subject", speaker: found, cue: { start: m.index, end: m.index + m[0].length }, leading: true });
        continue;
      }
    }
    frames.push({ pattern: "passive", speaker: { start: m.index, end: m.index, context: "" }, cue: { start: m.index, end: m.index + m[0].trimEnd().length }, leading: true });
  }
  return frames;
}

/** Skips verbs that are not reporting here: "an estimated 5,000", "claimed by", passives, "saying". */
function isReportingUse(verb: string, before: string, after: string): boolean {
  if (/\b(?:an|the|a)\s+$/i.test(before) || /^\s+by\b/i.test(after)) return false;
  if (/^(?:saying)$/i.test(verb)) return false;
  // "new reports indicate", "the latest estimates suggest", "media reports": the noun, not the verb.
  // A verb in the plural form needs a plural subject ("officials estimate"); after anything else it is the noun ("a previous US estimate").
  if (
    /^(?:estimate|report|claim)$/i.test(verb) &&
    !/^\s+that\b/i.test(after) &&
    // A plural noun right before ("officials", "commanders"), not an adjective or a singular in -s ("previous", "analysis").
    !/(?:\b[a-z]+(?<!ou|s|i|u)s,?|\b(?:we|they|I|you|people|police|forces|military|and|but|or))\s+(?:(?:also|now|still|privately|publicly|generally|widely)\s+)?$/i.test(before)
  )
    return false;
  if (/^(?:reports|estimates|claims|statements|notes)$/i.test(verb) && (/^\s+(?:indicate|indicated|suggest|suggested|show|showed|shows|say|said|reveal|revealed|put|puts|have|had|are|were|of|from|by|that\b)/i.test(after) || /\b(?:new|latest|recent|most recent|alarming|initial|early|unconfirmed|conflicting|local|media|press|news|these|those|such|some|many|several|other|official|intelligence|coalition|the|its|their|US|UN|Pentagon)\s+$/i.test(before))) return false;
  // Verbs that only report when they rule a clause; "the indicators show a rise" is not speech.
  if (/^(?:indicate|indicates|show|shows|showed|reveal|reveals|suggest)$/i.test(verb) && !/\b(?:reports?|estimates?|data|figures?|studies|study|assessments?|statistics|intelligence|documents?|surveys?|findings|sources?|records?|numbers)\s+$/i.test(before)) return false;
  // "over alleged links", "the reported attacks": a participle used as an adjective.
  if (/^(?:alleged|reported|claimed|suggested|revealed|confirmed|estimated|disclosed|stated|declared|announced|found|believed)$/i.test(verb) && /\b(?:over|of|for|about|on|in|with|by|its|their|his|her|our|these|those)\s+$/i.test(before)) return false;
  // Passives and participles: "is now believed to be", "believed to come from", "was reported".
  if (/\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?$/i.test(before) || /^\s+to\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists|media|press|lawmakers|parliament|[A-Z\d]))[a-z]/.test(after)) return false;
  // "the militants (estimated at 400)": a participle, not a speaker estimating.
  if (/^(?:estimated|put|pegged|placed|assessed|reckoned)$/i.test(verb) && /^\s+at\b(?!\s+(?:least|most)\b)/i.test(after)) return false;
  return true;
}

/**
 * The part of the sentence each frame attributes. Leading frames ("X said
 * that …") reach from their verb to the next frame's speaker or the sentence
 * end; trailing ones ("…, X said") from the previous frame's end to their
 * speaker; "according to X" in mid-sentence covers the sentence.
 */
function withScopes(frames: RawFrame[], length: number): Array<RawFrame & { scope: Span }> {
  const sorted = [...frames].sort((a, b) => Math.min(a.cue.start, a.speaker.start) - Math.min(b.cue.start, b.speaker.start));
  return sorted.map((f, i) => {
    const first = Math.min(f.cue.start, f.speaker.start);
    if (f.pattern === "passive" || f.pattern === "source-phrase") return { ...f, scope: { start: 0, end: length } };
    if (f.pattern === "according-to" && !f.leading) {
      // "…, according to X." closes what precedes; in mid-sentence it covers the sentence.
      const closes = f.speaker.end >= length - 40;
      return { ...f, scope: closes ? { start: previousEnd(sorted, i), end: f.cue.start } : { start: 0, end: length } };
    }
    if (f.pattern === "citing") {
      const relayed = sorted.slice(0, i).reverse().find((x) => x.pattern !== "passive" && x.pattern !== "source-phrase");
      if (relayed) return { ...f, scope: scopeOf(sorted, sorted.indexOf(relayed), length) };
      return { ...f, scope: { start: 0, end: first } };
    }
    return { ...f, scope: scopeOf(sorted, i, length) };
  });
}

function scopeOf(sorted: RawFrame[], i: number, length: number): Span {
  const f = sorted[i]!;
  if (f.leading) {
    const from = Math.max(f.cue.end, f.speaker.end);
    const next = sorted.slice(i + 1).find((x) => x.pattern !== "passive" && x.pattern !== "source-phrase" && x.pattern !== "citing" && Math.min(x.cue.start, x.speaker.start) > from);
    return { start: from, end: next ? Math.min(next.cue.start, next.speaker.start) : length };
  }
  return { start: previousEnd(sorted, i), end: Math.min(f.cue.start, f.speaker.start) };
}

/** Where the previous frame of the sentence ends (0 when there is none). */
function previousEnd(sorted: RawFrame[], i: number): number {
  let end = 0;
  const mine = Math.min(sorted[i]!.cue.start, sorted[i]!.speaker.start);
  for (let k = 0; k < i; k++) {
    const x = sorted[k]!;
    if (x.pattern === "passive" || x.pattern === "source-phrase") continue;
    const e = Math.max(x.cue.end, x.speaker.end);
    if (e <= mine && !x.leading) end = Math.max(end, e);
  }
  return end;
}
