import { test as base } from "@playwright/test";
import { createPrismaClient, type PrismaClient } from "@framewatch/db";
import { e2eDatabaseUrl } from "./e2e-env";

/** Specs compare what the page shows with what PostgreSQL holds, never with constants. */
export const test = base.extend<object, { prisma: PrismaClient }>({
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
});

export { expect } from "@playwright/test";
