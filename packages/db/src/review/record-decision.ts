import {
  boundsInOrder,
  checkReviewFields,
  REJECT_REASONS,
  REVIEW_ACTIONS,
  REVIEW_FACT_KINDS,
  type RejectReason,
  type ReviewAction,
  type ReviewFactKind,
} from "@framewatch/corpus-model/review";
import type { PrismaClient } from "../client";
import type { Prisma, ReviewDecision } from "../generated/prisma/client";
import { attackFields, claimFields } from "./fact-fields";
import { hashSentence } from "./hash-sentence";
import type { Reviewer, ReviewAnchor, ReviewDecisionView } from "./review-types";
import { anchorOf, toDecisionView } from "./to-decision-view";

/** A decision as a client sends it (POST /api/reviews). */
export interface DecisionInput {
  articleId: number;
  kind: ReviewFactKind;
  action: ReviewAction;
  /** The machine fact (FighterClaim / AttackMention id) decided on; for accept, reject and correct of a machine fact. */
  factId?: number | null;
  /** The add decision that introduced the analyst's fact decided on; for accept, reject and correct of an added fact. */
  addedId?: number | null;
  /** The current decision the client saw on that fact (null: it saw the fact unreviewed). Anything newer since: stale. */
  basedOn: number | null;
  reason?: RejectReason | null;
  note?: string | null;
  /** correct: the fields that change; add: every field of the new fact. */
  fields?: Record<string, unknown> | null;
  /** add: where the fact is (offsets in the section); the texts and hash are read from the article. */
  anchor?: { section?: "body" | "title"; sentenceStart: number; sentenceEnd: number; anchorStart: number; anchorEnd: number } | null;
}

export type RecordDecisionResult =
  | { status: "recorded"; decision: ReviewDecisionView }
  | { status: "invalid"; error: string; field: string }
  | { status: "not-found"; error: string }
  /** Someone decided on the fact since the client saw it, or a re-analysis replaced it: `current` is what stands now. */
  | { status: "stale"; error: string; current: ReviewDecisionView | null };

const MAX_NOTE = 2000;
/** Ids are PostgreSQL int columns: anything larger names nothing (and must not reach a query as an overflow). */
const MAX_ID = 2_147_483_647;
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= MAX_ID;

/**
 * Records one decision, in one transaction that holds the article's row lock
 * (so it is ordered with other decisions on the article and with a
 * re-analysis replacing its facts): checks it against the vocabulary, refuses
 * it when the fact's current decision is not the one the client based it on
 * (409 for the API), inserts it and marks the decision it replaces
 * superseded. Nothing else is changed; nothing is overwritten.
 */
