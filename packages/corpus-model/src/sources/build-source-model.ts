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
/** Head nouns that can stand for any institution named before ("the agency", "the ministry"); "the police" or "the army" name their own. */
const GENERIC_INSTITUTIONS = new Set(["agency", "ministry", "command", "service", "department", "office", "council", "organisation", "organization", "institute", "center", "centre", "channel", "newspaper", "outlet", "broadcaster", "network", "panel", "team", "observatory", "monitor"]);
const PLURAL_ROLES = /\b(?:officials|officers|sources|analysts|experts|researchers|diplomats|monitors|observers|lawmakers|commanders|leaders|authorities|members)\b/i;
/** "the group", "the militant group", "the terror organisation": the insurgents these articles are about. */
const THE_GROUP = /^the\s+(?:(?:militant|terror|terrorist|jihadist|extremist|insurgent|ultra-?hardline|Sunni|armed)\s+)?(?:group|organi[sz]ation|network)$/i;
const BARE_DOCUMENT = /^the\s+(?:(?:new|latest|same)\s+)?(?:statement|report|communiqu[eé]|release|press release|announcement|briefing)$/i;
const BARE_INSTITUTION = /^the\s+(?:agency|service|ministry|command|directorate|force|forces|cell|department|office|authorities|administration|militia|unit)$/i;
/** A general, a colonel or a captain is also "an officer", "a commander", "a military official". */
const MILITARY_TITLES = new Set(["general", "colonel", "captain", "admiral"]);
const MILITARY_ROLES = new Set(["officer", "commander", "general", "colonel", "captain", "official", "military", "army", "intelligence", "brigadier", "major", "lieutenant"]);
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
  const builder = new SourceModelBuilder(body, masked, sentences, outlet);
  // Read the article in order: person mentions and frame speakers, by position.
  const bySentence = new Map<number, number[]>();
  frames.forEach((f, i) => {
    const list = bySentence.get(f.sentenceIndex) ?? [];
    list.push(i);
    bySentence.set(f.sentenceIndex, list);
  });
  type Event = { at: number; person: { name: Evidence; premodifier: string; descriptors: string[] } } | { at: number; frame: number };
  sentences.forEach((sentence, sentenceIndex) => {
    const text = masked.slice(sentence.start, sentence.end);
    const events: Event[] = [];
    for (const m of findPersonMentions(text)) {
      // Only people who could speak later: the subject of their clause, or someone the text gives a role.
      if (!m.subject && m.descriptors.length === 0 && m.premodifier === "") continue;
      const start = sentence.start + m.name.start;
      const end = sentence.start + m.name.end;
      events.push({ at: start, person: { name: { start, end, text: body.slice(start, end) }, premodifier: m.premodifier, descriptors: m.descriptors } });
    }
    for (const i of bySentence.get(sentenceIndex) ?? []) events.push({ at: frames[i]!.speaker.start + 0.5, frame: i });
    events.sort((a, b) => a.at - b.at);
    for (const e of events) {
      if ("person" in e) {
        builder.registerPerson(e.person.name, e.person.premodifier, e.person.descriptors, sentenceIndex);
        continue;
      }
      const f = frames[e.frame]!;
      if (f.pattern === "passive") {
        builder.frameSources.set(e.frame, builder.nobody);
        continue;
      }
      const s = builder.resolveSpeaker(f.speaker, f.context, sentenceIndex);
      if (s) builder.frameSources.set(e.frame, s);
      if (f.relay) {
        const r = builder.resolveSpeaker(f.relay, "", sentenceIndex);
        if (r) builder.relaySources.set(e.frame, r);
      }
    }
  });
  linkForward(frames, builder.frameSources);
  return { sources: builder.sources, frameSources: builder.frameSources, relaySources: builder.relaySources, publisher: builder.publisher, nobody: builder.nobody };
}

/** The registry of one article's sources while it is read in order. */
class SourceModelBuilder {
  readonly sources: Source[] = [];
  readonly frameSources = new Map<number, Source>();
  readonly relaySources = new Map<number, Source>();
  readonly publisher: Source;
  readonly nobody: Source;
  /** Recency: the last mention offset of each source. */
  private readonly lastSeen = new Map<Source, number>();
  /** Non-person sources by the key of their name, so "the US military" twice is one source. */
  private readonly byKey = new Map<string, Source>();
  private articleCues: Map<string, number> | null = null;

