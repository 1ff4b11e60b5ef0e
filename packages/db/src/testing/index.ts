export { createScratchDatabase, findFreePort, startThrowawayPostgres } from "./start-throwaway-postgres";
