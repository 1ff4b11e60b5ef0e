export { createScratchDatabase, findFreePort, makeTempDir, startThrowawayPostgres } from "./start-throwaway-postgres";
export { writeGeneratedCorpus, writeShortArticles } from "./write-generated-corpus";
