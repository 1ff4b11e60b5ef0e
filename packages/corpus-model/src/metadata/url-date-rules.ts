/**
 * Dates that news sites put in article URLs. A page's own URL dates it
 * (publication, rarely first publication before an update); a URL cited in
 * the text dates the source it links to, which the article can only follow.
 */
export interface UrlDateRule {
  id: string;
  description: string;
  /** Matched against the URL's path; groups: year, month, day (day absent for month paths). */
  pattern: RegExp;
}

const YEAR = String.raw`((?:19|20)\d\d)`;
const MONTH = String.raw`(0?[1-9]|1[0-2])`;
const DAY = String.raw`(0?[1-9]|[12]\d|3[01])`;
// What may follow a date in a path: the next segment, the slug, or the end.
const END = String.raw`(?=[/_.-]|$)`;

/** Most precise first: the first rule that matches a path decides. */
export const URL_DATE_RULES: readonly UrlDateRule[] = [
  { id: "path-year-month-day", description: "/2023/03/13/ in the path", pattern: new RegExp(String.raw`/${YEAR}/${MONTH}/${DAY}${END}`, "u") },
  { id: "path-iso-day", description: "2020-08-24 as a path segment or slug part", pattern: new RegExp(String.raw`[/_-]${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])${END}`, "u") },
  { id: "path-compact-day", description: "/20171206/ or /20171206-slug: year, month and day run together", pattern: new RegExp(String.raw`[/_-]${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])${END}`, "u") },
  { id: "path-year-month", description: "/2018/09/ in the path: month precision", pattern: new RegExp(String.raw`/${YEAR}/(0[1-9]|1[0-2])/`, "u") },
];
