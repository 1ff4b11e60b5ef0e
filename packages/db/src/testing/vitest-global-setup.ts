import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "./start-throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** Port of the run's throwaway PostgreSQL (see createTestDatabase). */
    pgPort: number;
  }
}

export default async function setup(project: TestProject) {
  const server = await startThrowawayPostgres();
  project.provide("pgPort", server.port);
  return () => server.stop();
}
