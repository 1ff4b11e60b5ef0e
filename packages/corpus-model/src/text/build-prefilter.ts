import { anyMatcher } from "./match-all";

/**
 * A quick test that rules a text out for a whole rule table: it says no
 * only when none of `patterns` can match anywhere in the text, and may say
 * yes when none does. Callers run the table's patterns only on a yes.
 *
 * It is `anyMatcher` over copies of the patterns without their `\b`
 * assertions where the flags are "iu": V8 checks a word boundary in a
 * case-insensitive Unicode pattern about ten times slower than the rest of
 * such a pattern (it must also treat "ſ" and the Kelvin sign as word
 * characters), and it was most of the cost of scanning sentences for the
 * date tables. Dropping an assertion only lets a pattern match more, so a
 * no stays exact.
 */
export function buildPrefilter(patterns: readonly RegExp[]): (text: string) => boolean {
  return anyMatcher(patterns.map((p) => (p.ignoreCase && p.unicode ? withoutWordBoundaries(p) : p)));
}

function withoutWordBoundaries(pattern: RegExp): RegExp {
  const s = pattern.source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\") {
      // Inside a class "\b" is a backspace, not an assertion.
      if (s[i + 1] !== "b" || inClass) out += c + (s[i + 1] ?? "");
      i++;
      continue;
    }
    // With the "u" flag a class cannot nest and an unescaped "]" always closes it.
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return new RegExp(out, pattern.flags);
}
