export { cleanArticle, type CleanOptions } from "./clean-article";
export { looksLikeHtml } from "./looks-like-html";
export { detectDateline } from "./detect-dateline";
export { WIDGET_VOCABULARY } from "./widget-vocabulary";
export { FURNITURE_RULES } from "./furniture-rules";
export { CAPTION_PATTERNS } from "./caption-patterns";
export { BYLINE_PATTERNS, SOURCE_TRAILER } from "./byline-patterns";
export { DATELINE_PATTERNS } from "./dateline-patterns";
export type { LineRule } from "./line-rule";
