/** A dateline detector: the place a story was filed from, opening its first paragraph. */
export interface DatelinePattern {
  id: string;
  description: string;
  /** Group 1 is the place. */
  pattern: RegExp;
}

const SP = String.raw`[ \u00a0]`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.\-]+`;
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}'’\-]+|al|el|de)`;
const COUNTRY = String.raw`,${SP}*\p{Lu}[\p{L}'’.\-]+(?:${SP}+\p{Lu}[\p{L}'’.\-]+){0,2}`;
const AGENCY = String.raw`(?:${SP}*\([^)\n]{1,40}\))?`;
const DATE = String.raw`(?:,?${SP}+\p{Lu}\p{Ll}{2,8}\.?${SP}+\d{1,2})?`;

export const DATELINE_PATTERNS: readonly DatelinePattern[] = [
  {
    id: "caps-place",
    description: "Upper-case place, optional country/date/agency, then a colon or dash: \"BAGHDAD:\", \"MOSUL, Iraq (AP) —\"",
    pattern: new RegExp(String.raw`^(\p{Lu}{3}[\p{Lu}'’.\-]*(?:${SP}+${CAPS_WORD}){0,3}(?:${COUNTRY})?)${DATE}${AGENCY}${SP}*(?::|[-–—]{1,2})${SP}`, "u"),
  },
  {
    id: "title-place-dash",
    description: "Title-case place with optional country, then an en/em dash: \"Al Qaim, Iraq –\"",
    pattern: new RegExp(String.raw`^(\p{Lu}[\p{L}'’\-]+(?:${SP}+${TITLE_WORD}){0,3}(?:${COUNTRY})?)${DATE}${AGENCY}${SP}+[–—]{1,2}${SP}`, "u"),
  },
  {
    id: "title-place-colon",
    description: "Title-case place then a colon, Gulf style: \"Baghdad: Two rockets ...\" (labels such as \"Abstract:\" excluded)",
    pattern: new RegExp(String.raw`^(?!(?:Abstract|Analysis|Update|Updated|Note|Editor|Opinion|Exclusive|Watch|Breaking|Summary|Background|Context|Correction|Warning|Read|Related|Source|Photo|Video|Live|Comment|Q|A)\b)(\p{Lu}\p{Ll}+(?:${SP}+\p{Lu}\p{Ll}+)?):${SP}+\p{Lu}`, "u"),
  },
  {
    id: "title-place-agency",
    description: "Title-case place followed by a wire credit: \"Baghdad (Reuters) -\"",
    pattern: new RegExp(String.raw`^(\p{Lu}[\p{L}'’\-]+(?:${SP}+${TITLE_WORD}){0,3}(?:${COUNTRY})?)${DATE}${SP}*\((?:Reuters|AFP|AP|Xinhua|Anadolu|dpa|UPI|IANS|Kurdistan24|Rudaw|IRNA|SANA)\)${SP}*[-–—:]`, "u"),
  },
];