  constructor(
    private readonly body: string,
    private readonly masked: string,
    private readonly sentences: readonly Evidence[],
    outlet: string | null,
  ) {
    const voice = findPublisherVoice(body, outlet);
    this.publisher = { ...this.make("voice", voice.name, voice.type, voice.why), id: 0 };
    this.nobody = { ...this.make("nobody", "unnamed (passive)", "unknown", "passive"), id: 1 };
  }

  private make(kind: SourceKind, name: string, type: ClaimantType, why: string): Source {
    return { id: this.sources.length + 2, kind, name, descriptors: [], type, why, mentions: [], named: false, surname: null, roles: new Set(), plural: kind === "people", known: null };
  }

  private add(s: Source): Source {
    this.sources.push(s);
    if (s.kind !== "person") this.byKey.set(plainKey(s.name), s);
    return s;
  }

  private mention(s: Source, ev: Evidence): void {
    if (!s.mentions.some((m) => m.start === ev.start)) s.mentions.push(ev);
    this.lastSeen.set(s, Math.max(this.lastSeen.get(s) ?? -1, ev.start));
  }

  /** The source mentioned last before `before` (and not before `reachFrom`) that `fits`. */
  private recent(before: number, fits: (s: Source) => boolean, reachFrom: number): Source | null {
    let best: Source | null = null;
    let bestAt = -1;
    for (const [s, at] of this.lastSeen) {
      if (at < reachFrom || at >= before || at <= bestAt || !fits(s)) continue;
      best = s;
      bestAt = at;
    }
    return best;
  }

  /** The sentence with its quotations blanked, found by its text. */
  private maskedSentence(sentenceText: string): string {
    const s = this.sentences.find((x) => x.text === sentenceText);
    return s ? this.masked.slice(s.start, s.end) : sentenceText;
  }

  private reachFrom(sentenceIndex: number): number {
    return this.sentences[Math.max(0, sentenceIndex - REACH)]!.start;
  }

  /** Theatre of the story for readings that name no country ("a military source"). */
  private typeIn(reading: ClaimantReading, sentenceText: string, speakerText = ""): ClaimantType {
    if (!reading.theatreDefault) return reading.type;
    this.articleCues ??= theatreCues(this.masked);
    // Quotations are blanked: "“If the Turkish army attacks …,” said a Kurdish official" is not a Turkish source.
    const own = this.maskedSentence(sentenceText);
    return theatreType(theatreCues(own), this.articleCues, theatreCues(speakerText)) ?? reading.type;
  }

  /** Types a source from its words; returns false when nothing typed it. */
  private typeFrom(s: Source, words: string, context: string, sentenceText: string): boolean {
    const known = findKnownPerson(context === "" ? words : `${words} ${context}`);
    if (known) {
      s.type = known.type;
      s.why = `known:${known.id}`;
      s.known = known.id;
      if (!s.descriptors.includes(known.description)) s.descriptors.push(known.description);
      return true;
    }
    const reading = explainClaimant(words, context);
    if (reading.rule === null) return false;
    s.type = this.typeIn(reading, sentenceText, `${words} ${context}`);
    s.why = s.type !== reading.type ? `theatre:${reading.rule}` : `rule:${reading.rule}`;
    return true;
  }

  /** Adds what a later sentence says about a source ("Votel is the head of US Central Command"), re-typing it if nothing had. */
  private describe(s: Source, descriptors: readonly string[], sentenceText: string): void {
    let added = false;
    for (const d of descriptors) {
      if (d !== "" && !s.descriptors.includes(d)) {
        s.descriptors.push(d);
        addRoles(s, d);
        added = true;
      }
    }
    if (added && (s.why === "none" || s.why.startsWith("theatre:") || s.type === "unknown") && !s.known) {
      this.typeFrom(s, s.name, s.descriptors.join(", "), sentenceText);
    }
  }

  /** A person by surname, else by another of their names when only one person has it ("Sheikh Jaafar" for "Jaafar Sheikh Mustafa"). */
  private personByName(word: string): Source | null {
    let byName: Source | null = null;
    let count = 0;
    for (const s of this.sources) {
      if (s.kind !== "person") continue;
      if (s.surname === word) return s;
      if (s.named && nameKey(s.name).split(" ").includes(word)) {
        byName = s;
        count++;
      }
    }
    return count === 1 ? byName : null;
  }

