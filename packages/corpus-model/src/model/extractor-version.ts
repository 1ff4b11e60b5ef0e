/**
 * Bumped whenever a rule, lexicon or cleaning step changes what is extracted.
 * The db package re-analyses stored articles whose analysis is older.
 */
export const EXTRACTOR_VERSION = "2.1.0";
