export { countGroupTerms } from "./count-group-terms";
export { findGroupTerms, type GroupTermMatch } from "./find-group-terms";
export { GROUP_TERM_LEXICON, type GroupTermRule } from "./group-term-lexicon";
export { isShoutedContext } from "./is-shouted-context";
export { countArticleGroupTerms, ARTICLE_REMOVAL_REASONS } from "./count-article-group-terms";
