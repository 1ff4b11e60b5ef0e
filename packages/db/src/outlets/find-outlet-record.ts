import type { Prisma, PrismaClient } from "../client";
import { OutletChangeError } from "./outlet-change-error";

/** An outlet as renames and merges see it. */
export interface OutletRef {
  id: number;
  name: string;
}

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The outlet an admin means: by id (a number, or "#12"), else by exact name,
 * else by a name that differs only in case when exactly one outlet has it.
 * A former name gets an error naming the outlet it now counts as, anything
 * else "unknown-outlet".
 */
export async function findOutletRecord(db: Db, ref: number | string): Promise<OutletRef> {
  const id = typeof ref === "number" ? ref : /^#\d{1,9}$/.test(ref.trim()) ? Number(ref.trim().slice(1)) : null;
  if (id !== null) {
    const rows = await db.$queryRaw<OutletRef[]>`SELECT "id", "name" FROM "Outlet" WHERE "id" = ${id}`;
    if (rows[0]) return rows[0];
    throw new OutletChangeError("unknown-outlet", `There is no outlet #${id}.`);
  }
  const name = String(ref).trim();
  const rows = await db.$queryRaw<(OutletRef & { exact: boolean })[]>`
    SELECT "id", "name", "name" = ${name} AS exact FROM "Outlet" WHERE lower("name") = lower(${name}) ORDER BY ("name" = ${name}) DESC, "id" LIMIT 2`;
  if (rows[0]?.exact || rows.length === 1) return { id: rows[0]!.id, name: rows[0]!.name };
  if (rows.length > 1) {
    throw new OutletChangeError("unknown-outlet", `No outlet is named exactly "${name}"; ${rows.map((r) => `"${r.name}" (#${r.id})`).join(" and ")} differ only in case: name one exactly or by its #id.`);
  }
  const aliases = await db.$queryRaw<{ id: number; name: string; alias: string }[]>`
    SELECT o."id", o."name", a."name" AS alias FROM "OutletAlias" a JOIN "Outlet" o ON o."id" = a."outletId"
     WHERE lower(a."name") = lower(${name}) ORDER BY (a."name" = ${name}) DESC LIMIT 1`;
  if (aliases[0]) {
    throw new OutletChangeError(
      "unknown-outlet",
      `"${aliases[0].alias}" is no longer an outlet: it was renamed or merged and now counts as "${aliases[0].name}" (#${aliases[0].id}).`,
      { id: aliases[0].id, name: aliases[0].name },
    );
  }
  throw new OutletChangeError("unknown-outlet", `There is no outlet named "${name}". \`corpus outlet list\` shows them all.`);
}
