import { REJECT_REASONS, type RejectReason } from "@framewatch/corpus-model/review";

/**
 * The reader's review keys as a pure function, so every rule is testable
 * without a browser: what a key press does given where the reviewer is.
 *
 * - browsing: `j` / `k` next / previous fact; `a` accept, `r` reject, `e` edit
 *   the focused fact; `c` / `t` add a claim / an attack from the text selected
 *   in the article;
 * - rejecting: `1`-`5` pick a reason (REJECT_REASONS order), Enter saves, Esc cancels;
 * - editing or adding: Enter saves, Esc cancels; every other key is typing.
 *
 * Keys never fire while the reviewer types in a field (Enter and Esc still
 * save and cancel the open form), nor with Ctrl / Alt / Meta (the browser's
 * shortcuts stay theirs). Viewers only move.
 */
export type ReviewMode = "browse" | "reject" | "edit" | "add";

export interface KeyContext {
  mode: ReviewMode;
  /** Facts in the list. */
  count: number;
  /** The focused fact's index; -1 before the first move. */
  focus: number;
  /** An editor or admin: may decide. */
  canReview: boolean;
  /** The key went to an input, select, textarea or editable element. */
  typing: boolean;
  /** Text is selected in the article (what `c` / `t` add). */
  hasSelection: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export type KeyCommand =
  | { type: "focus"; index: number }
  | { type: "accept" }
  | { type: "open-reject" }
  | { type: "reason"; reason: RejectReason }
  | { type: "open-edit" }
  | { type: "add"; kind: "claim" | "attack" }
  | { type: "save" }
  | { type: "cancel" };

export function keyCommand(ctx: KeyContext, press: KeyPress): KeyCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const { key } = press;
  if (ctx.mode !== "browse") {
    if (key === "Escape") return { type: "cancel" };
    if (key === "Enter") return { type: "save" };
    if (ctx.mode === "reject" && !ctx.typing && /^[1-9]$/.test(key)) {
      const reason = REJECT_REASONS[Number(key) - 1];
      return reason ? { type: "reason", reason } : null;
    }
    return null;
  }
  if (ctx.typing) return null;
  if (key === "j" || key === "k") {
    if (ctx.count === 0) return null;
    const index = key === "j" ? Math.min(ctx.count - 1, ctx.focus + 1) : Math.max(0, ctx.focus - 1);
    return { type: "focus", index };
  }
  if (!ctx.canReview) return null;
  if ((key === "c" || key === "t") && ctx.hasSelection) return { type: "add", kind: key === "c" ? "claim" : "attack" };
  if (ctx.focus < 0 || ctx.focus >= ctx.count) return null;
  if (key === "a") return { type: "accept" };
  if (key === "r") return { type: "open-reject" };
  if (key === "e") return { type: "open-edit" };
  return null;
}

/** True when a key event went to something the reviewer types in. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? "").toUpperCase();
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable === true;
}