  /** An earlier person described by role only, that a newly named person with a compatible title may be. */
  private roleOnlyPerson(before: number, title: string | null, sentenceIndex: number): Source | null {
    return this.recent(
      before,
      (s) => s.kind === "person" && !s.named && s.type !== "unknown" && (title === null || s.roles.has(title) || (MILITARY_TITLES.has(title) && [...s.roles].some((r) => MILITARY_ROLES.has(r)))),
      this.reachFrom(sentenceIndex),
    );
  }

  registerPerson(name: Evidence, premodifier: string, descriptors: readonly string[], sentenceIndex: number): Source {
    const sentenceText = this.sentences[sentenceIndex]!.text;
    const surname = surnameOf(name.text);
    const known = findKnownPerson(name.text);
    let s = (known && this.sources.find((x) => x.known === known.id && (x.surname === surname || x.name === name.text))) || this.personByName(surname);
    if (!s) {
      s = this.add(this.make("person", name.text, "unknown", "none"));
      s.named = true;
      s.surname = surname;
      addRoles(s, premodifier);
      if (premodifier !== "") s.descriptors.push(premodifier);
      const typed = this.typeFrom(s, `${premodifier} ${name.text}`.trim(), descriptors.join(", "), sentenceText);
      // "a senior Iraqi general has said … Gen Qais Al Mohamadawi said": the name with no affiliation is the role just described.
      const byRole = !typed || s.why.startsWith("theatre:") || s.why === "rule:military-rank" ? this.roleOnlyPerson(name.start, titleRole(premodifier), sentenceIndex) : null;
      if (byRole && descriptors.length === 0) {
        s.type = byRole.type;
        s.why = `linked:role "${byRole.name}"`;
        s.descriptors.push(byRole.name, ...byRole.descriptors);
        for (const r of byRole.roles) s.roles.add(r);
      }
      if (s.type === "unknown" || s.why.startsWith("theatre:")) this.typeByOwner(s, [premodifier, ...descriptors], name.start, sentenceIndex);
    }
    this.describe(s, descriptors, sentenceText);
    this.unifyWithRole(s, descriptors, name.start, sentenceIndex);
    this.mention(s, name);
    return s;
  }

  /**
   * "according to the senior official … — said the official, Dildar Hussein,
   * a co-chair of the Kurdish-run administration": the role described before
   * and the person named now are one source; the better-typed reading wins.
   */
  private unifyWithRole(s: Source, descriptors: readonly string[], before: number, sentenceIndex: number): void {
    for (const d of descriptors.flatMap((x) => x.split(/,\s+/))) {
      if (!/^the\s+(?:[\w-]+\s+){0,2}[a-z]+$/.test(d)) continue;
      const earlier = this.antecedentOf(d, before, this.reachFrom(sentenceIndex));
      if (!earlier || earlier === s || earlier.named || earlier.kind !== "person") continue;
      if (weaklyTyped(earlier) && !weaklyTyped(s)) {
        earlier.type = s.type;
        earlier.why = `linked:named later as "${s.name}"`;
        earlier.descriptors.push(s.name);
      } else if (weaklyTyped(s) && !weaklyTyped(earlier)) {
        s.type = earlier.type;
        s.why = `linked:role "${earlier.name}"`;
      }
      return;
    }
  }

