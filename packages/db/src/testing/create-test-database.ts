// The ProvidedContext keys (pgPort, pgCredentials) are declared there; packages that use this file need them too.
import type {} from "./vitest-global-setup";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../client";
import { migrateDatabase } from "../migrate/migrate-database";
import { embeddedUrl } from "../server/embedded-url";
import { ensureDatabase } from "../server/start-embedded-postgres";

/** A fresh, empty database on the run's throwaway server (vitest only); the URL logs in as its owner. */
export async function createEmptyTestDatabase(prefix = "test"): Promise<string> {
  return (await createNamedDatabase(prefix)).ownerUrl;
}

/**
 * A fresh database migrated the way `corpus` does it (as the owner, then the
 * application role's grants), and a client that connects as the application
 * role, as the dashboard, importer and workers do. `ownerUrl` is for tests
 * that need to act as someone with more rights (psql, a migration).
 */
export async function createTestDatabase(prefix = "test"): Promise<{ url: string; ownerUrl: string; prisma: PrismaClient }> {
  const { name, ownerUrl } = await createNamedDatabase(prefix);
  const { app } = inject("pgCredentials");
  await migrateDatabase({ ownerUrl, appRole: app.user });
  const url = embeddedUrl(inject("pgPort"), name, app);
  return { url, ownerUrl, prisma: createPrismaClient(url) };
}

async function createNamedDatabase(prefix: string): Promise<{ name: string; ownerUrl: string }> {
  const port = inject("pgPort");
  const { owner } = inject("pgCredentials");
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  await ensureDatabase(embeddedUrl(port, "postgres", owner), name);
  return { name, ownerUrl: embeddedUrl(port, name, owner) };
}