export async function recordDecision(prisma: PrismaClient, input: DecisionInput, user: Reviewer): Promise<RecordDecisionResult> {
  const checked = checkInput(input);
  if (checked) return checked;
  return prisma.$transaction(async (tx) => {
    const [article] = await tx.$queryRaw<{ id: number; title: string | null; body: string; extractorVersion: string }[]>`
      SELECT id, title, body, "extractorVersion" FROM "Article" WHERE id = ${input.articleId} FOR UPDATE`;
    if (!article) return { status: "not-found", error: `No article ${input.articleId}.` } as const;

    let subject: { current: ReviewDecision | null; values: Record<string, unknown> | null; anchor: ReviewAnchor; claimId: number | null; attackId: number | null; addedId: number | null };
    if (input.action === "add") {
      if (input.basedOn !== null) return invalid("basedOn", "An added fact is new: basedOn must be null.");
      const anchor = readAnchor(input, article);
      if ("error" in anchor) return invalid("anchor", anchor.error);
      subject = { current: null, values: null, anchor, claimId: null, attackId: null, addedId: null };
    } else if (input.factId != null) {
      const fact = await loadMachineFact(tx, input.kind, input.factId, input.articleId);
      if (!fact) {
        return {
          status: "stale",
          error: `Article ${input.articleId} has no ${input.kind} ${input.factId} now: it was re-analysed since, or the id is wrong. Reload the article.`,
          current: null,
        } as const;
      }
      const current = await tx.reviewDecision.findFirst({
        where: { [input.kind === "claim" ? "claimId" : "attackId"]: input.factId, supersededById: null, detachedAt: null },
        orderBy: { id: "desc" },
      });
      subject = {
        current,
        values: current ? currentValues(current) : fact.values,
        anchor: fact.anchor,
        claimId: input.kind === "claim" ? input.factId : null,
        attackId: input.kind === "attack" ? input.factId : null,
        addedId: null,
      };
    } else {
      const added = await tx.reviewDecision.findFirst({ where: { id: input.addedId!, articleId: input.articleId, action: "add", kind: input.kind } });
      if (!added) return { status: "not-found", error: `Article ${input.articleId} has no added ${input.kind} ${input.addedId}.` } as const;
      const current = await tx.reviewDecision.findFirst({
        where: { OR: [{ id: added.id }, { addedId: added.id }], supersededById: null, detachedAt: null },
        orderBy: { id: "desc" },
      });
      if (!current) {
        return { status: "stale", error: `The added ${input.kind} ${added.id} was detached by a re-analysis: it needs a second look.`, current: toDecisionView(added) } as const;
      }
      subject = { current, values: currentValues(current), anchor: anchorOf(current), claimId: null, attackId: null, addedId: added.id };
    }

    if (input.action !== "add" && (subject.current?.id ?? null) !== input.basedOn) {
      const cur = subject.current ? toDecisionView(subject.current) : null;
      return {
        status: "stale",
        error: cur
          ? `${cur.user.name} decided on this ${input.kind} (${cur.action}) after you loaded it: nothing was recorded. Look at their decision and decide again.`
          : `This ${input.kind}'s decision ${input.basedOn} was replaced: nothing was recorded. Reload the article.`,
        current: cur,
      } as const;
    }

    let after: Record<string, unknown> | null;
    switch (input.action) {
      case "accept":
        if (subject.values === null) return invalid("action", `This ${input.kind} was rejected: correct it to bring it back, or accept is meaningless.`);
        after = subject.values;
        break;
      case "reject":
        after = null;
        break;
      case "correct": {
        const base = subject.values ?? (subject.current?.before as Record<string, unknown> | null) ?? {};
        after = { ...base, ...input.fields! };
        if (!boundsInOrder(after)) return invalid("fields", "low must not exceed high.");
        if (subject.values && Object.entries(input.fields!).every(([k, v]) => subject.values![k] === v)) {
          return invalid("fields", "The correction changes nothing: accept the fact instead.");
        }
        break;
      }
      case "add":
        after = input.fields!;
        if (!boundsInOrder(after)) return invalid("fields", "low must not exceed high.");
        break;
    }

    const a = subject.anchor;
    const created = await tx.reviewDecision.create({
      data: {
        articleId: input.articleId,
        kind: input.kind,
        action: input.action,
        reason: input.action === "reject" ? input.reason! : null,
        note: input.note?.trim() || null,
        claimId: subject.claimId,
        attackId: subject.attackId,
        addedId: subject.addedId,
        before: json(subject.values),
        after: json(after),
        userId: user.id,
        userName: user.name,
        userEmail: user.email,
        extractorVersion: article.extractorVersion,
        section: a.section,
        sentenceStart: a.sentenceStart,
        sentenceEnd: a.sentenceEnd,
        sentence: a.sentence,
        sentenceHash: a.sentenceHash,
        anchorStart: a.anchorStart,
        anchorEnd: a.anchorEnd,
        anchorText: a.anchorText,
      },
    });
    if (subject.current) await tx.reviewDecision.update({ where: { id: subject.current.id }, data: { supersededById: created.id } });
    return { status: "recorded", decision: toDecisionView(created) } as const;
  });
}

function invalid(field: string, error: string) {
  return { status: "invalid", field, error } as const;
}

function json(value: Record<string, unknown> | null): Prisma.InputJsonValue | undefined {
  // undefined leaves the column SQL NULL (the Prisma way of writing "none" to a Json? column).
  return value === null ? undefined : (value as Prisma.InputJsonValue);
}

/** The fact's values as the current decision left them: its after, or none when it was rejected. */
function currentValues(d: ReviewDecision): Record<string, unknown> | null {
  return d.action === "reject" ? null : ((d.after as Record<string, unknown> | null) ?? null);
}

async function loadMachineFact(tx: Prisma.TransactionClient, kind: ReviewFactKind, id: number, articleId: number) {
  if (kind === "claim") {
    const c = await tx.fighterClaim.findFirst({ where: { id, articleId } });
    if (!c) return null;
    return {
      values: claimFields(c) as Record<string, unknown>,
      anchor: {
        section: c.section === "title" ? "title" : "body",
        sentenceStart: c.sentenceStart,
        sentenceEnd: c.sentenceEnd,
        sentence: c.sentence,
        sentenceHash: hashSentence(c.sentence),
        anchorStart: c.quantityStart,
        anchorEnd: c.quantityEnd,
        anchorText: c.quantityText,
      } satisfies ReviewAnchor,
    };
  }
  const t = await tx.attackMention.findFirst({ where: { id, articleId } });
  if (!t) return null;
  return {
    values: attackFields(t) as Record<string, unknown>,
    anchor: {
      section: "body",
      sentenceStart: t.sentenceStart,
      sentenceEnd: t.sentenceEnd,
      sentence: t.sentence,
      sentenceHash: hashSentence(t.sentence),
      anchorStart: t.triggerStart,
      anchorEnd: t.triggerEnd,
      anchorText: t.triggerText,
    } satisfies ReviewAnchor,
  };
}

