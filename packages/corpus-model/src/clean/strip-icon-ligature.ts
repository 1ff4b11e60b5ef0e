/**
 * Scraped icon fonts leave their ligature name glued to the label
 * ("starAdd to favorites"). Strips a leading lowercase run directly followed
 * by a capital or digit so the label can be matched against widget vocabulary.
 */
export function stripIconLigature(text: string): string {
  return text.replace(/^[a-z]+(?:_[a-z]+)*(?=[A-Z0-9])/u, "");
}
