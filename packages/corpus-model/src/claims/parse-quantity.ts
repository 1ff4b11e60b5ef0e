import type { ClaimUnit, Qualifier } from "../model/types";
import { matchAllOf } from "../text/match-all";
import { NUMBER_WORD_ALTERNATION, NUMBER_WORD_VALUES } from "./number-words";
import { CONTEXT_QUALIFIER_RULES, PREFIX_QUALIFIER_RULES, SUFFIX_QUALIFIER_RULES } from "./qualifier-rules";
import { VAGUE_QUANTITIES } from "./vague-quantities";
import { ONE_MILITANT_AFTER } from "./counted-nouns";

/** A quantity as written in a piece of text, before we know what it counts. */
export interface QuantityMatch {
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: ClaimUnit;
  /** Offsets in the searched text of the whole quantity as written, qualifier and "percent" included. */
  start: number;
  end: number;
  /** Offsets of the number(s) alone: where the counted noun phrase search starts (after `end`). */
  numberStart: number;
  numberEnd: number;
  /** Which rules fired, so the UI can explain the reading. */
  rules: string[];
}

interface Atom {
  start: number;
  end: number;
  value: number;
  /** True for a bare 4-digit number between 1900 and 2099 (probably a year). */
  yearLike: boolean;
  /** True when written with a scale word ("five thousand", "40 thousand"). */
  scaled: boolean;
  /** The last scale word it was written with (100, 1,000 or 1,000,000), if any. */
  scale?: number;
  vagueId?: string;
  low?: number;
  high?: number;
  /** A fraction of a group ("a third of the fighters"): a percentage, never half of a range. */
  fraction?: boolean;
  /** "one in five fighters": a fraction written before its noun, with no "of". */
  oneIn?: boolean;
}

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

// Digits: "1,000", "4500", "1.5"; optional scale word. Not preceded by
// currency or part of a longer token ("$3m", "20km", "10th" never match
// because the number must end at a non-word character).
// "10.000" is European digit grouping (ten thousand), tried first; "1.5" stays a decimal.
// A no-break or thin space also groups thousands ("10\u00a0000", as typeset French and Russian copy has it).
const DIGIT_ATOM = /(?<![\w$€£¥.,:/#-]|[\w$€£¥][.,])(\d{1,3}(?:\.\d{3})+(?![\d.,]|\s+(?:thousand|million|billion)\b)|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d.,])|\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million))?(?![\w:]|[.,]\d)/g;
// A hyphen directly before digits is allowed only as the second half of a
// range ("28,600-31,600"); we capture those separately.
const DIGIT_AFTER_DASH = /(?<=\d\s?[-–—]\s?)(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million))?(?![\w:]|[.,]\d)/g;
const WORD_ATOM = new RegExp(
  `\\b(?:a\\s+(?=(?:hundred|thousand|million)\\b))?(?:${NUMBER_WORD_ALTERNATION})(?:(?:\\s+and\\s+|\\s+|-)(?:${NUMBER_WORD_ALTERNATION}))*\\b`,
  "gi",
);

// "a dozen", "two dozen", "half a dozen": a number word with a multiplier
// ("dozens" is the contract's vague term and is matched separately).
const DOZEN_ATOM = /\b(a|one|two|three|four|five|six|half a)\s+dozen\b(?!s)/gi;
const DOZEN_MULTIPLIERS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, "half a": 0.5 };

// "a third of the fighters", "two-thirds of them", "half of its members": read as a percentage of the group.
// Only before "of": "cut by two-thirds" is a fraction of an unstated figure.
const FRACTION_ATOM = /\b(?:(?:a|one)[ -](?:half|third|quarter|fifth|tenth)|(?:two)[ -]thirds|(?:three)[ -](?:quarters|fifths)|half)(?=\s+of\b)/gi;
// "one in five fighters is a foreigner": 20 percent.
const ONE_IN_ATOM = new RegExp(`\\bone in (${NUMBER_WORD_ALTERNATION}|\\d{1,3})\\b(?!\\s+(?:hundred|thousand|million)\\b)`, "gi");
const FRACTION_GATE = /half|third|quarter|fifth|tenth/;
const FRACTION_PERCENT: Readonly<Record<string, number>> = {
  half: 50,
  third: 33.3,
  quarter: 25,
  fifth: 20,
  tenth: 10,
  thirds: 66.7,
  quarters: 75,
  fifths: 60,
};

