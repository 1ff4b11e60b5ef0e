/**
 * Shared, precompiled matching for the extractors' hot loops.
 *
 * The rule tables hold global regexes that are run on every sentence of
 * every article. `text.matchAll(re)` (and the `new RegExp(re.source,
 * re.flags)` copies the extractors used to make so the table's `lastIndex`
 * is never touched) allocate a fresh regex per call; at ~40 sentences x
 * ~150 rules per article that churn was a large share of the run time.
 * Instead each table regex gets one private copy, made on first use and
 * reused: callers get the same matches as `matchAll`, and the table's own
 * regex (and its `lastIndex`) is never used.
 */

interface Copy {
  re: RegExp;
  /** Unicode-aware flag: an empty match advances by a whole code point. */
  unicode: boolean;
}

const copies = new WeakMap<RegExp, Copy>();

function copyOf(pattern: RegExp): Copy {
  let copy = copies.get(pattern);
  if (!copy) {
    copy = { re: new RegExp(pattern.source, pattern.flags), unicode: pattern.unicode || pattern.flags.includes("v") };
    copies.set(pattern, copy);
  }
  return copy;
}

/**
 * Every match of the global `pattern` in `text`, in order: the same as
 * `[...text.matchAll(new RegExp(pattern.source, pattern.flags))]`.
 */
export function matchAllOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchAllOf needs a global pattern: ${String(pattern)}`);
  const { re, unicode } = copyOf(pattern);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    // As matchAll does: step past an empty match so the loop advances.
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The first match of `pattern` in `text` from the start, whatever the
 * table regex's `lastIndex`: the same as
 * `new RegExp(pattern.source, pattern.flags).exec(text)`.
 */
export function firstMatchOf(pattern: RegExp, text: string): RegExpExecArray | null {
  const { re } = copyOf(pattern);
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

/**
 * A test for "does any of `patterns` match anywhere in the text", built
 * once per rule table. Most sentences match no rule of a given table, so
 * the extractors ask this first and skip the per-rule scans when it says
 * no: one scan of the sentence instead of one per rule.
 *
 * Patterns with the same flags are joined into one alternation, which
 * matches somewhere exactly when one of them does (so a "no" is exact and
 * the table's results are unchanged). Patterns that cannot be joined
 * safely (back-references or named groups, sticky) are tested on their own.
 */
export function anyMatcher(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const p of patterns) {
    const flags = p.flags.replace("g", "");
    if (flags.includes("y") || /\\[1-9]|\\k<|\(\?<(?![=!])/u.test(p.source)) {
      alone.push(new RegExp(p.source, flags));
      continue;
    }
    let group = byFlags.get(flags);
    if (!group) byFlags.set(flags, (group = []));
    group.push(p.source);
  }
  const tests = [...[...byFlags].map(([flags, sources]) => new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags)), ...alone];
  return (text) => tests.some((re) => re.test(text));
}
