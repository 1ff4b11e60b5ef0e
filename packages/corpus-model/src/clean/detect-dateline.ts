import { DATELINE_PATTERNS } from "./dateline-patterns";

/** The dateline place at the start of a paragraph ("BAGHDAD", "Al Qaim, Iraq"), or null. */
export function detectDateline(paragraph: string): { place: string; rule: string } | null {
  for (const p of DATELINE_PATTERNS) {
    const m = p.pattern.exec(paragraph);
    if (m?.[1]) return { place: m[1].replace(/[\s\u00a0]+/g, " ").trim(), rule: p.id };
  }
  return null;
}
