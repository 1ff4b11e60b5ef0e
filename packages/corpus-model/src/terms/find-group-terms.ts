import type { GroupTerm } from "../model/types";
import { matchAllOf } from "../text/match-all";
import { GROUP_TERM_LEXICON } from "./group-term-lexicon";
import { isShoutedContext } from "./is-shouted-context";

/** One mention of a group name, with offsets in the text it was found in. */
export interface GroupTermMatch {
  term: GroupTerm;
  /** Id of the GROUP_TERM_LEXICON entry that matched. */
  rule: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Every group-name mention in `text`, sorted by offset. This is the single
 * matcher behind both `countGroupTerms` and the framing "naming" indicator,
 * so the two always agree.
 */
export function findGroupTerms(text: string): GroupTermMatch[] {
  const out: GroupTermMatch[] = [];
  for (const rule of GROUP_TERM_LEXICON) {
    for (const m of matchAllOf(rule.pattern, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule.term === "IS" && isShoutedContext(text, start, end)) continue;
      out.push({ term: rule.term, rule: rule.id, start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
