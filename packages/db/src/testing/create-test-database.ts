import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../client";
import { applyMigrations } from "../migrate/apply-migrations";
import { embeddedUrl, ensureDatabase } from "../server/start-embedded-postgres";

/** A fresh, empty database on the run's throwaway server (vitest only). */
export async function createEmptyTestDatabase(prefix = "test"): Promise<string> {
  const port = inject("pgPort");
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  await ensureDatabase(embeddedUrl(port, "postgres"), name);
  return embeddedUrl(port, name);
}

/** A fresh database with every migration applied, and a client for it. */
export async function createTestDatabase(prefix = "test"): Promise<{ url: string; prisma: PrismaClient }> {
  const url = await createEmptyTestDatabase(prefix);
  await applyMigrations(url);
  return { url, prisma: createPrismaClient(url) };
}
