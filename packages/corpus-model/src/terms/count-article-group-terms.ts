import type { CleanedArticle, GroupTermCounts } from "../model/types";
import { countGroupTerms } from "./count-group-terms";

/**
 * Removal reasons that still belong to the article as a reader sees it: the
 * headline (also when the page repeats it) and photo captions. Everything
 * else cleaning removed (share bars, related-headline lists, tags, bylines,
 * copyright trailers) is page furniture whose group names are not the
 * article's.
 */
export const ARTICLE_REMOVAL_REASONS: ReadonlySet<string> = new Set(["headline", "duplicate-headline", "caption", "duplicate-caption"]);

/**
 * Group-name counts over the article as the page shows it: headline, body and
 * captions, but not the furniture around them. Counting `pageText` instead
 * also counts names in "Related articles" lists and "Tags:" lines, which
 * differ per outlet template and would skew outlet comparisons.
 */
export function countArticleGroupTerms(cleaned: CleanedArticle): GroupTermCounts {
  const dropped = cleaned.removed.filter((f) => !ARTICLE_REMOVAL_REASONS.has(f.reason));
  // Blank the dropped lines (same length, so line structure and offsets survive).
  let text = "";
  let at = 0;
  for (const f of [...dropped].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    text += cleaned.pageText.slice(at, f.start) + " ".repeat(f.end - f.start);
    at = f.end;
  }
  text += cleaned.pageText.slice(at);
  const counts = countGroupTerms(text);
  // A headline taken from HTML <title> may not be in the extracted text.
  const hasHeadline = cleaned.removed.some((f) => f.reason === "headline" || f.reason === "duplicate-headline");
  const squash = (t: string) => t.replace(/[\s\u00a0]+/gu, " ");
  if (cleaned.title && !hasHeadline && !squash(cleaned.pageText).includes(squash(cleaned.title))) {
    const extra = countGroupTerms(cleaned.title);
    for (const k of Object.keys(counts) as (keyof GroupTermCounts)[]) counts[k] += extra[k];
  }
  return counts;
}
