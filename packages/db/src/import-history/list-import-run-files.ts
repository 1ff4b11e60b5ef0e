import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from "../queries/pagination";

/** What became of one file (or record, or URL) of a run; "pending" while the run is still analysing it. */
export const FILE_OUTCOMES = ["imported", "unchanged", "reanalysed", "failed", "pending"] as const;
export type FileOutcome = (typeof FILE_OUTCOMES)[number];

export function isFileOutcome(value: unknown): value is FileOutcome {
  return typeof value === "string" && (FILE_OUTCOMES as readonly string[]).includes(value);
}

export interface ImportFileItem {
  /** The ImportFile row id (the list's order: the order the files were staged in). */
  id: number;
  /** As the run named it: a path, `export.jsonl:12`, `archive.zip!a.csv:row 3`, a URL. */
  source: string;
  outcome: FileOutcome;
  /** Why it failed (null otherwise). */
  reason: string | null;
  /** The stored article with this file's content, if there is one now (imported, unchanged or re-analysed files). */
  article: {
    id: number;
    title: string | null;
    /** The run that added it: this run for "imported" files, an earlier one for "unchanged" ones, a later one after a deletion and re-import. */
    importRunId: number | null;
  } | null;
}

export interface ImportFileQuery extends PageRequest {
  /** Only files with this outcome; none = every file. */
  outcome?: FileOutcome | null;
}

interface Row {
  id: number;
  source: string;
  outcome: FileOutcome;
  reason: string | null;
  articleId: number | null;
  title: string | null;
  importRunId: number | null;
}

/**
 * One page of a run's per-file outcomes, in staging order, optionally of
 * one outcome, each with the article it stored or found (by the content's
 * sha256, unique, so one index lookup per row). Keyset pagination on the
 * row id within the run (`limit` 1..MAX_PAGE_SIZE, `cursor` from `next` /
 * `prev`); served by the ImportFile (runId, id) and (runId, status, id)
 * indexes, so a page costs the same at the start of a 100,000-file run as
 * at its end. Runs that finished before per-file outcomes were kept have
 * no rows here (their failures: listImportRunFailures).
 */
export async function listImportRunFiles(prisma: PrismaClient, runId: number, query: ImportFileQuery = {}): Promise<Page<ImportFileItem>> {
  const limit = pageSize(query.limit);
  const cursor = decodeCursor(query.cursor, 1);
  const valid = cursor && typeof cursor.key[0] === "number" ? cursor : null;
  const at = valid?.key[0] as number | undefined;
  const backwards = valid?.dir === "before";
  const outcome = query.outcome && isFileOutcome(query.outcome) ? query.outcome : null;
  const where = Prisma.sql`f."runId" = ${runId}${outcome ? Prisma.sql` AND f."status" = ${outcome}::"ImportFileStatus"` : Prisma.empty}`;
  const after = at === undefined ? Prisma.empty : backwards ? Prisma.sql` AND f."id" < ${at}` : Prisma.sql` AND f."id" > ${at}`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT f."id", f."source", f."status"::text AS outcome, f."reason", a."id" AS "articleId", a."title", a."importRunId"
      FROM "ImportFile" f LEFT JOIN "Article" a ON a."sha256" = f."sha256" AND f."status" <> 'failed'
     WHERE ${where}${after}
     ORDER BY f."id" ${backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`}
     LIMIT ${limit + 1}`;
  const [count] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ImportFile" f WHERE ${where}`;
  const items = rows.map(
    (r): ImportFileItem => ({
      id: r.id,
      source: r.source,
      outcome: r.outcome,
      reason: r.reason,
      article: r.articleId === null ? null : { id: r.articleId, title: r.title, importRunId: r.importRunId },
    }),
  );
  return toPage(items, { limit, cursor: valid }, count?.n ?? 0, (r) => [r.id]);
}

export interface ImportFailureItem {
  source: string;
  reason: string;
}

/**
 * One page of a run's failures with their reasons, in staging order: from
 * its per-file outcomes, or, for a run that finished before those were
 * kept, from the summary it stored (ImportRun.failures, paged in the
 * database by position so a page never ships the whole list). Same paging
 * rules as listImportRunFiles.
 */
export async function listImportRunFailures(prisma: PrismaClient, runId: number, request: PageRequest = {}): Promise<Page<ImportFailureItem>> {
  const [kept] = await prisma.$queryRaw<{ kept: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "ImportFile" WHERE "runId" = ${runId}) AS kept`;
  if (kept?.kept) {
    const page = await listImportRunFiles(prisma, runId, { ...request, outcome: "failed" });
    return { ...page, items: page.items.map((f) => ({ source: f.source, reason: f.reason ?? "unknown" })) };
  }
  const limit = pageSize(request.limit);
  const cursor = decodeCursor(request.cursor, 1);
  const valid = cursor && typeof cursor.key[0] === "number" ? cursor : null;
  const at = valid?.key[0] as number | undefined;
  const backwards = valid?.dir === "before";
  const after = at === undefined ? Prisma.empty : backwards ? Prisma.sql` AND e.n < ${at}` : Prisma.sql` AND e.n > ${at}`;
  const rows = await prisma.$queryRaw<{ n: number; source: string; reason: string }[]>`
    SELECT e.n::int AS n, coalesce(e.f ->> 'source', '') AS source, coalesce(e.f ->> 'reason', 'unknown') AS reason
      FROM "ImportRun" r, jsonb_array_elements(CASE WHEN jsonb_typeof(r."failures") = 'array' THEN r."failures" ELSE '[]'::jsonb END) WITH ORDINALITY AS e(f, n)
     WHERE r."id" = ${runId}${after}
     ORDER BY e.n ${backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`}
     LIMIT ${limit + 1}`;
  const [count] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT coalesce((SELECT CASE WHEN jsonb_typeof("failures") = 'array' THEN jsonb_array_length("failures") ELSE 0 END FROM "ImportRun" WHERE "id" = ${runId}), 0)::int AS n`;
  const page = toPage(rows, { limit, cursor: valid }, count?.n ?? 0, (r) => [r.n]);
  return { ...page, items: page.items.map(({ source, reason }) => ({ source, reason })) };
}
