import type { ClaimantType, Evidence } from "../model/types";
import { explainClaimant, theatreCues, theatreType, type ClaimantReading } from "./classify-claimant";
import { findKnownPerson, nameKey } from "./find-known-person";
import { findPersonMentions } from "./find-person-mentions";
import { findPublisherVoice } from "./find-publisher-voice";
import { NON_NAME_WORDS } from "./name-lexicon";
import type { ReportingFrame } from "./reporting-frame";
import type { Source, SourceKind } from "./source";

/** Every source of an article and the source each reporting frame resolves to. */
export interface SourceModel {
  sources: Source[];
  /** Source of each frame, by the frame's index in the frame list; absent when the speaker could not be resolved ("we"). */
  frameSources: Map<number, Source>;
  /** The relay of "citing" and "quoted-as" frames, by frame index. */
  relaySources: Map<number, Source>;
  /** The outlet's own voice: what an unattributed number is credited to. */
  publisher: Source;
  /** Stands for passives that name nobody. */
  nobody: Source;
}

const PRONOUN = /^(?:he|she|they|it|we|him|her)$/i;
const DEFINITE = /^(?:the|this|that|these|those)\s+/i;
const INDEFINITE = /^(?:a|an|one|some|several|two|three|many|other)\s+/i;
const ROLE_WORDS =
  /\b(prime minister|president|minister|general|colonel|commander|spokes(?:man|woman|person)|officials?|officers?|sources?|chief|head|director|envoy|ambassador|coordinator|governor|mayor|leader|judge|analysts?|experts?|researchers?|fellow|professor|secretary|adviser|advisor|diplomats?|monitors?|observers?|lawmakers?|deputy|captain|major|lieutenant|brigadier|sheikh|report|reports|statement|study|document|assessment|estimates?|survey|communiqu[eé]|release|data|figures|agency|ministry|command|service|department|office|forces|military|army|police|coalition|council|government|authorities|group|organi[sz]ation|monitor|observatory|channel|newspaper|outlet|broadcaster|network|panel|team|institute|center|centre|intelligence)\b/gi;
/** Titles written before a name, and the role noun a description of the same person would use. */
const TITLE_ROLE: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:Gen|General)\b\.?(?!.*\b(?:Col|Colonel)\b)/, "general"],
  [/\b(?:Col|Colonel)\b/, "colonel"],
  [/\b(?:PM|Prime Minister)\b/, "prime minister"],
  [/\bMinister\b/, "minister"],
  [/\bPresident\b/, "president"],
  [/\b(?:Capt|Captain)\b/, "captain"],
  [/\b(?:Adm|Admiral)\b/, "admiral"],
  [/\b(?:Sheikh|Shaikh)\b/, "sheikh"],
];
const DOCUMENT_ROLES = new Set(["report", "reports", "statement", "study", "document", "assessment", "estimate", "estimates", "survey", "communique", "communiqué", "release", "data", "figures"]);
const ORGANISATION_ROLES = new Set(["agency", "ministry", "command", "service", "department", "office", "forces", "military", "army", "police", "coalition", "council", "government", "authorities", "group", "organisation", "organization", "monitor", "observatory", "channel", "newspaper", "outlet", "broadcaster", "network", "panel", "team", "institute", "center", "centre", "intelligence"]);
const PLURAL_ROLES = /\b(?:officials|officers|sources|analysts|experts|researchers|diplomats|monitors|observers|lawmakers|commanders|leaders|authorities|members)\b/i;
const BARE_DOCUMENT = /^the\s+(?:(?:new|latest|same)\s+)?(?:statement|report|communiqu[eé]|release|press release|announcement|briefing)$/i;
const BARE_INSTITUTION = /^the\s+(?:agency|service|ministry|command|directorate|force|forces|cell|department|office|authorities|administration|militia|unit)$/i;
/** How many sentences back a pronoun or a definite description may reach. */
const REACH = 6;

/**
 * Builds the article's model of sources: every person, group, organisation
 * and document that the reporting frames credit, with all their mentions.
 * Reads the article in order, so each mention resolves against what came
 * before it: a surname or a title with a surname ("Votel", "Gen Al
 * Mohamadawi") to the person first named in full; a pronoun to the person or
 * group last in view; a definite description ("the general", "the report",
 * "the agency") to the last source it fits; a name with no affiliation of its
 * own to the role-only description that introduced it ("a senior Iraqi
 * general … Gen Qais Al Mohamadawi said"). Each source is typed from, in
 * order: the table of well-known people, the claimant rules on its words and
 * descriptors, the theatre of the story for bare ranks, or the mention it
 * was linked to.
 */
