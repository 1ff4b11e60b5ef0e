import type { Prisma, PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import { findOutletRecord, type OutletRef } from "./find-outlet-record";
import { OutletChangeError } from "./outlet-change-error";
import { withOutletNamesLock } from "./with-outlet-names-lock";

export interface MergePreview {
  from: OutletRef & { articles: number; aliases: string[] };
  into: OutletRef & { articles: number };
}

export interface MergeResult {
  from: OutletRef;
  into: OutletRef;
  /** Articles moved from `from` to `into`. */
  articles: number;
  /** Names that now resolve to `into`: `from`'s name and its former names. */
  aliases: string[];
}

/** What merging `from` into `into` would move, for a confirmation; refuses what the merge would refuse. */
export async function previewMerge(prisma: PrismaClient | Prisma.TransactionClient, from: number | string, into: number | string): Promise<MergePreview> {
  const [a, b] = await findPair(prisma, from, into);
  const counts = await prisma.$queryRaw<{ id: number; articles: number }[]>`
    SELECT o."id", (SELECT count(*) FROM "Article" x WHERE x."outletId" = o."id")::int AS articles FROM "Outlet" o WHERE o."id" IN (${a.id}, ${b.id})`;
  const aliases = await prisma.$queryRaw<{ name: string }[]>`SELECT "name" FROM "OutletAlias" WHERE "outletId" = ${a.id} ORDER BY lower("name"), "name"`;
  const count = (id: number) => counts.find((c) => c.id === id)?.articles ?? 0;
  return { from: { ...a, articles: count(a.id), aliases: aliases.map((r) => r.name) }, into: { ...b, articles: count(b.id) } };
}

/**
 * Merges outlet `from` into `into`, in one transaction: `from`'s articles
 * move to `into` (their facts and evidence untouched: the outlet evidence
 * still reads as the article named it), `from`'s name and former names become
 * aliases of `into`, so future imports and re-analyses that find them store
 * under `into`, and `from` is deleted. The rollups are then refreshed, so
 * every chart shows one outlet.
 *
 * `expectedArticles` is the count the person confirmed: if `from` has
 * another count now (an import ran, another admin merged), nothing changes
 * and a "stale" error says so.
 *
 * A merge cannot be undone: the moved articles are not marked as having
 * been `from`'s, and `from`'s id is gone (see README, "Outlets").
 */
export async function mergeOutlets(
  prisma: PrismaClient,
  request: { from: number | string; into: number | string; expectedArticles?: number },
): Promise<MergeResult> {
  const result = await withOutletNamesLock(prisma, async (tx) => {
    const [a, b] = await findPair(tx, request.from, request.into);
    const [{ articles } = { articles: 0 }] = await tx.$queryRaw<{ articles: number }[]>`
      SELECT count(*)::int AS articles FROM "Article" WHERE "outletId" = ${a.id}`;
    if (request.expectedArticles !== undefined && request.expectedArticles !== articles) {
      throw new OutletChangeError(
        "stale",
        `"${a.name}" has ${articles} article${articles === 1 ? "" : "s"} now, not the ${request.expectedArticles} confirmed (an import or another admin changed it meanwhile). Nothing was merged: look again and confirm.`,
      );
    }
    // The update trigger records both outlets' publication cells, so the refresh below recomputes exactly those.
    await tx.$executeRaw`UPDATE "Article" SET "outletId" = ${b.id} WHERE "outletId" = ${a.id}`;
    const moved = await tx.$queryRaw<{ name: string }[]>`
      UPDATE "OutletAlias" SET "outletId" = ${b.id}, "reason" = 'merge' WHERE "outletId" = ${a.id} RETURNING "name"`;
    await tx.$executeRaw`INSERT INTO "OutletAlias" ("name", "outletId", "reason") VALUES (${a.name}, ${b.id}, 'merge')`;
    await tx.$executeRaw`DELETE FROM "Outlet" WHERE "id" = ${a.id}`;
    // The outlet list changes even when no article moved: make the refresh bump the corpus version.
    await tx.$executeRaw`INSERT INTO "RollupDirty" ("outletId") VALUES (${b.id})`;
    return { from: a, into: b, articles, aliases: [a.name, ...moved.map((m) => m.name)] };
  });
  await refreshRollups(prisma);
  return result;
}

async function findPair(db: PrismaClient | Prisma.TransactionClient, from: number | string, into: number | string): Promise<[OutletRef, OutletRef]> {
  const a = await findOutletRecord(db, from);
  const b = await findOutletRecord(db, into);
  if (a.id === b.id) throw new OutletChangeError("same-outlet", `"${a.name}" and "${b.name}" are the same outlet (#${a.id}): nothing to merge.`);
  return [a, b];
}
