import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import type { Filters } from "./filters";
import { listEvidence, type EvidenceList } from "./list-framing-evidence";
import type { PageRequest } from "./pagination";

/** The attack mentions behind one heatmap cell (outlet x GTD attack type), a page at a time; `total` counts them all. */
export async function listAttackEvidence(
  prisma: PrismaClient,
  filters: Filters,
  query: PageRequest & { outletId: number; type: string },
): Promise<EvidenceList> {
  return listEvidence(prisma, filters, query, {
    select: Prisma.sql`x."type" AS category, 'attack.' || x."type" AS rule, x."triggerText" AS "matchText", x."triggerStart" AS "matchStart", x."triggerEnd" AS "matchEnd"`,
    from: Prisma.sql`"AttackMention"`,
    where: Prisma.sql`x."type" = ${query.type}`,
    total: Prisma.sql`c."kind" = 'attack' AND c."key" = ${query.type}`,
  });
}
