import type { ArticleAnalysis, SuppliedMetadata } from "@framewatch/corpus-model";
import { attackConfidence, claimConfidence } from "@framewatch/corpus-model/review";
import type { CopyValue } from "./copy-rows";

/** A file ready to store: identity, where it came from, and the raw text the analysis read. */
export interface ArticleSource {
  source: string;
  /** sha256 of the raw bytes, hex: the article's identity. */
  sha256: string;
  raw: string;
  /** What the import file said about the article (it won over inference); null for a whole-file article. */
  supplied: SuppliedMetadata | null;
}

/**
 * The Article columns written from an analysis, with the PostgreSQL type of
 * each: values travel as one array per column (`unnest`), cast back here.
 * Keep in step with prisma/schema.prisma (the import tests read every column back).
 */
export const ARTICLE_COLUMNS = [
  ["source", "text"],
  ["sha256", "text"],
  ["raw", "text"],
  ["title", "text"],
  ["body", "text"],
  ["byline", "text"],
  ["dateline", "text"],
  ["outletId", "int"],
  ["outletEvidence", "text"],
  ["publishedDate", "text"],
  ["publishedPrecision", '"DatePrecision"'],
  ["publishedEarliest", "date"],
  ["publishedLatest", "date"],
  ["publishedEvidence", "text"],
  ["wordCount", "int"],
  ["groupTerms", "jsonb"],
  ["framing", "jsonb"],
  ["dateSpans", "jsonb"],
  ["removed", "jsonb"],
  ["supplied", "jsonb"],
  ["extractorVersion", "text"],
] as const;

/** One Article row, in ARTICLE_COLUMNS order. */
export function articleRow(file: ArticleSource, analysis: ArticleAnalysis, outletId: number | null): (string | number | null)[] {
  const { signals: _signals, ...framing } = analysis.framing;
  const p = analysis.published;
  return [
    file.source,
    file.sha256,
    file.raw,
    analysis.title,
    analysis.body,
    analysis.byline,
    analysis.dateline,
    outletId,
    analysis.outlet?.evidence ?? null,
    p?.date ?? null,
    p?.precision ?? null,
    p?.earliest ?? null,
    p?.latest ?? null,
    p?.evidence ?? null,
    framing.wordCount,
    JSON.stringify(analysis.groupTerms),
    JSON.stringify(framing),
    JSON.stringify(p?.spans ?? []),
    JSON.stringify(analysis.removed),
    file.supplied ? JSON.stringify(file.supplied) : null,
    analysis.extractorVersion,
  ];
}

export const CLAIM_COLUMNS = [
  "articleId",
  "ordinal",
  "low",
  "high",
  "qualifier",
  "unit",
  "claimant",
  "claimantType",
  "refersTo",
  "section",
  "quantityText",
  "quantityStart",
  "quantityEnd",
  "sentence",
  "sentenceStart",
  "sentenceEnd",
  "claimantEvidenceText",
  "claimantEvidenceStart",
  "claimantEvidenceEnd",
  "rules",
  "confidence",
] as const;

export function* claimRows(articleId: number, analysis: ArticleAnalysis): Generator<CopyValue[]> {
  for (const [ordinal, c] of analysis.fighterClaims.entries()) {
    yield [
      articleId,
      ordinal,
      c.low,
      c.high,
      c.qualifier,
      c.unit,
      c.claimant,
      c.claimantType,
      c.refersTo,
      c.section,
      c.quantity.text,
      c.quantity.start,
      c.quantity.end,
      c.text,
      c.start,
      c.end,
      c.claimantEvidence?.text ?? null,
      c.claimantEvidence?.start ?? null,
      c.claimantEvidence?.end ?? null,
      c.rules,
      claimConfidence(c),
    ];
  }
}

export const ATTACK_COLUMNS = ["articleId", "ordinal", "type", "triggerText", "triggerStart", "triggerEnd", "sentence", "sentenceStart", "sentenceEnd", "confidence"] as const;

export function* attackRows(articleId: number, analysis: ArticleAnalysis): Generator<CopyValue[]> {
  for (const [ordinal, a] of analysis.attacks.entries()) {
    // From the stored fields only (type, trigger), as the migration's backfill computes it for older rows.
    yield [articleId, ordinal, a.type, a.trigger.text, a.trigger.start, a.trigger.end, a.text, a.start, a.end, attackConfidence({ type: a.type, triggerText: a.trigger.text })];
  }
}

export const SIGNAL_COLUMNS = [
  "articleId",
  "ordinal",
  "dimension",
  "category",
  "rule",
  "matchText",
  "matchStart",
  "matchEnd",
  "sentence",
  "sentenceStart",
  "sentenceEnd",
] as const;

export function* signalRows(articleId: number, analysis: ArticleAnalysis): Generator<CopyValue[]> {
  for (const [ordinal, s] of analysis.framing.signals.entries()) {
    yield [articleId, ordinal, s.dimension, s.category, s.rule, s.match.text, s.match.start, s.match.end, s.sentence.text, s.sentence.start, s.sentence.end];
  }
}
