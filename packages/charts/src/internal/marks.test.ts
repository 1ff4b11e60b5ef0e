import { describe, expect, it, vi } from "vitest";
import { markContext, markProps } from "./marks";

type Key = Parameters<ReturnType<typeof markProps>["onKeyDown"]>[0];
const key = (k: string): Key => ({ key: k, preventDefault: vi.fn() }) as unknown as Key;

describe("markProps (interaction contract)", () => {
  it("selects with Enter and Space, toggles off, clears with Escape", () => {
    const onSelect = vi.fn();
    const p = markProps(markContext({ onSelect }, ["a"]), "claim", "a", "label", { v: 1 }, { x: 1, y: 2 });
    p.onKeyDown(key("Enter"));
    p.onKeyDown(key(" "));
    p.onKeyDown(key("Escape"));
    p.onKeyDown(key("x"));
    expect(onSelect.mock.calls).toEqual([["a"], ["a"], [null]]);
    const selected = markProps(markContext({ onSelect, selectedId: "a" }, ["a"]), "claim", "a", "label", {}, { x: 0, y: 0 });
    onSelect.mockClear();
    selected.onClick({} as never);
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it("reports hover on focus and pointer, and clears on blur", () => {
    const onHover = vi.fn();
    const datum = { id: "a" };
    const p = markProps(markContext({ onHover }, ["a"]), "claim", "a", "label", datum, { x: 10, y: 20 });
    p.onFocus({} as never);
    p.onBlur({} as never);
    p.onMouseEnter({} as never);
    expect(onHover.mock.calls).toEqual([[datum, { x: 10, y: 20 }], [null, null], [datum, { x: 10, y: 20 }]]);
  });

  it("exposes focusable button semantics and selection state", () => {
    const ctx = markContext({ selectedId: "b" }, ["a", "b"]);
    const a = markProps(ctx, "heatmap-cell", "a", "A: 3", null, { x: 0, y: 0 });
    const b = markProps(ctx, "heatmap-cell", "b", "B: 4", null, { x: 0, y: 0 });
    expect(a).toMatchObject({ tabIndex: 0, role: "button", "aria-label": "A: 3", "aria-pressed": false, "data-mark": "heatmap-cell", "data-id": "a", opacity: 0.35 });
    expect(b).toMatchObject({ "aria-pressed": true, "data-selected": "true", className: "fw-mark fw-mark--selected" });
    expect(b.opacity).toBeUndefined();
  });
});
