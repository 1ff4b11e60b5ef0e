import type { PrismaClient } from "../client";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "../queries/pagination";
import { RUN_COLUMNS, toRunItem, type ImportRunItem, type RunRow } from "./import-run-item";

/**
 * One page of the import history, newest run first: who started each run,
 * when, where it stands and its counts (kept current while it runs).
 * Keyset pagination on the run id (runs are numbered in the order they
 * start), `limit` 1..MAX_PAGE_SIZE (default DEFAULT_PAGE_SIZE), `cursor`
 * from a previous page's `next` / `prev`; a malformed cursor reads as the
 * first page. Each page is one index range, however long the history.
 */
export async function listImportRuns(prisma: PrismaClient, request: PageRequest = {}): Promise<Page<ImportRunItem>> {
  const limit = pageSize(request.limit);
  const cursor = decodeCursor(request.cursor, 1);
  const valid = cursor && typeof cursor.key[0] === "number" ? cursor : null;
  const at = valid?.key[0] as number | undefined;
  // Newest first: "after" a key means a smaller id; walking back ("before") reads upwards.
  const backwards = valid?.dir === "before";
  const rows =
    at === undefined
      ? await prisma.$queryRaw<RunRow[]>`SELECT ${RUN_COLUMNS} FROM "ImportRun" r ORDER BY r."id" DESC LIMIT ${limit + 1}`
      : backwards
        ? await prisma.$queryRaw<RunRow[]>`SELECT ${RUN_COLUMNS} FROM "ImportRun" r WHERE r."id" > ${at} ORDER BY r."id" ASC LIMIT ${limit + 1}`
        : await prisma.$queryRaw<RunRow[]>`SELECT ${RUN_COLUMNS} FROM "ImportRun" r WHERE r."id" < ${at} ORDER BY r."id" DESC LIMIT ${limit + 1}`;
  const [count] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ImportRun"`;
  return toPage(rows.map(toRunItem), { limit, cursor: valid }, count?.n ?? 0, (r) => [r.id]);
}