const SCALE_OF: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const DIGITS_OK = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Dots as thousands separators, as European and some Middle Eastern copy writes them ("10.000 fighters"). */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Finds every quantity in `text`: numbers in digits or words, ranges
 * ("X to Y", "X-Y", "between X and Y"), qualifiers ("at least", "nearly"),
 * percentages and the contract's vague quantities. Years, dates, ordinals
 * and currency amounts are dropped here; what the number counts is decided
 * later by the counted-noun check.
 */
export function parseQuantities(text: string): QuantityMatch[] {
  const atoms = findAtoms(text);
  const out: QuantityMatch[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const rules: string[] = [];
    if (a.vagueId !== undefined) {
      rules.push(`vague:${a.vagueId}`);
      out.push({
        low: a.low ?? null,
        high: a.high ?? null,
        qualifier: "vague",
        unit: "people",
        start: a.start,
        end: a.end,
        numberStart: a.start,
        numberEnd: a.end,
        rules,
      });
      continue;
    }
    let start = a.start;
    let end = a.end;
    let low: number | null = a.value;
    let high: number | null = a.value;
    let qualifier: Qualifier = "exact";
    let isRange = false;

    const b = atoms[i + 1];
    if (b !== undefined && b.vagueId === undefined && !a.fraction && !b.fraction) {
      const gap = text.slice(a.end, b.start);
      // Only the words right before the number matter; a bounded window keeps long sentences linear.
      const windowStart = Math.max(0, a.start - 24);
      const before = text.slice(windowStart, a.start);
      const between = /\bbetween\s+$/i.exec(before);
      const from = /\bfrom\s+$/i.exec(before);
      let joined = false;
      if (/^\s*[-–—]\s*$/.test(gap) || /^\s+to\s+$/i.test(gap) || /^\s+or\s+$/i.test(gap)) {
        joined = true;
        rules.push(/^\s+or\s+$/i.test(gap) ? "range:or" : /to/i.test(gap) ? "range:to" : "range:dash");
        if (from && /to/i.test(gap)) start = windowStart + from.index;
      } else if (between && /^\s+and\s+$/i.test(gap)) {
        joined = true;
        rules.push("range:between-and");
      }
      if (between && joined) start = windowStart + between.index;
      if (joined) {
        let lo = a.value;
        const hi = b.value;
        // "two to three thousand", "three or four hundred", "1.5 to 2 million": the scale word is written once.
        if (!a.scaled && b.scale !== undefined && lo < b.scale && lo * b.scale <= hi) {
          lo *= b.scale;
          rules.push("range:shared-scale");
        } else if (!a.scaled && lo < 1000 && hi >= 1000 && hi % 1000 === 0 && lo * 1000 <= hi && lo * 1000 * 10 >= hi) {
          // "20-30,000", "15 to 20,000": the magnitude is written once.
          lo *= 1000;
          rules.push("range:shared-scale");
        }
        if (a.yearLike && b.yearLike) continue;
        low = Math.min(lo, hi);
        high = Math.max(lo, hi);
        qualifier = "between";
        isRange = true;
        end = b.end;
        i++;
      }
    }
    if (!isRange) {
      if (a.yearLike && !hasPrefixQualifier(text.slice(0, a.start))) continue;
      if (a.value === 0) continue;
      const pre = matchPrefixQualifier(text.slice(0, a.start));
      if (pre) {
        qualifier = pre.qualifier;
        start = pre.start;
        rules.push(`qualifier:${pre.id}`);
      }
      const suf = matchSuffixQualifier(text.slice(end));
      if (suf && (qualifier === "exact" || (qualifier === "about" && suf.overridesAbout))) {
        qualifier = suf.qualifier;
        end += suf.length;
        rules.push(`qualifier:${suf.id}`);
      }
    }
    const numberEnd = end;
    let unit: ClaimUnit = "people";
    const pct = a.fraction ? null : /^\s?(?:%|percent\b|per cent\b|pct\b)/i.exec(text.slice(end));
    if (a.fraction) {
      unit = "percent";
      rules.push(a.oneIn ? "unit:one-in" : "unit:fraction");
    } else if (pct) {
      unit = "percent";
      end += pct[0].length;
      rules.push("unit:percent");
    }
    if (!isRange && (qualifier === "exact" || qualifier === "about")) {
      const ctx = matchContextQualifier(text, start, numberEnd);
      if (ctx) {
        qualifier = ctx.qualifier;
        rules.push(`qualifier:${ctx.id}`);
      }
    }
    if (!isRange) [low, high] = boundsFor(qualifier, a.value);
    out.push({ low, high, qualifier, unit, start, end, numberStart: a.start, numberEnd, rules });
  }
  return out;
}