export function buildSourceModel(body: string, masked: string, sentences: readonly Evidence[], frames: readonly ReportingFrame[], outlet: string | null = null): SourceModel {
  const sources: Source[] = [];
  const frameSources = new Map<number, Source>();
  const relaySources = new Map<number, Source>();
  const publisherVoice = findPublisherVoice(body, outlet);
  const make = (kind: SourceKind, name: string, type: ClaimantType, why: string): Source => ({
    id: sources.length + 2,
    kind,
    name,
    descriptors: [],
    type,
    why,
    mentions: [],
    named: false,
    surname: null,
    roles: new Set(),
    plural: kind === "people",
    known: null,
  });
  const publisher: Source = { ...make("voice", publisherVoice.name, publisherVoice.type, publisherVoice.why), id: 0 };
  const nobody: Source = { ...make("nobody", "unnamed (passive)", "unknown", "passive"), id: 1 };

  let articleCues: Map<string, number> | null = null;
  /** Theatre of the story for readings that name no country ("a military source"). */
  const typeIn = (reading: ClaimantReading, sentenceText: string): ClaimantType => {
    if (!reading.theatreDefault) return reading.type;
    articleCues ??= theatreCues(body);
    return theatreType(theatreCues(sentenceText), articleCues) ?? reading.type;
  };

  /** Recency: the last mention offset of each source. */
  const lastSeen = new Map<Source, number>();
  const mention = (s: Source, ev: Evidence) => {
    if (!s.mentions.some((m) => m.start === ev.start)) s.mentions.push(ev);
    lastSeen.set(s, Math.max(lastSeen.get(s) ?? -1, ev.start));
  };
  const recent = (before: number, fits: (s: Source) => boolean, reachFrom: number): Source | null => {
    let best: Source | null = null;
    let bestAt = -1;
    for (const s of sources) {
      const at = lastSeen.get(s) ?? -1;
      if (at < reachFrom || at >= before || !fits(s)) continue;
      if (at > bestAt) {
        best = s;
        bestAt = at;
      }
    }
    return best;
  };

  const addRoles = (s: Source, text: string) => {
    for (const m of text.matchAll(ROLE_WORDS)) s.roles.add(m[1]!.toLowerCase().replace(/s$/, "").replace(/^spokes(?:wo)?m[ae]n$|^spokesperson$/, "spokesman"));
  };

  /** Types a source from its words; returns false when nothing typed it. */
  const typeFrom = (s: Source, words: string, context: string, sentenceText: string): boolean => {
    const known = findKnownPerson(`${words} ${context}`);
    if (known) {
      s.type = known.type;
      s.why = `known:${known.id}`;
      s.known = known.id;
      if (!s.descriptors.includes(known.description)) s.descriptors.push(known.description);
      return true;
    }
    const reading = explainClaimant(words, context);
    if (reading.rule === null) return false;
    s.type = typeIn(reading, sentenceText);
    s.why = s.type !== reading.type ? `theatre:${reading.rule}` : `rule:${reading.rule}`;
    return true;
  };

  /** Re-types a person when a later sentence describes them ("Votel is the head of US Central Command"). */
  const describe = (s: Source, descriptors: string[], sentenceText: string) => {
    let added = false;
    for (const d of descriptors) {
      if (d !== "" && !s.descriptors.includes(d)) {
        s.descriptors.push(d);
        addRoles(s, d);
        added = true;
      }
    }
    if (added && (s.why === "none" || s.why.startsWith("theatre:") || s.type === "unknown") && !s.known) {
      typeFrom(s, s.name, s.descriptors.join(", "), sentenceText);
    }
  };

  /** A person by surname, else by another of their names when only one person has it ("Sheikh Jaafar" for "Jaafar Sheikh Mustafa"). */
  const personBySurname = (surname: string): Source | null => {
    const bySurname = sources.find((s) => s.kind === "person" && s.surname === surname);
    if (bySurname) return bySurname;
    const byName = sources.filter((s) => s.kind === "person" && s.named && nameKey(s.name).split(" ").includes(surname));
    return byName.length === 1 ? byName[0]! : null;
  };

  /** An earlier person described by role only, that a newly named person with a compatible title may be. */
  const roleOnlyPerson = (before: number, title: string | null, sentenceIndex: number): Source | null =>
    recent(
      before,
      (s) => s.kind === "person" && !s.named && s.type !== "unknown" && (title === null || s.roles.has(title) || (title === "general" && s.roles.has("commander"))),
      sentences[Math.max(0, sentenceIndex - REACH)]!.start,
    );

  const registerPerson = (name: Evidence, premodifier: string, descriptors: string[], sentenceIndex: number, sentenceText: string): Source => {
    const surname = surnameOf(name.text);
    const known = findKnownPerson(name.text);
    let s = (known && sources.find((x) => x.known === known.id && (x.surname === surname || x.name === name.text))) || personBySurname(surname);
    if (!s) {
      s = make("person", name.text, "unknown", "none");
      s.named = true;
      s.surname = surname;
      sources.push(s);
      const words = `${premodifier} ${name.text}`.trim();
      addRoles(s, premodifier);
      if (premodifier !== "") s.descriptors.push(premodifier);
      const typed = typeFrom(s, words, descriptors.join(", "), sentenceText);
      // "a senior Iraqi general has said … Gen Qais Al Mohamadawi said": the name with no affiliation is the role just described.
      const title = titleRole(premodifier);
      const byRole = !typed || s.why.startsWith("theatre:") || s.why === "rule:military-rank" ? roleOnlyPerson(name.start, title, sentenceIndex) : null;
      if (byRole && descriptors.length === 0) {
        s.type = byRole.type;
        s.why = `linked:role "${byRole.name}"`;
        s.descriptors.push(byRole.name, ...byRole.descriptors);
        for (const r of byRole.roles) s.roles.add(r);
      }
    }
    describe(s, descriptors, sentenceText);
    mention(s, name);
    return s;
  };

  /** The source a speaker phrase names, resolved against what came before. */
  const resolveSpeaker = (ev: Evidence, context: string, sentenceIndex: number): Source | null => {
    const text = ev.text.trim();
    const sentence = sentences[sentenceIndex]!;
    const reachFrom = sentences[Math.max(0, sentenceIndex - REACH)]!.start;
    // "Our information says", "my sources": the speaker of the surrounding frame or label, not a source of its own.
    if (/^(?:[Oo]ur|[Mm]y|[Ww]e|I|us)\b/.test(text)) return null;
    if (PRONOUN.test(text)) {
      const p = text.toLowerCase();
      if (p === "we") return null;
      const fit =
        p === "he" || p === "she" || p === "him" || p === "her"
          ? recent(ev.start, (s) => s.kind === "person", reachFrom)
          : p === "it"
            ? recent(ev.start, (s) => s.kind === "organisation" || s.kind === "document", reachFrom)
            : recent(ev.start, (s) => s.plural || s.kind === "organisation" || s.kind === "people", reachFrom);
      if (fit) {
        mention(fit, ev);
        return fit;
      }
      const s = make(p === "they" ? "people" : "person", text, "unknown", "none");
      sources.push(s);
      mention(s, ev);
      return s;
    }

    // A full name (with its titles), a known person, or a surname.
    const persons = findPersonMentions(text).filter((m) => m.name.end - m.name.start >= text.length * 0.3);
    const known = findKnownPerson(text);
    const singleMatch = /^(?:(?:(?:Maj|Lt|Brig)\.?\s+)?(?:Gen|Col|Capt|Adm|Dr|Prof|Mr|Mrs|Ms|Sheikh|General|Colonel|Minister|President)\.?\s+)?((?:(?:al|el|Al|El)[-\s])?[A-Z][\w’'-]+)$/.exec(text);
    // A surname, not a country, an acronym or an institution ("Russia", "ISIS", "SANA", "Washington").
    const single = singleMatch && looksLikeSurname(singleMatch[1]!) && explainClaimant(singleMatch[1]!).tier !== 1 ? singleMatch : null;
    if (persons.length > 0) {
      const m = persons[0]!;
      const name: Evidence = { start: ev.start + m.name.start, end: ev.start + m.name.end, text: m.name.text };
      const s = registerPerson(name, m.premodifier, [...m.descriptors, ...(context ? [context] : [])], sentenceIndex, sentence.text);
      if (!s.mentions.some((x) => x.start === ev.start)) mention(s, ev);
      return s;
    }
    if (single || (known && text.split(/\s+/).length <= 3)) {
      const surname = surnameOf(single ? single[1]! : text);
      const existing = (known && sources.find((x) => x.known === known.id)) || personBySurname(surname);
      if (existing) {
        describe(existing, context ? [context] : [], sentence.text);
        mention(existing, ev);
        return existing;
      }
      if (known || single) {
        const title = single ? titleRole(text) : null;
        // A surname never introduced: the person the article described by role only, or a well-known one.
        const byRole = !known ? roleOnlyPerson(ev.start, title, sentenceIndex) : null;
        if (byRole && !context && (known === null)) {
          byRole.named = true;
          byRole.surname = surname;
          byRole.name = `${text} (${byRole.name})`;
          mention(byRole, ev);
          return byRole;
        }
        if (known || /^[A-Z][a-z]/.test(single![1]!) || /^(?:al|el|Al|El)[-\s]/.test(single![1]!)) {
          const isOrgLike = !known && explainClaimant(text).tier === 1;
          if (!isOrgLike) return registerPerson(ev, "", context ? [context] : [], sentenceIndex, sentence.text);
        }
      }
    }

    // A definite description refers back: "the general", "the report", "the UN official", "the agency".
    if (DEFINITE.test(text) && text.split(/\s+/).length <= 4 && !/['’]s\b/.test(text)) {
      const heads = [...text.matchAll(ROLE_WORDS)].map((m) => m[1]!.toLowerCase().replace(/s$/, "").replace(/^spokes(?:wo)?m[ae]n$|^spokesperson$/, "spokesman"));
      const head = heads[heads.length - 1];
      const own = explainClaimant(text, "");
      if (head) {
        const plural = PLURAL_ROLES.test(text);
        // "the report", "the new report": only a bare head noun refers to any earlier document or institution.
        const bare = /^(?:the|this|that|these|those)\s+(?:(?:new|latest|recent|same|former|latter)\s+)?[\w-]+$/i.test(text);
        const fit = recent(
          ev.start,
          (s) =>
            s.kind !== "voice" &&
            s.kind !== "nobody" &&
            (s.roles.has(head) || (bare && DOCUMENT_ROLES.has(head) && s.kind === "document") || (bare && ORGANISATION_ROLES.has(head) && s.kind === "organisation" && head !== "group")) &&
            (own.tier !== 1 || own.type === s.type) &&
            (plural ? s.plural || s.kind === "organisation" : !s.plural || s.kind !== "people"),
          reachFrom,
        );
        if (fit) {
          mention(fit, ev);
          return fit;
        }
      }
    }

    // "…, the command said in a statement. …, the statement said": a bare document noun is the last institution's.
    if (BARE_DOCUMENT.test(text)) {
      const owner = recent(ev.start, (s) => (s.kind === "organisation" || s.kind === "people" || s.kind === "person") && s.type !== "unknown", reachFrom);
      if (owner) {
        mention(owner, ev);
        return owner;
      }
    }
    // "The Counter-Terrorism Service killed nine …, the service said": a bare institution noun names the sentence's subject.
    if (BARE_INSTITUTION.test(text)) {
      const subject = /^[^,;:]{0,80}/.exec(body.slice(sentence.start, ev.start))![0];
      const reading = explainClaimant(subject);
      if (reading.tier === 1 && reading.type !== "media_other") {
        const s = make("organisation", text, typeIn(reading, sentence.text), `linked:subject "${subject.trim().slice(0, 60)}"`);
        addRoles(s, text);
        sources.push(s);
        mention(s, ev);
        return s;
      }
    }

    // Anything else is a new source, or one already named the same way ("the US military" twice).
    const key = nameKey(text.replace(DEFINITE, "").replace(INDEFINITE, ""));
    const same = INDEFINITE.test(text) ? null : sources.find((s) => s.kind !== "person" && nameKey(s.name.replace(DEFINITE, "").replace(INDEFINITE, "")) === key);
    if (same) {
      mention(same, ev);
      return same;
    }
    const kind = kindOf(text);
    const s = make(kind, text, "unknown", "none");
    s.named = /^[A-Z]/.test(text.replace(DEFINITE, "")) && !INDEFINITE.test(text);
    addRoles(s, text);
    if (context) {
      s.descriptors.push(context);
      addRoles(s, context);
    }
    typeFrom(s, text, context, sentence.text);
    sources.push(s);
    mention(s, ev);
    return s;
  };

  // Read the article in order: person mentions and frame speakers, by position.
  const bySentence = new Map<number, number[]>();
  frames.forEach((f, i) => {
    const list = bySentence.get(f.sentenceIndex) ?? [];
    list.push(i);
    bySentence.set(f.sentenceIndex, list);
  });
  sentences.forEach((sentence, sentenceIndex) => {
    const text = masked.slice(sentence.start, sentence.end);
    const events: Array<{ at: number; run: () => void }> = [];
    for (const m of findPersonMentions(text)) {
      const name: Evidence = { start: sentence.start + m.name.start, end: sentence.start + m.name.end, text: body.slice(sentence.start + m.name.start, sentence.start + m.name.end) };
      // Only people who could speak later: the subject of their clause, or someone the text gives a role.
      if (!m.subject && m.descriptors.length === 0 && m.premodifier === "") continue;
      events.push({ at: name.start, run: () => void registerPerson(name, m.premodifier, m.descriptors, sentenceIndex, sentence.text) });
    }
    for (const i of bySentence.get(sentenceIndex) ?? []) {
      const f = frames[i]!;
      events.push({
        at: f.speaker.start + 0.5,
        run: () => {
          if (f.pattern === "passive") {
            frameSources.set(i, nobody);
            return;
          }
          const s = resolveSpeaker(f.speaker, f.context, sentenceIndex);
          if (s) frameSources.set(i, s);
          if (f.relay) {
            const r = resolveSpeaker(f.relay, "", sentenceIndex);
            if (r) relaySources.set(i, r);
          }
        },
      });
    }
    events.sort((a, b) => a.at - b.at);
    for (const e of events) e.run();
  });

  linkForward(sources, frames, frameSources, sentences);
  return { sources, frameSources, relaySources, publisher, nobody };
}

/**
 * "A report said on Monday … SANA said": an untyped indefinite document or
 * group in one sentence that the next few sentences name. News leads often
 * credit "a report" or "officials" and name them a sentence or two later.
 */
function linkForward(sources: Source[], frames: readonly ReportingFrame[], frameSources: Map<number, Source>, sentences: readonly Evidence[]): void {
  frames.forEach((f, i) => {
    const s = frameSources.get(i);
    if (!s || s.type !== "unknown" || s.named || s.kind === "nobody" || !/^(?:a|an)\s+(?:new\s+|recent\s+)?(?:report|statement|study)\b|^(?:new\s+)?reports\b/i.test(s.name)) return;
    const until = f.sentenceIndex + 3;
    for (let j = i + 1; j < frames.length; j++) {
      const g = frames[j]!;
      if (g.sentenceIndex > until || g.sentenceIndex >= sentences.length) break;
      const t = frameSources.get(j);
      if (t && t !== s && t.type !== "unknown" && (t.kind === "organisation" || t.kind === "document")) {
        s.type = t.type;
        s.why = `linked:named later as "${t.name}"`;
        s.descriptors.push(t.name);
        return;
      }
    }
  });
  void sources;
}

function kindOf(text: string): SourceKind {
  const t = text.replace(DEFINITE, "").replace(INDEFINITE, "");
  const last = (/([A-Za-z]+)\W*$/.exec(t)?.[1] ?? "").toLowerCase();
  if (ORGANISATION_ROLES.has(last)) return "organisation";
  if (DOCUMENT_ROLES.has(last)) return "document";
  if (/\b(?:report|reports|statement|statements|study|document|assessment|estimates?|survey|communiqu[eé]|release|data|figures|findings|paper|dataset|tally|count)\b/i.test(t)) return "document";
  if (PLURAL_ROLES.test(t) || /\b(?:sources|residents|witnesses|people|locals|villagers)\b/i.test(t)) return "people";
  if (/\b(?:official|officer|commander|spokes(?:man|woman|person)|general|colonel|minister|chief|head|director|envoy|analyst|expert|researcher|judge|governor|mayor|leader|man|woman|source|resident|witness|secretary|president)\b/i.test(t)) return "person";
  return "organisation";
}

function looksLikeSurname(word: string): boolean {
  const bare = word.replace(/^(?:al|el|Al|El)[-\s]/, "");
  return /^[A-Z][a-z\u00C0-\u024F]/.test(bare) && !NON_NAME_WORDS.has(bare.toLowerCase()) && !NON_NAME_WORDS.has(word.toLowerCase());
}

function surnameOf(name: string): string {
  const words = nameKey(name).split(" ").filter((w) => !/^(?:jr|sr|ii|iii)$/.test(w));
  return words[words.length - 1] ?? "";
}

function titleRole(premodifier: string): string | null {
  const words = premodifier.trim();
  if (words === "") return null;
  for (const [re, role] of TITLE_ROLE) if (re.test(words)) return role;
  return null;
}
