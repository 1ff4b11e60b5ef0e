export { createScratchDatabase, findFreePort, makeTempDir, startThrowawayPostgres } from "./start-throwaway-postgres";
export { writeGeneratedCorpus } from "./write-generated-corpus";
