import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export function render(el: ReactElement): string {
  return renderToStaticMarkup(el);
}

/** Number of elements carrying `data-mark="<kind>"`. */
export function countMarks(html: string, kind: string): number {
  return html.split(`data-mark="${kind}"`).length - 1;
}

/** The `data-id`s of marks of `kind`, in document order. */
export function markIds(html: string, kind: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`data-mark="${kind}" data-id="([^"]+)"`, "g");
  for (const m of html.matchAll(re)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}
