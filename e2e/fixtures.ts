import { test as base } from "@playwright/test";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { refreshRollups } from "@framewatch/db/rollups";
import { seedArticles, type ArticleSeed } from "@framewatch/db/testing";
import { e2eDatabaseUrl } from "./e2e-env";

/** Stores articles for one test, as an import would (rollups refreshed); they and their outlets are removed after it. */
export type Seed = (seeds: ArticleSeed[]) => Promise<{ ids: number[]; outletIds: number[] }>;

/** Specs compare what the page shows with what PostgreSQL holds, never with constants. */
export const test = base.extend<{ seed: Seed }, { prisma: PrismaClient }>({
  prisma: [
    // Playwright requires the fixtures argument to be destructured, even when unused.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const prisma = createPrismaClient(e2eDatabaseUrl());
      await use(prisma);
      await prisma.$disconnect();
    },
    { scope: "worker" },
  ],
  seed: async ({ prisma }, use) => {
    const articles: number[] = [];
    const outlets = new Set<string>();
    await use(async (seeds) => {
      const existing = new Set((await prisma.outlet.findMany({ select: { name: true } })).map((o) => o.name));
      for (const s of seeds) if (s.outlet && !existing.has(s.outlet)) outlets.add(s.outlet);
      const ids = await seedArticles(prisma, seeds);
      articles.push(...ids);
      await refreshRollups(prisma);
      const names = [...new Set(seeds.map((s) => s.outlet).filter((n): n is string => typeof n === "string"))];
      const outletIds = (await prisma.outlet.findMany({ where: { name: { in: names } }, orderBy: { id: "asc" } })).map((o) => o.id);
      return { ids, outletIds };
    });
    // Leave the database as the other specs expect it: the bundled corpus only.
    await prisma.article.deleteMany({ where: { id: { in: articles } } });
    await prisma.outlet.deleteMany({ where: { name: { in: [...outlets] } } });
    await refreshRollups(prisma);
  },
});

export { expect } from "@playwright/test";
