export { analyzeArticle, NotProseError, type AnalyzeOptions } from "./analyze-article";
export { toContractJson, type ContractArticle } from "./to-contract-json";
