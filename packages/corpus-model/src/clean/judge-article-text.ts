/**
 * The rule an article's cleaned body must meet to be stored: it must read
 * as prose. Each threshold is a constant here so the rule can be shown and
 * tested; together they refuse what the import once stored as "articles":
 * a PDF's ASCII (operators, object numbers, encoded streams), a file of
 * numbers, lines of junk, an HTML page with no text, while a two-sentence
 * news brief passes.
 *
 * A token is a run of non-space characters; it is a *word* when, once the
 * punctuation around it is stripped, it is at most MAX_WORD_LENGTH long and
 * at least half of its characters, and at least two, are letters. Scripts
 * written without spaces (Chinese, Japanese, Thai, ...) make whole clauses
 * one token: such a token counts as a word at any length.
 */
export const PROSE_RULE = {
  /** Fewer words than this is a caption or a fragment, not an article. */
  minWords: 8,
  /** Share of tokens that must be words: numbers, codes and operators are not. */
  minWordShare: 0.5,
  /** Share of the non-space characters that must sit in words: one long blob among a few words is junk. */
  minWordCharShare: 0.5,
  /** Longer tokens are not words (base64, hex, hashes, run-together junk). */
  maxWordLength: 30,
  /** At least this many sentence ends (. ! ? … and their CJK, Arabic and Devanagari forms): running text has sentences. */
  minSentenceEnds: 1,
} as const;

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const LETTER = /\p{L}/gu;
const UNSPACED_SCRIPT_RUN = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}\p{P}\p{N}ー]+$/u;

/** Why the body is not prose, or null when it is (see PROSE_RULE). One pass over the text. */
export function judgeArticleText(body: string): string | null {
  if (body.trim().length === 0) return "no article text: the body is empty after cleaning (page furniture only, or HTML with no body)";
  let tokens = 0;
  let words = 0;
  let chars = 0;
  let wordChars = 0;
  for (const match of body.matchAll(/\S+/gu)) {
    const token = match[0];
    tokens++;
    chars += token.length;
    if (token.length > PROSE_RULE.maxWordLength && UNSPACED_SCRIPT_RUN.test(token) && /\p{L}/u.test(token)) {
      words++;
      wordChars += token.length;
      continue;
    }
    const core = token.length > 2 * PROSE_RULE.maxWordLength ? token : token.replace(EDGE_PUNCTUATION, "");
    if (core.length === 0 || core.length > PROSE_RULE.maxWordLength) continue;
    const letters = core.match(LETTER)?.length ?? 0;
    if (letters >= 2 && letters * 2 >= core.length) {
      words++;
      wordChars += token.length;
    }
  }
  const sentenceEnds = body.match(/[.!?…。！？؟।]/gu)?.length ?? 0;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (words < PROSE_RULE.minWords) return `not prose: ${words} word${words === 1 ? "" : "s"} of text (at least ${PROSE_RULE.minWords} needed)`;
  if (words / tokens < PROSE_RULE.minWordShare)
    return `not prose: only ${pct(words / tokens)} of its ${tokens} tokens are words (numbers, codes or markup; at least ${pct(PROSE_RULE.minWordShare)} needed)`;
  if (wordChars / chars < PROSE_RULE.minWordCharShare)
    return `not prose: only ${pct(wordChars / chars)} of its characters are in words (long runs of junk; at least ${pct(PROSE_RULE.minWordCharShare)} needed)`;
  if (sentenceEnds < PROSE_RULE.minSentenceEnds) return "not prose: no sentence ends anywhere (no . ! ? or …)";
  return null;
}
