import type { PrismaClient } from "../client";
import type { ReviewDecision } from "../generated/prisma/client";
import { attackFields, claimFields } from "./fact-fields";
import type { ReviewDecisionView } from "./review-types";
import { toDecisionView } from "./to-decision-view";

export type ReviewStatus = "unreviewed" | "accepted" | "rejected" | "corrected" | "added";

/** One fact of an article with its review: the machine's values, the reviewed ones, and who decided. */
export interface ReviewedFact {
  kind: "claim" | "attack";
  /** The machine fact's id (FighterClaim / AttackMention); null for a fact an analyst added. */
  factId: number | null;
  /** For an added fact: the add decision's id (what later decisions on it name as addedId). */
  addedId: number | null;
  /** The machine's values (null for added facts). */
  machine: Record<string, unknown> | null;
  /** The values that stand after review: null while unreviewed and once rejected. */
  reviewed: Record<string, unknown> | null;
  status: ReviewStatus;
  /** The decision that stands (what a next decision must name as basedOn), null while unreviewed. */
  decision: ReviewDecisionView | null;
  /** The machine's confidence as stored with the fact (corpus-model claimConfidence / attackConfidence, what the queue sorts by); null for added facts. */
  confidence: number | null;
  /** Where the fact is: section, sentence and quantity / trigger offsets. */
  section: "body" | "title";
  sentenceStart: number;
  sentenceEnd: number;
  anchorStart: number;
  anchorEnd: number;
  anchorText: string;
}

export interface ArticleReview {
  articleId: number;
  extractorVersion: string;
  claims: ReviewedFact[];
  attacks: ReviewedFact[];
  /** Decisions on this article that a re-analysis could not re-attach: for a second look. */
  detached: number;
}

function statusOf(d: ReviewDecision | undefined, added: boolean): ReviewStatus {
  if (!d) return "unreviewed";
  if (d.action === "reject") return "rejected";
  if (added) return "added";
  return d.action === "correct" ? "corrected" : "accepted";
}

/**
 * An article's claims and attacks (machine facts in text order, then the
 * facts analysts added) with their current review state: the one decision
 * that is neither superseded nor detached. Four reads, whatever the article's size; null when there is no such article.
 */
export async function listArticleReview(prisma: PrismaClient, articleId: number): Promise<ArticleReview | null> {
  const [article, claims, attacks, live, detached] = await prisma.$transaction([
    prisma.article.findUnique({ where: { id: articleId }, select: { id: true, extractorVersion: true } }),
    prisma.fighterClaim.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } }),
    prisma.attackMention.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } }),
    prisma.reviewDecision.findMany({ where: { articleId, supersededById: null, detachedAt: null }, orderBy: { id: "asc" } }),
    prisma.reviewDecision.count({ where: { articleId, supersededById: null, detachedAt: { not: null } } }),
  ]);
  if (!article) return null;
  const byClaim = new Map(live.filter((d) => d.claimId !== null).map((d) => [d.claimId!, d]));
  const byAttack = new Map(live.filter((d) => d.attackId !== null).map((d) => [d.attackId!, d]));
  const reviewed = (d: ReviewDecision | undefined) => (d && d.action !== "reject" ? ((d.after as Record<string, unknown> | null) ?? null) : null);

  /** A machine fact with its standing decision, if any; only the kind's own columns differ. */
  const machineFact = (
    kind: "claim" | "attack",
    fact: { id: number; confidence: number; section: string; sentenceStart: number; sentenceEnd: number },
    machine: Record<string, unknown>,
    anchor: { start: number; end: number; text: string },
    d: ReviewDecision | undefined,
  ): ReviewedFact => ({
    kind,
    factId: fact.id,
    addedId: null,
    machine,
    reviewed: reviewed(d),
    status: statusOf(d, false),
    decision: d ? toDecisionView(d) : null,
    confidence: fact.confidence,
    section: fact.section === "title" ? "title" : "body",
    sentenceStart: fact.sentenceStart,
    sentenceEnd: fact.sentenceEnd,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    anchorText: anchor.text,
  });
  const claimFacts = claims.map((c) => machineFact("claim", c, claimFields(c), { start: c.quantityStart, end: c.quantityEnd, text: c.quantityText }, byClaim.get(c.id)));
  // Attack mentions are read from the body only.
  const attackFacts = attacks.map((t) => machineFact("attack", { ...t, section: "body" }, attackFields(t), { start: t.triggerStart, end: t.triggerEnd, text: t.triggerText }, byAttack.get(t.id)));
  for (const d of live) {
    if (d.action !== "add" && d.addedId === null) continue;
    const fact: ReviewedFact = {
      kind: d.kind,
      factId: null,
      addedId: d.addedId ?? d.id,
      machine: null,
      reviewed: reviewed(d),
      status: statusOf(d, true),
      decision: toDecisionView(d),
      confidence: null,
      section: d.section === "title" ? "title" : "body",
      sentenceStart: d.sentenceStart,
      sentenceEnd: d.sentenceEnd,
      anchorStart: d.anchorStart,
      anchorEnd: d.anchorEnd,
      anchorText: d.anchorText,
    };
    (d.kind === "claim" ? claimFacts : attackFacts).push(fact);
  }
  return { articleId, extractorVersion: article.extractorVersion, claims: claimFacts, attacks: attackFacts, detached };
}
