import { GROUP_TERMS, type Attribution, type Evidence, type Framing } from "../model/types";
import { ACTOR_LABEL_LEXICON } from "./actor-label-lexicon";
import { codePolicyFrames } from "./code-policy-frames";
import { countSourcing } from "./count-sourcing";
import { countWords } from "./count-words";
import { findNamingSignals } from "./find-naming-signals";
import { LOADED_TERM_LEXICON } from "./loaded-term-lexicon";
import { matchLexicon } from "./match-lexicon";
import { countByCategory, toPer1000Words, toShares } from "./normalise-counts";
import { POLICY_FRAMES } from "./policy-frame-lexicon";
import { scoreThreat } from "./score-threat";

const categoriesOf = (lexicon: readonly { category: string }[]) => [...new Set(lexicon.map((e) => e.category))];

/**
 * Per-article framing indicators (documented in docs/analysis-contract.md,
 * "Framing"). Every number is backed by `signals` with offsets in `body`.
 * Counts are raw; shares and per-1,000-word rates make outlets with long
 * and short articles comparable. Every category of each lexicon is present
 * in the counts (0 when absent) so articles line up column by column.
 */
export function extractFraming(body: string, sentences: Evidence[], attributions: Attribution[]): Framing {
  const wordCount = countWords(body);
  const sentenceCount = sentences.length;

  const namingSignals = findNamingSignals(body, sentences);
  const namingCounts = countByCategory(GROUP_TERMS, namingSignals.map((s) => s.category));

  const actorSignals = matchLexicon(body, sentences, ACTOR_LABEL_LEXICON, "actor_label");
  const actorCounts = countByCategory(categoriesOf(ACTOR_LABEL_LEXICON), actorSignals.map((s) => s.category));

  const { sourcing, signals: sourcingSignals } = countSourcing(attributions, sentences);
  const { threat, signals: threatSignals } = scoreThreat(body, sentences);

  const frameSignals = codePolicyFrames(body, sentences);
  const frameCounts = countByCategory(POLICY_FRAMES, frameSignals.map((s) => s.category));

  const loadedSignals = matchLexicon(body, sentences, LOADED_TERM_LEXICON, "loaded_term");
  const loadedCounts = countByCategory(categoriesOf(LOADED_TERM_LEXICON), loadedSignals.map((s) => s.category));

  return {
    wordCount,
    sentenceCount,
    naming: { counts: namingCounts, shares: toShares(namingCounts, namingSignals.length) },
    actorLabels: { counts: actorCounts, per1000Words: toPer1000Words(actorCounts, wordCount) },
    sourcing,
    threat,
    policyFrames: { counts: frameCounts, shares: toShares(frameCounts, sentenceCount) },
    loadedTerms: { counts: loadedCounts, per1000Words: toPer1000Words(loadedCounts, wordCount) },
    signals: [
      ...namingSignals,
      ...actorSignals,
      ...sourcingSignals,
      ...threatSignals,
      ...frameSignals,
      ...loadedSignals,
    ],
  };
}
