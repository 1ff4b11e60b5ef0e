export { createScratchDatabase, findFreePort, makeTempDir, startThrowawayPostgres } from "./start-throwaway-postgres";