/**
 * "about 5,000 are Syrian and 3,000 Iraqi": a number that borrows the
 * previous quantity's noun also shares its approximator. Only "about" is
 * shared, and only across "and"/"or"; a bound ("fewer than 1,000 in Iraq
 * and 2,500 in Syria") is not.
 */
export function shareApproximation(q: QuantityMatch, previous: Pick<QuantityMatch, "qualifier" | "end"> | null, text: string): QuantityMatch {
  if (!previous || previous.qualifier !== "about" || q.qualifier !== "exact" || previous.end > q.start) return q;
  // Coordination shares it ("… in Iraq and 2,500 in Syria"); a subset does not ("around 3,500, including 1,500 in Iraq").
  const gap = text.slice(previous.end, q.start);
  if (!/\b(?:and|or)\s+$/i.test(gap) || /\b(?:including|among|of whom|of them)\b/i.test(gap)) return q;
  return { ...q, qualifier: "about", rules: [...q.rules, "qualifier:shared-approximation"] };
}

function boundsFor(q: Qualifier, v: number): [number | null, number | null] {
  switch (q) {
    case "at_least":
    case "more_than":
      return [v, null];
    case "at_most":
    case "fewer_than":
    case "up_to":
      return [null, v];
    default:
      return [v, v];
  }
}

function hasPrefixQualifier(before: string): boolean {
  return matchPrefixQualifier(before) !== null;
}

// Compiled once at load rather than per call: findAtoms runs on every sentence.
const VAGUE_REGEXES = VAGUE_QUANTITIES.map((v) => ({ v, re: new RegExp(`\\b(?:${v.pattern})\\b`, "gi") }));
const PREFIX_REGEXES = PREFIX_QUALIFIER_RULES.map((r) => ({ rule: r, re: new RegExp(`(?:${r.pattern})\\s*$`, "i") }));
const SUFFIX_REGEXES = SUFFIX_QUALIFIER_RULES.map((r) => ({ rule: r, re: new RegExp(r.pattern, "i") }));
const CONTEXT_REGEXES = CONTEXT_QUALIFIER_RULES.map((r) => ({ rule: r, re: new RegExp(r.pattern, "i") }));

function matchPrefixQualifier(before: string): { id: string; qualifier: Qualifier; start: number } | null {
  // Only look at the last few words: qualifiers sit right before the number.
  const tail = before.slice(-40);
  const offset = before.length - tail.length;
  for (const { rule, re } of PREFIX_REGEXES) {
    const m = re.exec(tail);
    if (m) return { id: rule.id, qualifier: rule.qualifier, start: offset + m.index };
  }
  return null;
}

