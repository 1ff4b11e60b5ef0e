/**
 * One entry of a framing lexicon. `category` is what the counts are keyed
 * by ("terrorists", "resurgence", "Economic"); several entries may share a
 * category (singular and plural forms, synonyms). Examples are enumerated
 * by the tests so every entry is known to fire.
 */
export interface FramingLexiconEntry {
  id: string;
  category: string;
  /** Global pattern run on each sentence. */
  pattern: RegExp;
  description: string;
  examples: string[];
  counterExamples?: string[];
}
