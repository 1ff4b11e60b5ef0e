import type { Prisma, PrismaClient } from "../client";
import { refreshRollups } from "../rollups/refresh-rollups";
import { checkOutletName } from "./check-outlet-name";
import { findOutletRecord, type OutletRef } from "./find-outlet-record";
import { OutletChangeError } from "./outlet-change-error";
import { withOutletNamesLock } from "./with-outlet-names-lock";

export interface RenameResult {
  outlet: OutletRef;
  previousName: string;
  /** False when the outlet already had this name. */
  changed: boolean;
}

/**
 * Gives an outlet a new display name. Its old name becomes an alias, so
 * imports and re-analyses that find the old name (in the text, supplied, or
 * from a URL's domain) keep counting as this outlet. A name another outlet
 * holds (as its name or a former name, in any case) is refused: that is a
 * merge. Renaming back to a former name of the same outlet is allowed and
 * undoes the rename. Articles, facts and their evidence are not touched;
 * cached charts and lists get the new name on their next read.
 */
export async function renameOutlet(prisma: PrismaClient, request: { outlet: number | string; name: unknown }): Promise<RenameResult> {
  const name = checkOutletName(request.name);
  const result = await withOutletNamesLock(prisma, async (tx) => {
    const outlet = await findOutletRecord(tx, request.outlet);
    if (outlet.name === name) return { outlet, previousName: outlet.name, changed: false };
    await refuseTakenName(tx, outlet, name);
    await tx.$executeRaw`DELETE FROM "OutletAlias" WHERE "outletId" = ${outlet.id} AND "name" = ${name}`;
    await tx.$executeRaw`UPDATE "Outlet" SET "name" = ${name} WHERE "id" = ${outlet.id}`;
    await tx.$executeRaw`INSERT INTO "OutletAlias" ("name", "outletId", "reason") VALUES (${outlet.name}, ${outlet.id}, 'rename') ON CONFLICT ("name") DO NOTHING`;
    // No fact changed, but charts and lists show the name: mark the outlet so the refresh bumps the corpus version.
    await tx.$executeRaw`INSERT INTO "RollupDirty" ("outletId") VALUES (${outlet.id})`;
    return { outlet: { id: outlet.id, name }, previousName: outlet.name, changed: true };
  });
  if (result.changed) await refreshRollups(prisma);
  return result;
}

async function refuseTakenName(tx: Prisma.TransactionClient, outlet: OutletRef, name: string): Promise<void> {
  const [other] = await tx.$queryRaw<{ id: number; name: string; articles: number }[]>`
    SELECT o."id", o."name", (SELECT count(*) FROM "Article" a WHERE a."outletId" = o."id")::int AS articles
      FROM "Outlet" o WHERE lower(o."name") = lower(${name}) AND o."id" <> ${outlet.id} LIMIT 1`;
  if (other) {
    throw new OutletChangeError(
      "name-taken",
      `Another outlet is already named "${other.name}" (#${other.id}, ${other.articles} article${other.articles === 1 ? "" : "s"}). To count both as one outlet, merge "${outlet.name}" into "${other.name}" instead.`,
      { id: other.id, name: other.name },
    );
  }
  const [alias] = await tx.$queryRaw<{ alias: string; id: number; name: string }[]>`
    SELECT a."name" AS alias, o."id", o."name" FROM "OutletAlias" a JOIN "Outlet" o ON o."id" = a."outletId"
     WHERE lower(a."name") = lower(${name}) AND a."outletId" <> ${outlet.id} LIMIT 1`;
  if (alias) {
    throw new OutletChangeError(
      "name-taken",
      `"${alias.alias}" is a former name of "${alias.name}" (#${alias.id}): articles naming it count as "${alias.name}". To count "${outlet.name}" as that outlet too, merge "${outlet.name}" into "${alias.name}" instead.`,
      { id: alias.id, name: alias.name },
    );
  }
}
