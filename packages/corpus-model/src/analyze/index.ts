export { analyzeArticle } from "./analyze-article";
export { toContractJson, type ContractArticle } from "./to-contract-json";