  /**
   * A new source that says nothing about its side gets it from its context:
   * "the command's statement", "command figures" (the institution named
   * before); "…, the Home Office said; a spokesman said …" (the institution
   * just named); "a study … the centre puts the total at" (named just after).
   */
  private typeFromContext(s: Source, text: string, ev: Evidence, sentenceIndex: number): void {
    const reachFrom = this.reachFrom(sentenceIndex);
    // "The agency's reporter in Palmyra", "the army's spokesman": the owner named before decides.
    const possessive = /^the\s+([\w-]+)(?:'s|’s)\s/i.exec(text);
    if (possessive) {
      const owner = this.antecedentOf(`the ${possessive[1]!.toLowerCase()}`, ev.start, reachFrom);
      if (owner && owner.type !== "unknown" && owner.type !== "media_other") {
        s.type = owner.type;
        s.why = `linked:owner "${owner.name}"`;
        return;
      }
    }
    if (s.kind === "document" && s.type === "unknown") {
      const owner = DOCUMENT_OWNER.exec(text.replace(INDEFINITE, "the "));
      const found = owner ? this.antecedentOf(`the ${owner[1]!.toLowerCase()}`, ev.start, reachFrom) : null;
      if (found && found.type !== "unknown") {
        s.type = found.type;
        s.why = `linked:owner "${found.name}"`;
        return;
      }
    }
    if ((s.kind === "person" || s.kind === "people") && INDEFINITE.test(text) && weaklyTyped(s)) {
      const near = this.recent(ev.start, (x) => x.kind === "organisation" && !weaklyTyped(x) && x.type !== "media_other", this.sentences[Math.max(0, sentenceIndex - 1)]!.start);
      if (near) {
        s.type = near.type;
        s.why = `linked:near "${near.name}"`;
      }
    }
  }

  /** A typed institution named now names the untyped "a study" / "a report" / "reports" of the sentences just before. */
  private nameEarlierDocuments(s: Source, before: number, sentenceIndex: number): void {
    if (s.type === "unknown" || (s.kind !== "organisation" && s.kind !== "document")) return;
    const reachFrom = this.sentences[Math.max(0, sentenceIndex - 3)]!.start;
    for (const [x, at] of this.lastSeen) {
      if (x === s || at < reachFrom || at >= before || x.type !== "unknown" || x.named) continue;
      if (!/^(?:a|an)\s+(?:new\s+|recent\s+)?(?:report|statement|study|survey)\b|^(?:new\s+)?reports\b/i.test(x.name)) continue;
      x.type = s.type;
      x.why = `linked:named later as "${s.name}"`;
      x.descriptors.push(s.name);
    }
  }

  /**
   * "The team's coordinator, Ellen Marsh", "its spokesman": a person whose
   * role belongs to an institution named before takes that institution's type.
   */
  private typeByOwner(s: Source, descriptors: readonly string[], before: number, sentenceIndex: number): void {
    for (const d of descriptors) {
      const m = OWNER.exec(d);
      if (!m) continue;
      const reachFrom = this.reachFrom(sentenceIndex);
      const owner = m[2] ? this.antecedentOf(`the ${m[2]}`, before, reachFrom) : this.recent(before, (x) => x.kind === "organisation" || x.kind === "document" || x.kind === "people", reachFrom);
      if (owner && owner.type !== "unknown") {
        s.type = owner.type;
        s.why = `linked:owner "${owner.name}"`;
        return;
      }
    }
  }

  /** The source a speaker phrase names, resolved against what came before; null for the speaker's own "we"/"our". */
  resolveSpeaker(ev: Evidence, context: string, sentenceIndex: number): Source | null {
    const text = ev.text.trim();
    const sentence = this.sentences[sentenceIndex]!;
    const reachFrom = this.reachFrom(sentenceIndex);
    // "Our information says", "my sources": the speaker of the surrounding frame or label, not a source of its own.
    if (/^(?:[Oo]ur|[Mm]y|[Ww]e|I|us)\b/.test(text)) return null;
    if (PRONOUN.test(text)) return this.resolvePronoun(ev, text.toLowerCase(), reachFrom);

    // A full name (with its titles), a known person, or a surname.
    const persons = findPersonMentions(text).filter((m) => m.name.end - m.name.start >= text.length * 0.3);
    if (persons.length > 0) {
      const m = persons[0]!;
      const name: Evidence = { start: ev.start + m.name.start, end: ev.start + m.name.end, text: m.name.text };
      const s = this.registerPerson(name, m.premodifier, context ? [...m.descriptors, context] : m.descriptors, sentenceIndex);
      this.mention(s, ev);
      return s;
    }
    const bySurname = this.resolveSurname(ev, text, context, sentenceIndex);
    if (bySurname) return bySurname;

    // "In a statement on its Amaq outlet, the group said …": in these stories "the group" is the group itself,
    // unless the last institution named was a research or rights group.
    if (THE_GROUP.test(text)) {
      const fit =
        this.recent(ev.start, (s) => s.type === "isis" || s.roles.has("group"), reachFrom) ??
        this.recent(ev.start, (s) => s.kind === "organisation" && s.type === "analyst", this.sentences[Math.max(0, sentenceIndex - 2)]!.start);
      if (fit) {
        this.mention(fit, ev);
        return fit;
      }
      const s = this.add(this.make("organisation", text, "isis", "rule:the-group"));
      addRoles(s, text);
      this.mention(s, ev);
      return s;
    }
    // A definite description refers back: "the general", "the report", "the UN official".
    if (DEFINITE.test(text) && text.split(/\s+/).length <= 4 && !/['’]s\b/.test(text)) {
      const fit = this.antecedentOf(text, ev.start, reachFrom);
      if (fit) {
        this.mention(fit, ev);
        return fit;
      }
    }
    // "…, the command said in a statement. …, the statement said": a bare document noun is the last institution's.
    if (BARE_DOCUMENT.test(text)) {
      const owner = this.recent(ev.start, (s) => (s.kind === "organisation" || s.kind === "people" || s.kind === "person") && s.type !== "unknown", reachFrom);
      if (owner) {
        this.mention(owner, ev);
        return owner;
      }
    }
    // "The Counter-Terrorism Service killed nine …, the service said": a bare institution noun names the sentence's subject.
    if (BARE_INSTITUTION.test(text)) {
      const subject = /^[^,;:]{0,80}/.exec(this.body.slice(sentence.start, ev.start))![0];
      const reading = explainClaimant(subject);
      if (reading.tier === 1 && reading.type !== "media_other") {
        const s = this.add(this.make("organisation", text, this.typeIn(reading, sentence.text), `linked:subject "${subject.trim().slice(0, 60)}"`));
        addRoles(s, text);
        this.mention(s, ev);
        return s;
      }
    }

    // Anything else is a new source, or one already named the same way ("the US military" twice).
    const same = INDEFINITE.test(text) ? undefined : this.byKey.get(plainKey(text));
    if (same) {
      this.mention(same, ev);
      return same;
    }
    const s = this.make(kindOf(text), text, "unknown", "none");
    s.named = /^[A-Z]/.test(text.replace(DEFINITE, "")) && !INDEFINITE.test(text);
    addRoles(s, text);
    if (context) {
      s.descriptors.push(context);
      addRoles(s, context);
    }
    this.typeFrom(s, text, context, sentence.text);
    this.typeFromContext(s, text, ev, sentenceIndex);
    this.add(s);
    this.nameEarlierDocuments(s, ev.start, sentenceIndex);
    this.mention(s, ev);
    return s;
  }

  /** "he"/"she" → the person last in view; "it" → the last organisation or document; "they" → the last group. */
  private resolvePronoun(ev: Evidence, p: string, reachFrom: number): Source | null {
    if (p === "we") return null;
    const fit =
      p === "he" || p === "she" || p === "him" || p === "her"
        ? this.recent(ev.start, (s) => s.kind === "person", reachFrom)
        : p === "it"
          ? this.recent(ev.start, (s) => s.kind === "organisation" || s.kind === "document", reachFrom)
          : this.recent(ev.start, (s) => s.plural || s.kind === "organisation" || s.kind === "people", reachFrom);
    if (fit) {
      this.mention(fit, ev);
      return fit;
    }
    const s = this.add(this.make(p === "they" ? "people" : "person", ev.text, "unknown", "none"));
    this.mention(s, ev);
    return s;
  }

  /** "Votel", "Gen Al Mohamadawi", "Barzani": a surname (with a title) or a well-known person's name. */
  private resolveSurname(ev: Evidence, text: string, context: string, sentenceIndex: number): Source | null {
    const known = findKnownPerson(text);
    const singleMatch = SINGLE_NAME.exec(text);
    // A surname, not a country, an acronym or an institution ("Russia", "ISIS", "SANA", "Washington").
    const single = singleMatch && looksLikeSurname(singleMatch[1]!) && explainClaimant(singleMatch[1]!).tier !== 1 ? singleMatch : null;
    if (!single && !(known && text.split(/\s+/).length <= 3)) return null;
    const sentenceText = this.sentences[sentenceIndex]!.text;
    const surname = surnameOf(single ? single[1]! : text);
    const existing = (known && this.sources.find((x) => x.known === known.id)) || this.personByName(surname);
    if (existing) {
      this.describe(existing, context ? [context] : [], sentenceText);
      this.mention(existing, ev);
      return existing;
    }
    // A surname never introduced: the person the article described by role only.
    const byRole = !known && !context ? this.roleOnlyPerson(ev.start, single ? titleRole(text) : null, sentenceIndex) : null;
    if (byRole) {
      byRole.named = true;
      byRole.surname = surname;
      byRole.name = `${text} (${byRole.name})`;
      this.mention(byRole, ev);
      return byRole;
    }
    return this.registerPerson(ev, "", context ? [context] : [], sentenceIndex);
  }

  /** The earlier source a definite description ("the general", "the report", "the agency") refers to. */
  private antecedentOf(text: string, before: number, reachFrom: number): Source | null {
    const heads = [...text.matchAll(ROLE_WORDS)].map((m) => roleKey(m[1]!));
    const head = heads[heads.length - 1];
    if (!head) return null;
    const own = explainClaimant(text, "");
    const plural = PLURAL_ROLES.test(text);
    // "the report", "the new report": only a bare head noun refers to any earlier document or institution.
    const bare = /^(?:the|this|that|these|those)\s+(?:(?:new|latest|recent|same|former|latter)\s+)?[\w-]+$/i.test(text);
    const found = this.recent(
      before,
      (s) =>
        s.kind !== "voice" &&
        s.kind !== "nobody" &&
        (s.roles.has(head) || (bare && DOCUMENT_ROLES.has(head) && s.kind === "document") || (bare && GENERIC_INSTITUTIONS.has(head) && s.kind === "organisation")) &&
        (own.tier !== 1 || own.type === s.type) &&
        (plural ? s.plural || s.kind === "organisation" : !s.plural || s.kind !== "people"),
      reachFrom,
    );
    // "the agency" in a state agency's own story is the agency itself.
    if (!found && bare && /^(?:agency|channel|newspaper|broadcaster|outlet|network)$/.test(head) && this.publisher.type !== "media_other") return this.publisher;
    return found;
  }
}

/** "the command's statement" / "command figures released …": group 1 is the owner's head noun. */
const DOCUMENT_OWNER = /^(?:the\s+)?(?:[\w-]+\s+)?([\w-]+)(?:(?:'s|’s)\s+|\s+)(?:(?:new|latest|own|annual|quarterly|final)\s+)?(?:statement|report|figures|data|estimates?|assessment|count|tally|numbers|statistics|findings|study)\b/i;

function weaklyTyped(s: Source): boolean {
  return s.type === "unknown" || s.why === "none" || s.why.startsWith("theatre:") || s.why === "rule:military-rank";
}

/** "the team's coordinator" (group 2: the owner's head noun), "its spokesman" (group 1 only). */
const OWNER = /\b(?:(its|their)\s|[Tt]he\s+(?:[\w-]+\s+)?([\w-]+)(?:'s|’s)\s)/;

/** "Gen. Votel", "Al Mohamadawi", "Barzani": one name word, with a title or the Arabic article. */
const SINGLE_NAME = /^(?:(?:(?:Maj|Lt|Brig)\.?\s+)?(?:Gen|Col|Capt|Adm|Dr|Prof|Mr|Mrs|Ms|Sheikh|General|Colonel|Minister|President)\.?\s+)?((?:(?:al|el|Al|El)[-\s])?[A-Z][\w’'-]+)$/;

function roleKey(word: string): string {
  return word.toLowerCase().replace(/s$/, "").replace(/^spokes(?:wo)?m[ae]n$|^spokesperson$/, "spokesman");
}

function addRoles(s: Source, text: string): void {
  for (const m of text.matchAll(ROLE_WORDS)) s.roles.add(roleKey(m[1]!));
}

/** A source's name without its article, for "the same source named again". */
function plainKey(name: string): string {
  return nameKey(name.replace(DEFINITE, "").replace(INDEFINITE, ""));
}

/**
 * "A report said on Monday … SANA said": an untyped indefinite document or
 * group in one sentence that the next few sentences name. News leads often
 * credit "a report" or "officials" and name them a sentence or two later.
 */
function linkForward(frames: readonly ReportingFrame[], frameSources: Map<number, Source>): void {
  frames.forEach((f, i) => {
    const s = frameSources.get(i);
    if (!s || s.type !== "unknown" || s.named || s.kind === "nobody" || !/^(?:a|an)\s+(?:new\s+|recent\s+)?(?:report|statement|study)\b|^(?:new\s+)?reports\b/i.test(s.name)) return;
    const until = f.sentenceIndex + 3;
    for (let j = i + 1; j < frames.length; j++) {
      const g = frames[j]!;
      if (g.sentenceIndex > until) break;
      const t = frameSources.get(j);
      if (t && t !== s && t.type !== "unknown" && (t.kind === "organisation" || t.kind === "document")) {
        s.type = t.type;
        s.why = `linked:named later as "${t.name}"`;
        s.descriptors.push(t.name);
        return;
      }
    }
  });
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