/** An added fact's anchor, read from the article: offsets must lie in the section, the quantity or trigger inside the sentence. */
function readAnchor(input: DecisionInput, article: { title: string | null; body: string }): ReviewAnchor | { error: string } {
  const a = input.anchor;
  if (!a) return { error: "An added fact needs its anchor: {sentenceStart, sentenceEnd, anchorStart, anchorEnd} in the article body." };
  const section = a.section ?? "body";
  if (section === "title" && input.kind === "attack") return { error: "Attacks are read in the body only." };
  const text = section === "title" ? (article.title ?? "") : article.body;
  const ints = [a.sentenceStart, a.sentenceEnd, a.anchorStart, a.anchorEnd];
  if (!ints.every((n) => Number.isSafeInteger(n) && n >= 0)) return { error: "Anchor offsets must be whole numbers >= 0." };
  if (!(a.sentenceStart < a.sentenceEnd && a.sentenceEnd <= text.length)) return { error: `The sentence must lie within the ${section} (${text.length} characters).` };
  if (!(a.sentenceStart <= a.anchorStart && a.anchorStart < a.anchorEnd && a.anchorEnd <= a.sentenceEnd)) {
    return { error: `The ${input.kind === "claim" ? "quantity" : "trigger"} must lie within the sentence and not be empty.` };
  }
  const sentence = text.slice(a.sentenceStart, a.sentenceEnd);
  const anchorText = text.slice(a.anchorStart, a.anchorEnd);
  if (!sentence.trim() || !anchorText.trim()) return { error: "The sentence and the selected words must not be blank." };
  return { section, sentenceStart: a.sentenceStart, sentenceEnd: a.sentenceEnd, sentence, sentenceHash: hashSentence(sentence), anchorStart: a.anchorStart, anchorEnd: a.anchorEnd, anchorText };
}

/** The checks that need no database: the shape of the decision. */
function checkInput(input: DecisionInput): RecordDecisionResult | null {
  if (!isId(input.articleId)) return invalid("articleId", "articleId must be an article id (a whole number >= 1).");
  if (!REVIEW_FACT_KINDS.includes(input.kind)) return invalid("kind", `kind must be one of ${REVIEW_FACT_KINDS.join(", ")}.`);
  if (!REVIEW_ACTIONS.includes(input.action)) return invalid("action", `action must be one of ${REVIEW_ACTIONS.join(", ")}.`);
  if (input.basedOn !== null && !isId(input.basedOn)) return invalid("basedOn", "basedOn must be a decision id or null.");
  if (input.note != null && (typeof input.note !== "string" || input.note.length > MAX_NOTE)) return invalid("note", `note must be text of at most ${MAX_NOTE} characters.`);
  if (input.action === "add") {
    if (input.factId != null || input.addedId != null) return invalid("factId", "An added fact has no factId or addedId: it is new.");
  } else {
    const ids = [input.factId, input.addedId].filter((v) => v != null);
    if (ids.length !== 1 || !isId(ids[0])) return invalid("factId", "Say which fact: factId (a machine fact) or addedId (an added fact), not both.");
  }
  if (input.action === "reject") {
    if (!input.reason || !REJECT_REASONS.includes(input.reason)) return invalid("reason", `A rejection needs a reason: ${REJECT_REASONS.join(", ")}.`);
  } else if (input.reason != null) return invalid("reason", "Only a rejection has a reason.");
  if (input.action === "correct" || input.action === "add") {
    const fields = checkReviewFields(input.kind, input.fields, { partial: input.action === "correct", added: input.action === "add" || input.addedId != null });
    if (!fields.ok) return invalid("fields", fields.error);
  } else if (input.fields != null) return invalid("fields", `An ${input.action} changes no fields: send fields with correct or add only.`);
  if (input.action !== "add" && input.anchor != null) return invalid("anchor", "Only an added fact has an anchor: a machine fact's is its own.");
  if (input.action === "add" && (typeof input.anchor !== "object" || input.anchor === null || Array.isArray(input.anchor))) {
    return invalid("anchor", "An added fact needs its anchor: {section?, sentenceStart, sentenceEnd, anchorStart, anchorEnd}.");
  }
  if (input.action === "add" && input.anchor!.section !== undefined && input.anchor!.section !== "body" && input.anchor!.section !== "title") {
    return invalid("anchor", 'anchor.section must be "body" or "title".');
  }
  return null;
}
