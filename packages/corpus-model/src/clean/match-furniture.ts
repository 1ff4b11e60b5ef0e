import { FURNITURE_RULES } from "./furniture-rules";
import type { LineRule } from "./line-rule";
import { countWords } from "./normalize-line";
import { stripIconLigature } from "./strip-icon-ligature";
import { WIDGET_VOCABULARY } from "./widget-vocabulary";

/** The furniture rule a whole line matches, or null when it may be article text. */
export function matchFurniture(line: string): LineRule | null {
  const words = countWords(line);
  for (const r of FURNITURE_RULES) {
    if (words <= Math.max(r.maxWords, 0) || r.maxWords === 0) {
      if (r.maxWords === 0 && words > 0) continue;
      if (r.pattern.test(line)) return r;
    }
  }
  const label = stripIconLigature(line).trim();
  const labelWords = countWords(label);
  for (const r of WIDGET_VOCABULARY) {
    if (labelWords <= r.maxWords && r.pattern.test(label)) return r;
  }
  return null;
}
