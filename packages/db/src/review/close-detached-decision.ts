import type { PrismaClient } from "../client";
import { Prisma } from "../generated/prisma/client";
import type { Reviewer, ReviewDecisionView } from "./review-types";
import { anchorOf, toDecisionView } from "./to-decision-view";

export type CloseDetachedResult =
  | { status: "closed"; decision: ReviewDecisionView }
  | { status: "invalid"; error: string; field: string }
  | { status: "not-found"; error: string }
  /** Someone closed it (or it was superseded otherwise) since: `current` is the decision that replaced it. */
  | { status: "stale"; error: string; current: ReviewDecisionView | null };

const MAX_NOTE = 2000;
const MAX_ID = 2_147_483_647;

/**
 * Closes a detached decision (docs/review.md "Closing a detached decision"):
 * appends a `close` decision by `user` that supersedes it, so the second-look
 * list drops it while the history keeps both, with who and when. The close
 * is about no fact (no claim, attack or added id): it never stands for one,
 * and re-attachment skips it. Only a detached decision nobody superseded can
 * be closed; one transaction holding the article's row lock, as
 * recordDecision, so it is ordered with decisions and re-analyses.
 */
export async function closeDetachedDecision(prisma: PrismaClient, input: { decisionId: unknown; note?: unknown }, user: Reviewer): Promise<CloseDetachedResult> {
  const { decisionId, note } = input;
  if (!Number.isSafeInteger(decisionId) || (decisionId as number) < 1 || (decisionId as number) > MAX_ID) {
    return { status: "invalid", field: "decisionId", error: "decisionId must be the id of a detached decision (a whole number)." };
  }
  if (note != null && (typeof note !== "string" || note.length > MAX_NOTE)) {
    return { status: "invalid", field: "note", error: `note must be text of at most ${MAX_NOTE} characters.` };
  }
  const id = decisionId as number;
  return prisma.$transaction(async (tx) => {
    const found = await tx.reviewDecision.findUnique({ where: { id }, select: { articleId: true } });
    if (!found) return { status: "not-found", error: `No decision ${id}.` } as const;
    const [article] = await tx.$queryRaw<{ extractorVersion: string }[]>`
      SELECT "extractorVersion" FROM "Article" WHERE id = ${found.articleId} FOR UPDATE`;
    // Read again under the lock: a re-analysis or another close may have committed meanwhile.
    const d = await tx.reviewDecision.findUnique({ where: { id } });
    if (!d || !article) return { status: "not-found", error: `No decision ${id}.` } as const;
    if (d.supersededById !== null) {
      const current = await tx.reviewDecision.findUnique({ where: { id: d.supersededById } });
      return {
        status: "stale",
        error: current ? `${current.userName} already ${current.action === "close" ? "closed" : "replaced"} this decision: nothing was recorded.` : `Decision ${id} was replaced: nothing was recorded.`,
        current: current ? toDecisionView(current) : null,
      } as const;
    }
    if (d.detachedAt === null) {
      return { status: "invalid", field: "decisionId", error: `Decision ${id} is attached to its fact: review the fact instead of closing the decision.` } as const;
    }
    const created = await tx.reviewDecision.create({
      data: {
        articleId: d.articleId,
        kind: d.kind,
        action: "close",
        note: typeof note === "string" ? note.trim() || null : null,
        // What the closed decision left (null after a reject), for the history.
        before: d.after === null ? Prisma.DbNull : (d.after as Prisma.InputJsonValue),
        userId: user.id,
        userName: user.name,
        userEmail: user.email,
        extractorVersion: article.extractorVersion,
        ...anchorOf(d),
      },
    });
    await tx.reviewDecision.update({ where: { id }, data: { supersededById: created.id } });
    return { status: "closed", decision: toDecisionView(created) } as const;
  });
}
