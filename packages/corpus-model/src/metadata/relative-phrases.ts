/**
 * How a relative time phrase places publication relative to the dated thing
 * it is anchored to in the same sentence ("Earlier this month, Iraq declared
 * victory" -> published in the month of the victory declaration).
 */
export type RelativeRelation =
  | "same-month"
  | "previous-month"
  | "same-year"
  | "previous-year"
  | "same-week"
  | "previous-week"
  | "previous-day"
  | "recent";

export interface RelativePhrase {
  id: string;
  pattern: RegExp;
  relation: RelativeRelation;
  description: string;
}

export const RELATIVE_PHRASES: readonly RelativePhrase[] = [
  { id: "this-month", pattern: /\b(?:earlier|later|late|early) this month\b|\bthis month\b/giu, relation: "same-month", description: "published in the same month, after the anchor" },
  { id: "last-month", pattern: /\blast month\b|\bthe previous month\b/giu, relation: "previous-month", description: "published the month after the anchor" },
  { id: "this-year", pattern: /\b(?:earlier|later) this year\b|\bthis year\b/giu, relation: "same-year", description: "published in the same year, after the anchor" },
  { id: "last-year", pattern: /\blast year\b/giu, relation: "previous-year", description: "published the year after the anchor" },
  { id: "this-week", pattern: /\b(?:earlier )?this week\b/giu, relation: "same-week", description: "published within a week of the anchor" },
  { id: "last-week", pattern: /\blast (?:week|weekend)\b/giu, relation: "previous-week", description: "published one to two weeks after the anchor" },
  { id: "yesterday", pattern: /\byesterday\b/giu, relation: "previous-day", description: "published the day after the anchor" },
  { id: "recent", pattern: /\bnewly\b|\brecently\b|\bin the past few (?:days|weeks)\b|\bjust (?:been )?(?:sworn|formed|announced|launched)\b/giu, relation: "recent", description: "published within about two months of the anchor" },
];
