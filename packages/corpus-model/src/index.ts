export * from "./model";
export { analyzeArticle, toContractJson, type ContractArticle } from "./analyze";
export { splitSentences } from "./text";