function matchSuffixQualifier(after: string): { id: string; qualifier: Qualifier; length: number; overridesAbout: boolean } | null {
  for (const { rule, re } of SUFFIX_REGEXES) {
    const m = re.exec(after);
    if (m) return { id: rule.id, qualifier: rule.qualifier, length: m[0].length, overridesAbout: rule.overridesAbout === true };
  }
  return null;
}

function matchContextQualifier(text: string, start: number, end: number): { id: string; qualifier: Qualifier } | null {
  for (const { rule, re } of CONTEXT_REGEXES) {
    // Bounded windows on each side; a sentence break ends the window.
    const before = text.slice(Math.max(0, start - rule.before), start);
    const after = text.slice(end, end + rule.after);
    const cutAfter = /[.;!?](?:\s|$)/.exec(after);
    if (re.test(before) || re.test(cutAfter ? after.slice(0, cutAfter.index) : after)) return { id: rule.id, qualifier: rule.qualifier };
  }
  return null;
}

function findAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  // Taken spans, disjoint and sorted by start: overlap checks are a binary search, not a scan.
  const taken: Array<[number, number]> = [];
  const add = (atom: Atom) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]![0] < atom.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = taken[lo - 1];
    const next = taken[lo];
    if ((prev && prev[1] > atom.start) || (next && next[0] < atom.end)) return;
    atoms.push(atom);
    taken.splice(lo, 0, [atom.start, atom.end]);
  };

  for (const { v, re } of VAGUE_REGEXES) {
    for (const m of matchAllOf(re, text)) {
      const s = m.index;
      add({ start: s, end: s + m[0].length, value: v.low, yearLike: false, scaled: false, vagueId: v.id, low: v.low, high: v.high });
    }
  }
  // Cheap literal gates first: most sentences have no "dozen", "one in" or fraction word.
  const lower = text.toLowerCase();
  if (lower.includes("one in ")) for (const m of matchAllOf(ONE_IN_ATOM, text)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : wordsToNumber(m[1]!);
    if (n !== null && n >= 2) add({ start: m.index, end: m.index + m[0].length, value: Math.round(1000 / n) / 10, yearLike: false, scaled: false, fraction: true, oneIn: true });
  }
  for (const re of [DIGIT_ATOM, DIGIT_AFTER_DASH]) {
    for (const m of matchAllOf(re, text)) {
      let digits = m[1]!;
      const s = m.index;
      let e = s + m[0].length;
      const scaleWord = m[2];
      if (scaleWord === undefined) {
        // "[\d,]*" may swallow a trailing comma ("1,000, the").
        while (digits.endsWith(",")) {
          digits = digits.slice(0, -1);
          e = s + digits.length;
        }
      } else if (digits.endsWith(",")) continue;
      const dotGrouped = scaleWord === undefined && DOT_GROUPED.test(digits);
      const spaceGrouped = /[\u00a0\u202f]/.test(digits);
      if (!dotGrouped && !spaceGrouped && !DIGITS_OK.test(digits)) continue;
      let value = Number(dotGrouped || spaceGrouped ? digits.replace(/[.\u00a0\u202f]/g, "") : digits.replace(/,/g, ""));
      if (!Number.isFinite(value)) continue;
      if (scaleWord) value *= scaleWord.toLowerCase() === "thousand" ? 1000 : 1_000_000;
      if (isAfterMonth(text, s)) continue;
      const yearLike = !scaleWord && /^\d{4}$/.test(digits) && value >= 1900 && value <= 2099;
      // Decimals stay ("2.5 percent"); a scaled figure is a whole number of people ("1.25 million").
      add({ start: s, end: e, value: scaleWord ? Math.round(value) : value, yearLike, scaled: scaleWord !== undefined, scale: scaleWord ? SCALE_OF[scaleWord.toLowerCase()] : undefined });
    }
  }
  if (lower.includes("dozen")) for (const m of matchAllOf(DOZEN_ATOM, text)) {
    const k = DOZEN_MULTIPLIERS[m[1]!.toLowerCase().replace(/\s+/g, " ")];
    if (k !== undefined) add({ start: m.index, end: m.index + m[0].length, value: k * 12, yearLike: false, scaled: false });
  }
  if (FRACTION_GATE.test(lower)) for (const m of matchAllOf(FRACTION_ATOM, text)) {
    const last = m[0].toLowerCase().split(/[ -]/).pop()!;
    const value = FRACTION_PERCENT[last];
    if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, value, yearLike: false, scaled: false, fraction: true });
  }
  for (const m of matchAllOf(WORD_ATOM, text)) {
    // "between two and three thousand": when the whole run does not compose, read its "and"-separated parts.
    const parts = wordsToNumber(m[0]) !== null ? [{ t: m[0], at: 0 }] : splitOnAnd(m[0]);
    for (const { t, at } of parts) {
      const value = wordsToNumber(t);
      if (value === null) continue;
      // A bare "one" is almost never a count ("one of the fighters", "one day"),
      // except right before a singular militant noun ("One attacker blew himself up").
      if (/^one$/i.test(t) && !ONE_MILITANT_AFTER.test(text.slice(m.index + at + t.length, m.index + at + t.length + 60))) continue;
      const scaleWord = /(hundred|thousand|million)(?!.*\b(?:hundred|thousand|million)\b)/i.exec(t)?.[1];
      add({ start: m.index + at, end: m.index + at + t.length, value, yearLike: false, scaled: scaleWord !== undefined, scale: scaleWord ? SCALE_OF[scaleWord.toLowerCase()] : undefined });
    }
  }
  atoms.sort((x, y) => x.start - y.start);
  return atoms;
}

