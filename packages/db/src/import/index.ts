export { collectFiles } from "./collect-files";
export { importCorpus, type ImportOutcome, type ImportProgress, type ImportSummary } from "./import-corpus";
export { decodeArticleBytes, readArticleFile, UnreadableFileError } from "./read-article-file";
export { reanalyseStored } from "./reanalyse-stored";
export { analyzeAndStore, storeAnalysis } from "./store-analysis";
