import { describe, expect, it } from "vitest";
import { isTypingTarget, keyCommand, type KeyContext } from "./review-keys";

const browse: KeyContext = { mode: "browse", count: 3, focus: 0, canReview: true, typing: false, hasSelection: false };

describe("keyCommand", () => {
  it("moves with j and k, staying within the list, from no focus to the first fact", () => {
    expect(keyCommand({ ...browse, focus: -1 }, { key: "j" })).toEqual({ type: "focus", index: 0 });
    expect(keyCommand({ ...browse, focus: -1 }, { key: "k" })).toEqual({ type: "focus", index: 0 });
    expect(keyCommand(browse, { key: "j" })).toEqual({ type: "focus", index: 1 });
    expect(keyCommand({ ...browse, focus: 2 }, { key: "j" })).toEqual({ type: "focus", index: 2 });
    expect(keyCommand({ ...browse, focus: 2 }, { key: "k" })).toEqual({ type: "focus", index: 1 });
    expect(keyCommand({ ...browse, count: 0, focus: -1 }, { key: "j" })).toBeNull();
  });

  it("acts on the focused fact with a, r, e, and only with one focused", () => {
    expect(keyCommand(browse, { key: "a" })).toEqual({ type: "accept" });
    expect(keyCommand(browse, { key: "r" })).toEqual({ type: "open-reject" });
    expect(keyCommand(browse, { key: "e" })).toEqual({ type: "open-edit" });
    expect(keyCommand({ ...browse, focus: -1 }, { key: "a" })).toBeNull();
    expect(keyCommand(browse, { key: "x" })).toBeNull();
    expect(keyCommand(browse, { key: "Enter" })).toBeNull();
    expect(keyCommand(browse, { key: "Escape" })).toBeNull();
  });

  it("adds from a selection with c (claim) and t (attack), not without one", () => {
    expect(keyCommand({ ...browse, hasSelection: true }, { key: "c" })).toEqual({ type: "add", kind: "claim" });
    expect(keyCommand({ ...browse, hasSelection: true, focus: -1 }, { key: "t" })).toEqual({ type: "add", kind: "attack" });
    expect(keyCommand(browse, { key: "c" })).toBeNull();
  });

  it("never fires while typing in a field, nor with a modifier", () => {
    for (const key of ["j", "k", "a", "r", "e", "c"]) {
      expect(keyCommand({ ...browse, typing: true, hasSelection: true }, { key }), key).toBeNull();
      expect(keyCommand(browse, { key, ctrlKey: true }), key).toBeNull();
      expect(keyCommand(browse, { key, metaKey: true }), key).toBeNull();
      expect(keyCommand(browse, { key, altKey: true }), key).toBeNull();
    }
  });

  it("lets viewers move but not decide", () => {
    const viewer = { ...browse, canReview: false, hasSelection: true };
    expect(keyCommand(viewer, { key: "j" })).toEqual({ type: "focus", index: 1 });
    for (const key of ["a", "r", "e", "c", "t"]) expect(keyCommand(viewer, { key }), key).toBeNull();
  });

  it("picks a reject reason by 1-5, saves with Enter and cancels with Esc", () => {
    const reject = { ...browse, mode: "reject" as const };
    expect(keyCommand(reject, { key: "1" })).toEqual({ type: "reason", reason: "not-militants" });
    expect(keyCommand(reject, { key: "3" })).toEqual({ type: "reason", reason: "duplicate" });
    expect(keyCommand(reject, { key: "5" })).toEqual({ type: "reason", reason: "other" });
    expect(keyCommand(reject, { key: "6" })).toBeNull();
    expect(keyCommand(reject, { key: "j" })).toBeNull();
    expect(keyCommand(reject, { key: "a" })).toBeNull();
    // Digits typed in the note are the note's.
    expect(keyCommand({ ...reject, typing: true }, { key: "2" })).toBeNull();
    expect(keyCommand({ ...reject, typing: true }, { key: "Enter" })).toEqual({ type: "save" });
    expect(keyCommand({ ...reject, typing: true }, { key: "Escape" })).toEqual({ type: "cancel" });
  });

  it("in an edit or add form, Enter saves and Esc cancels; everything else is typing", () => {
    for (const mode of ["edit", "add"] as const) {
      const ctx = { ...browse, mode, typing: true };
      expect(keyCommand(ctx, { key: "Enter" })).toEqual({ type: "save" });
      expect(keyCommand(ctx, { key: "Escape" })).toEqual({ type: "cancel" });
      expect(keyCommand(ctx, { key: "j" })).toBeNull();
      expect(keyCommand({ ...ctx, typing: false }, { key: "a" })).toBeNull();
      expect(keyCommand(ctx, { key: "1" })).toBeNull();
    }
  });
});

describe("isTypingTarget", () => {
  it("knows fields from the rest of the page", () => {
    expect(isTypingTarget({ tagName: "input" })).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "LI" })).toBe(false);
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