function splitOnAnd(phrase: string): Array<{ t: string; at: number }> {
  const out: Array<{ t: string; at: number }> = [];
  let at = 0;
  for (const m of phrase.matchAll(/\s+and\s+/gi)) {
    out.push({ t: phrase.slice(at, m.index), at });
    at = m.index + m[0].length;
  }
  out.push({ t: phrase.slice(at), at });
  return out;
}

// Compiled once: isAfterMonth runs for every digit atom.
const AFTER_MONTH = new RegExp(`\\b(?:${MONTHS})\\.?\\s*$`, "i");

function isAfterMonth(text: string, start: number): boolean {
  return AFTER_MONTH.test(text.slice(Math.max(0, start - 12), start));
}

/** "twenty-five" → 25, "five thousand" → 5000, "a hundred" → 100; null when the words do not compose. */
export function wordsToNumber(phrase: string): number | null {
  const tokens = phrase.toLowerCase().split(/[\s-]+/).filter((t) => t !== "and");
  let total = 0;
  let current = 0;
  let prevUnit: number | null = null;
  let any = false;
  for (const t of tokens) {
    if (t === "a") {
      current = 1;
      prevUnit = null;
      continue;
    }
    const w = NUMBER_WORD_VALUES.get(t);
    if (!w) return null;
    any = true;
    if (w.kind === "unit") {
      // Two units in a row only compose as tens + ones ("twenty five").
      if (prevUnit !== null && !(prevUnit >= 20 && prevUnit % 10 === 0 && w.value < 10)) return null;
      current += w.value;
      prevUnit = w.value;
    } else if (w.value === 100) {
      current = (current === 0 ? 1 : current) * 100;
      prevUnit = null;
    } else {
      total += (current === 0 ? 1 : current) * w.value;
      current = 0;
      prevUnit = null;
    }
  }
  if (!any) return null;
  // A lone scale word ("thousand") without a count is not a number we read.
  if (tokens.length === 1 && NUMBER_WORD_VALUES.get(tokens[0]!)?.kind === "scale") return null;
  return total + current;
}
