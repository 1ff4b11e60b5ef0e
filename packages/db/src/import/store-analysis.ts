import { analyzeArticle, type ArticleAnalysis } from "@framewatch/corpus-model";
import type { Prisma, PrismaClient } from "../client";

type Tx = Prisma.TransactionClient;

export interface StoredFile {
  source: string;
  sha256: string;
  raw: string;
}

/**
 * Writes one article's analysis: the article row (inserted, or updated when
 * re-analysing) and its facts, replaced as a whole so a re-analysis never
 * leaves duplicates. Runs inside the caller's transaction.
 */
export async function storeAnalysis(
  tx: Tx,
  file: StoredFile,
  analysis: ArticleAnalysis,
  importRunId: number | null,
): Promise<number> {
  const outlet = analysis.outlet
    ? await tx.outlet.upsert({ where: { name: analysis.outlet.name }, create: { name: analysis.outlet.name }, update: {} })
    : null;
  const { signals, ...framing } = analysis.framing;
  const p = analysis.published;
  const data = {
    source: file.source,
    raw: file.raw,
    title: analysis.title,
    body: analysis.body,
    byline: analysis.byline,
    dateline: analysis.dateline,
    outletId: outlet?.id ?? null,
    outletEvidence: analysis.outlet?.evidence ?? null,
    publishedDate: p?.date ?? null,
    publishedPrecision: p?.precision ?? null,
    publishedEarliest: p ? new Date(`${p.earliest}T00:00:00Z`) : null,
    publishedLatest: p ? new Date(`${p.latest}T00:00:00Z`) : null,
    publishedEvidence: p?.evidence ?? null,
    wordCount: framing.wordCount,
    groupTerms: analysis.groupTerms as unknown as Prisma.InputJsonValue,
    framing: framing as unknown as Prisma.InputJsonValue,
    dateSpans: (p?.spans ?? []) as unknown as Prisma.InputJsonValue,
    removed: analysis.removed as unknown as Prisma.InputJsonValue,
    extractorVersion: analysis.extractorVersion,
    analyzedAt: new Date(),
  };
  const article = await tx.article.upsert({
    where: { sha256: file.sha256 },
    create: { ...data, sha256: file.sha256, importRunId },
    update: data,
  });
  const articleId = article.id;
  await tx.fighterClaim.deleteMany({ where: { articleId } });
  await tx.attackMention.deleteMany({ where: { articleId } });
  await tx.framingSignal.deleteMany({ where: { articleId } });

  await tx.fighterClaim.createMany({
    data: analysis.fighterClaims.map((c, ordinal) => ({
      articleId,
      ordinal,
      low: c.low,
      high: c.high,
      qualifier: c.qualifier,
      unit: c.unit,
      claimant: c.claimant,
      claimantType: c.claimantType,
      refersTo: c.refersTo,
      section: c.section,
      quantityText: c.quantity.text,
      quantityStart: c.quantity.start,
      quantityEnd: c.quantity.end,
      sentence: c.text,
      sentenceStart: c.start,
      sentenceEnd: c.end,
      claimantEvidenceText: c.claimantEvidence?.text ?? null,
      claimantEvidenceStart: c.claimantEvidence?.start ?? null,
      claimantEvidenceEnd: c.claimantEvidence?.end ?? null,
      rules: c.rules,
    })),
  });
  await tx.attackMention.createMany({
    data: analysis.attacks.map((a, ordinal) => ({
      articleId,
      ordinal,
      type: a.type,
      triggerText: a.trigger.text,
      triggerStart: a.trigger.start,
      triggerEnd: a.trigger.end,
      sentence: a.text,
      sentenceStart: a.start,
      sentenceEnd: a.end,
    })),
  });
  await tx.framingSignal.createMany({
    data: signals.map((s, ordinal) => ({
      articleId,
      ordinal,
      dimension: s.dimension,
      category: s.category,
      rule: s.rule,
      matchText: s.match.text,
      matchStart: s.match.start,
      matchEnd: s.match.end,
      sentence: s.sentence.text,
      sentenceStart: s.sentence.start,
      sentenceEnd: s.sentence.end,
    })),
  });
  return articleId;
}

/**
 * Analyses one article with the current extractor and stores the result in
 * its own transaction: a failure leaves the article's previous state intact.
 */
export async function analyzeAndStore(prisma: PrismaClient, file: StoredFile, importRunId: number | null): Promise<void> {
  const analysis = analyzeArticle({ source: file.source, raw: file.raw });
  await prisma.$transaction((tx) => storeAnalysis(tx, file, analysis, importRunId), { timeout: 30_000 });
}
