import { extractAttacks } from "../attacks";
import { extractClaims, extractHeadlineClaims, findAttributions, mergeRepeatedClaims } from "../claims";
import { cleanArticle, judgeArticleText } from "../clean";
import { extractFraming } from "../framing";
import { inferOutlet, inferPublishedDate } from "../metadata";
import { analyzeSources } from "../sources";
import { EXTRACTOR_VERSION } from "../model/extractor-version";
import type { ArticleAnalysis, RawArticle } from "../model/types";
import { countArticleGroupTerms } from "../terms";
import { splitSentences } from "../text";

export interface AnalyzeOptions {
  /**
   * Refuse (throw NotProseError) when the cleaned body is empty or not prose
   * (judgeArticleText), before the extractors run on it: what is stored must be an article.
   */
  requireProse?: boolean;
}

/** The cleaned body is not an article; the message says why. */
export class NotProseError extends Error {}

/**
 * The whole pipeline for one article: clean, read metadata, split sentences
 * once, then run every extractor over the same body so all offsets agree.
 */
export function analyzeArticle(input: RawArticle, options: AnalyzeOptions = {}): ArticleAnalysis {
  const supplied = input.metadata ?? {};
  // A supplied title is the headline: the cleaner then takes no other line for it.
  const cleaned = cleanArticle(input.raw, { url: supplied.url, title: supplied.title });
  if (options.requireProse) {
    const refusal = judgeArticleText(cleaned.body);
    if (refusal) throw new NotProseError(refusal);
  }
  const body = cleaned.body;
  const sentences = splitSentences(body);
  const outlet = inferOutlet({ raw: input.raw, cleaned, url: supplied.url, supplied: supplied.outlet });
  const sources = analyzeSources(body, sentences, { outlet: outlet?.name ?? null });
  const attributions = findAttributions(body, sentences, sources);
  const title = supplied.title ?? cleaned.title;
  const bodyClaims = extractClaims(body, sentences, sources);

  return {
    source: input.source,
    title,
    body,
    outlet,
    published: inferPublishedDate({ raw: input.raw, cleaned, supplied: supplied.published, url: supplied.url }),
    // The contract counts the group's names as the article shows them:
    // headline and captions included (as the gold annotation does), page
    // furniture excluded. The framing naming shares below are computed over
    // the cleaned body, with offsets.
    groupTerms: countArticleGroupTerms(cleaned),
    fighterClaims: mergeRepeatedClaims([...extractHeadlineClaims(title, bodyClaims, outlet?.name ?? null), ...bodyClaims]),
    attacks: extractAttacks(body, sentences),
    framing: extractFraming(body, sentences, attributions),
    removed: cleaned.removed,
    byline: supplied.byline?.trim() || cleaned.byline,
    dateline: cleaned.dateline,
    extractorVersion: EXTRACTOR_VERSION,
  };
}
