export { createCorpusCache, type CacheScope, type CorpusCache, type CorpusCacheOptions } from "./corpus-cache";
