import type { TestProject } from "vitest/node";
import type { EmbeddedCredentials } from "../server/embedded-credentials";
import { startThrowawayPostgres } from "./start-throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** Port of the run's throwaway PostgreSQL (see createTestDatabase). */
    pgPort: number;
    /** Its owner and application logins (random, like every embedded cluster's). */
    pgCredentials: EmbeddedCredentials;
  }
}

export default async function setup(project: TestProject) {
  const server = await startThrowawayPostgres();
  project.provide("pgPort", server.port);
  project.provide("pgCredentials", server.credentials);
  return () => server.stop();
}
