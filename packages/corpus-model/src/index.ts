export * from "./model";
export { analyzeArticle, NotProseError, toContractJson, type AnalyzeOptions, type ContractArticle } from "./analyze";
export { judgeArticleText, PROSE_RULE } from "./clean";
export { splitSentences } from "./text";
