import { extractAttacks } from "../attacks";
import { extractClaims, findAttributions } from "../claims";
import { cleanArticle } from "../clean";
import { extractFraming } from "../framing";
import { inferOutlet, inferPublishedDate } from "../metadata";
import { EXTRACTOR_VERSION } from "../model/extractor-version";
import type { ArticleAnalysis, RawArticle } from "../model/types";
import { countArticleGroupTerms } from "../terms";
import { splitSentences } from "../text";

/**
 * The whole pipeline for one article: clean, read metadata, split sentences
 * once, then run every extractor over the same body so all offsets agree.
 */
export function analyzeArticle(input: RawArticle): ArticleAnalysis {
  const supplied = input.metadata ?? {};
  const cleaned = cleanArticle(input.raw, { url: supplied.url });
  const body = cleaned.body;
  const sentences = splitSentences(body);
  const attributions = findAttributions(body, sentences);

  return {
    source: input.source,
    title: supplied.title ?? cleaned.title,
    body,
    outlet: inferOutlet({ raw: input.raw, cleaned, url: supplied.url, supplied: supplied.outlet }),
    published: inferPublishedDate({ raw: input.raw, cleaned, supplied: supplied.published, url: supplied.url }),
    // The contract counts the group's names as the article shows them:
    // headline and captions included (as the gold annotation does), page
    // furniture excluded. The framing naming shares below are computed over
    // the cleaned body, with offsets.
    groupTerms: countArticleGroupTerms(cleaned),
    fighterClaims: extractClaims(body, sentences, attributions),
    attacks: extractAttacks(body, sentences),
    framing: extractFraming(body, sentences, attributions),
    removed: cleaned.removed,
    byline: cleaned.byline,
    dateline: cleaned.dateline,
    extractorVersion: EXTRACTOR_VERSION,
  };
}
